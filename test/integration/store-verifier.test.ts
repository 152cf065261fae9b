import { startSandbox } from '@pim/bigcommerce-sandbox';

import { MODULE_VERSION } from '../../src/constants.js';
import { StoreListsReader } from '../../src/bigcommerce/store-lists.reader.js';
import { StoreVerifier } from '../../src/bigcommerce/store-verifier.js';
import { BigcommerceError } from '../../src/errors/bigcommerce.errors.js';
import { moduleContainer } from '../support/module-harness.js';
import { STORES } from '../support/sandbox-stores.js';
import { useSandbox } from '../support/use-sandbox.js';

const sandbox = useSandbox({ stores: Object.values(STORES) });

function verifier(settings: Record<string, string> = {}) {
  const harness = moduleContainer({ origins: [sandbox().origin], settings });
  return { verifier: harness.container.get(StoreVerifier), logger: harness.logger };
}

function target(store: { hash: string; tokens: readonly { token: string }[] }, token = store.tokens[0]!.token) {
  return { apiUrl: `${sandbox().origin}/stores/${store.hash}/`, storeHash: store.hash, accessToken: token };
}

async function failure(promise: Promise<unknown>): Promise<BigcommerceError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BigcommerceError) return error;
    throw error;
  }
  throw new Error('verification unexpectedly succeeded');
}

describe('store verification against the sandbox', () => {
  /** `GET v2/store` answered with the full store's information, changed by `changes`. */
  function storeAnswers(changes: Record<string, unknown>): void {
    sandbox().fault(
      STORES.full.hash,
      'store',
      {
        kind: 'status',
        status: 200,
        body: { id: STORES.full.hash, name: STORES.full.name, language: 'en', currency: 'USD', ...changes },
      },
      1,
    );
  }

  it('takes nothing from BigCommerce it could not store as it is: a malformed currency or language is an answer that makes no sense', async () => {
    const { verifier: v } = verifier();
    for (const changes of [
      { currency: 'USDOLLAR' },
      { currency: 'us' },
      { language: 'english (US)!' },
      { currency: 42 },
    ]) {
      storeAnswers(changes);
      expect([changes, (await failure(v.verify(target(STORES.full)))).code]).toEqual([changes, 'malformed-response']);
    }
    storeAnswers({ name: `  Big\u202E\u0000 ${'Store '.repeat(100)}`, currency: undefined, language: '' });
    const store = await v.verify(target(STORES.full));
    expect(store.storeName).toHaveLength(255);
    expect(store.storeName.startsWith('Big Store')).toBe(true);
    expect(store).toMatchObject({ defaultCurrency: null, defaultLanguage: null });
  });

  it('reads a lower-case default currency as its code, and the default storefront from default_channel_id', async () => {
    const { verifier: v } = verifier();
    // store_information.v2.yml types `currency` as a string and `default_channel_id` as an integer, default 1.
    storeAnswers({ currency: 'usd', default_channel_id: 664177 });
    expect(await v.verify(target(STORES.full))).toMatchObject({ defaultCurrency: 'USD', defaultChannelId: 664177 });
    storeAnswers({ default_channel_id: 'two' });
    expect((await v.verify(target(STORES.full))).defaultChannelId).toBe(1);
  });

  it('reads a 507 on the write probe as writable, at a limit of the plan', async () => {
    sandbox().fault('full1', 'products-write', { kind: 'status', status: 507 }, 1);
    expect((await verifier().verifier.verify(target(STORES.full))).capabilities).toEqual({
      informationRead: true,
      productsRead: true,
      productsWrite: true,
      planLimitReached: true,
    });
  });

  it('refuses a currency list with a code that is no currency, and a language list with a code that is no language', async () => {
    const reader = moduleContainer({ origins: [sandbox().origin] }).container.get(StoreListsReader);
    const connection = {
      apiUrl: `${sandbox().origin}/stores/${STORES.full.hash}/`,
      accessToken: STORES.full.tokens[0]!.token,
    };
    sandbox().fault(
      STORES.full.hash,
      'currencies',
      { kind: 'status', status: 200, body: [{ currency_code: 'EURO', name: 'Euro', enabled: true }] },
      1,
    );
    sandbox().fault(
      STORES.full.hash,
      'graphql',
      {
        kind: 'status',
        status: 200,
        body: {
          data: { store: { c1: { edges: [{ node: { code: '<script>', status: 'ACTIVE', isDefault: false } }] } } },
        },
      },
      1,
    );
    const lists = await reader.read(connection, Promise.resolve(null));
    expect(lists.problems.map((p) => [p.list, p.error.messageKey])).toEqual([
      ['currencies', 'bigcommerce.verification.malformed-response'],
      ['locales', 'bigcommerce.verification.malformed-response'],
    ]);
    // The storefront's languages made no sense: the store's default language stands in, and codes may be typed.
    expect(lists).toMatchObject({
      localesFrom: 'default-language',
      locales: [{ code: 'en', isDefault: true, fallback: true }],
    });
    sandbox().fault(
      STORES.full.hash,
      'locale',
      { kind: 'status', status: 200, body: { data: { default_shopper_language: 'en, <b>' } } },
      1,
    );
    // The store's language settings count only when GraphQL does not list the storefront's languages.
    sandbox().fault(STORES.full.hash, 'graphql', { kind: 'status', status: 403 }, 1);
    expect((await reader.read(connection, Promise.resolve(null))).problems.map((p) => p.list)).toEqual(['locales']);
  });

  it('verifies a good credential with three probes in parallel and reports the store and its capabilities', async () => {
    const { verifier: v } = verifier();
    const store = await v.verify(target(STORES.full));
    expect(store).toEqual({
      storeName: 'Full Access Outfitters',
      defaultCurrency: 'USD',
      defaultLanguage: 'en',
      defaultChannelId: 1,
      capabilities: { informationRead: true, productsRead: true, productsWrite: true },
    });
    expect(
      sandbox()
        .requests.map((r) => `${r.method} ${r.path}`)
        .sort(),
    ).toEqual([
      'GET /stores/full1/v2/store',
      'GET /stores/full1/v3/catalog/products?limit=1&include_fields=name',
      'POST /stores/full1/v3/catalog/products',
    ]);
    for (const request of sandbox().requests) {
      expect(request.hadToken).toBe(true);
      expect(request.accept).toBe('application/json');
      expect(request.userAgent).toBe(`pim-bigcommerce-credentials/${MODULE_VERSION} (+UnoPim-style PIM connector)`);
    }
  });

  it('reports a read-only Products scope as not writable, and skips the write probe when the host switches it off', async () => {
    expect((await verifier().verifier.verify(target(STORES.readOnly))).capabilities).toEqual({
      informationRead: true,
      productsRead: true,
      productsWrite: false,
    });
    sandbox().clearRequests();
    expect(
      (await verifier({ productsWriteProbe: 'off' }).verifier.verify(target(STORES.full))).capabilities.productsWrite,
    ).toBeNull();
    expect(sandbox().requests.some((r) => r.method === 'POST')).toBe(false);
  });

  it.each([
    ['a wrong token → 401', () => target(STORES.full, 'tok-wrong'), 'token-invalid', 'accessToken'],
    ['no Information & Settings scope → 403', () => target(STORES.noInfo), 'scope-information-missing', 'accessToken'],
    ['no Products scope → 403', () => target(STORES.noProducts), 'scope-products-missing', 'accessToken'],
    [
      'an unknown store → 404',
      () => ({ ...target(STORES.full), apiUrl: `${sandbox().origin}/stores/nosuch1/`, storeHash: 'nosuch1' }),
      'store-not-found',
      'apiUrl',
    ],
    ['a token of another store → different id', () => target(STORES.mixedUp), 'wrong-store', 'accessToken'],
  ] as const)('classifies %s', async (_name, makeTarget, code, field) => {
    const error = await failure(verifier().verifier.verify(makeTarget()));
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
  });

  it('names both stores when the token belongs to another one', async () => {
    const error = await failure(verifier().verifier.verify(target(STORES.mixedUp)));
    expect(error.params).toEqual({ expected: 'mixed1', actual: 'someoneelse9' });
  });

  it('treats an unknown store answered with 403 as the scope / store-hash error', async () => {
    const strict = await startSandbox({ stores: [], unknownStoreStatus: 403 });
    try {
      const harness = moduleContainer({ origins: [strict.origin] });
      const error = await failure(
        harness.container
          .get(StoreVerifier)
          .verify({ apiUrl: `${strict.origin}/stores/nosuch1/`, storeHash: 'nosuch1', accessToken: 't' }),
      );
      expect(error.code).toBe('scope-information-missing');
    } finally {
      await strict.close();
    }
  });

  it('waits out a short 429 using X-Rate-Limit-Time-Reset-Ms, then succeeds', async () => {
    sandbox().fault('full1', 'store', { kind: 'rate-limit', resetMs: 50 }, 1);
    const store = await verifier().verifier.verify(target(STORES.full));
    expect(store.storeName).toBe('Full Access Outfitters');
    expect(sandbox().requests.filter((r) => r.route === 'store')).toHaveLength(2);
  });

  it('gives up on a 429 that asks for longer than the cap, saying how long to wait', async () => {
    sandbox().fault('full1', 'store', { kind: 'rate-limit', resetMs: 15_000 });
    const error = await failure(verifier().verifier.verify(target(STORES.full)));
    expect(error.code).toBe('rate-limited');
    expect(error.params).toEqual({ seconds: 15 });
    expect(sandbox().requests.filter((r) => r.route === 'store')).toHaveLength(1);
  });

  it('falls back to X-Retry-After seconds when the reset header is missing', async () => {
    sandbox().fault('full1', 'store', { kind: 'status', status: 429, headers: { 'x-retry-after': '30' } });
    const error = await failure(verifier().verifier.verify(target(STORES.full)));
    expect(error.params).toEqual({ seconds: 30 });
  });

  it('retries a GET on 5xx (bounded), then succeeds', async () => {
    sandbox().fault('full1', 'store', { kind: 'status', status: 502 }, 2);
    expect((await verifier().verifier.verify(target(STORES.full))).storeName).toBe('Full Access Outfitters');
    expect(sandbox().requests.filter((r) => r.route === 'store')).toHaveLength(3);
  });

  it.each([
    [500, 'unavailable', { status: 500 }],
    [502, 'unavailable', { status: 502 }],
    // status-codes.mdx: 503 is a store down for maintenance, being upgraded, or suspended.
    [503, 'store-unavailable', {}],
    // status-codes.mdx: 507 is a limit of the store's plan.
    [507, 'plan-limit-reached', {}],
  ] as const)('reports a lasting %i as %s after a bounded number of retries', async (status, code, params) => {
    sandbox().fault('full1', 'store', { kind: 'status', status });
    const error = await failure(verifier().verifier.verify(target(STORES.full)));
    expect([error.code, error.params]).toEqual([code, params]);
    // A plan limit does not change on a retry: asked once.
    expect(sandbox().requests.filter((r) => r.route === 'store')).toHaveLength(status === 507 ? 1 : 3);
  });

  it('never retries the write probe (a POST)', async () => {
    sandbox().fault('full1', 'products-write', { kind: 'status', status: 500 });
    expect((await verifier().verifier.verify(target(STORES.full))).capabilities.productsWrite).toBeNull();
    expect(sandbox().requests.filter((r) => r.route === 'products-write')).toHaveLength(1);
  });

  it('refuses to follow a redirect', async () => {
    sandbox().fault('full1', 'store', { kind: 'redirect', location: 'https://elsewhere.example/steal' });
    expect((await failure(verifier().verifier.verify(target(STORES.full)))).code).toBe('redirect-refused');
    expect(sandbox().requests.every((r) => r.hash === 'full1')).toBe(true);
  });

  it('classifies a malformed body', async () => {
    sandbox().fault('full1', 'store', { kind: 'malformed' });
    expect((await failure(verifier().verifier.verify(target(STORES.full)))).code).toBe('malformed-response');
  });

  it('classifies a refused connection and a DNS failure as unreachable', async () => {
    const closed = await startSandbox({ stores: [] });
    const origin = closed.origin;
    await closed.close();
    const harness = moduleContainer({ origins: [origin, 'https://no-such-host.invalid'] });
    const v = harness.container.get(StoreVerifier);
    const refused = await failure(v.verify({ apiUrl: `${origin}/stores/abc/`, storeHash: 'abc', accessToken: 't' }));
    expect([refused.code, refused.params]).toEqual(['unreachable', { reason: 'ECONNREFUSED' }]);
    const dns = await failure(
      v.verify({ apiUrl: 'https://no-such-host.invalid/stores/abc/', storeHash: 'abc', accessToken: 't' }),
    );
    expect(dns.code).toBe('unreachable');
  });

  it('ends a verification against a hanging store within the configured timeout', async () => {
    sandbox().fault('full1', 'store', { kind: 'hang' });
    const started = process.hrtime.bigint();
    const error = await failure(verifier({ requestTimeoutMs: '400' }).verifier.verify(target(STORES.full)));
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    expect(error.code).toBe('timeout');
    expect(error.params).toEqual({ seconds: 0.4 });
    // Bounded by the budget (plus scheduling slack), not by retries of the hung call.
    expect(elapsedMs).toBeLessThan(400 * 3);
  });

  it('refuses an origin the host did not allow, before sending anything', async () => {
    const harness = moduleContainer({ origins: [] });
    await expect(harness.container.get(StoreVerifier).verify(target(STORES.full))).rejects.toThrow(/Invalid input/);
    expect(sandbox().requests).toHaveLength(0);
  });

  it('keeps the token out of errors and logs, whatever goes wrong', async () => {
    const { verifier: v, logger } = verifier({ requestTimeoutMs: '300' });
    const token = 'tok-full-modify';
    const faults = [
      { kind: 'hang' },
      { kind: 'malformed' },
      { kind: 'status', status: 500 },
      { kind: 'redirect', location: '/x' },
    ] as const;
    for (const fault of faults) {
      sandbox().fault('full1', 'store', fault);
      const error = await failure(v.verify(target(STORES.full)));
      const dump = JSON.stringify({ ...error, message: error.message, stack: error.stack, cause: String(error.cause) });
      expect(dump).not.toContain(token);
      sandbox().clearFaults();
    }
    const wrong = await failure(v.verify(target(STORES.full, 'tok-secret-but-wrong')));
    expect(JSON.stringify({ ...wrong, message: wrong.message, stack: wrong.stack })).not.toContain(
      'tok-secret-but-wrong',
    );
    expect(logger.lines.length).toBeGreaterThan(0);
    expect(logger.text()).not.toContain(token);
    expect(logger.text()).not.toContain('tok-secret-but-wrong');
  });
});
