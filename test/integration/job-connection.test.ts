import { sandboxStore } from '@pim/bigcommerce-sandbox';

import {
  BIGCOMMERCE_CREDENTIAL_PROVIDER,
  CredentialUnavailableError,
  StoreRequestError,
  type ActiveCredential,
  type BigcommerceCredentialProvider,
  type StorePath,
} from '../../src/index.js';
import { CredentialFormHandler } from '../../src/admin/credential.form-handler.js';
import { ConnectionCheckService } from '../../src/services/connection-check.service.js';
import { useScratchDatabase } from '../support/databases.js';
import { moduleContainer } from '../support/module-harness.js';
import { useSandbox } from '../support/use-sandbox.js';

/*
 * The connection jobs get from the provider: the module's policies on every request a job sends,
 * against the sandbox, which answers as BigCommerce's published API says (each route cites it).
 * The logic does not depend on the engine: SQLite only.
 */

const TOKEN = 'tok-connect-0123456789';
const STORE = sandboxStore({
  hash: 'connect1',
  name: 'Connected Crafts',
  tokens: [{ token: TOKEN, information: 'read', products: 'modify', channels: 'read' }],
});
/** BigCommerce counts a quota per store and window (`api-rate-limits.mdx`); 30 a window here. */
const METERED = sandboxStore({
  hash: 'meter1',
  name: 'Metered Mills',
  tokens: [{ token: 'tok-meter-0123456789', information: 'read', products: 'modify', channels: 'read' }],
  rateLimit: { quota: 30, windowMs: 60_000 },
});

const sandbox = useSandbox({ stores: [STORE, METERED] });
const scratch = useScratchDatabase('sqlite');

describe("a job's connection to its store", () => {
  let provider: BigcommerceCredentialProvider;
  let harness: ReturnType<typeof moduleContainer>;

  /** A credential saved through the create form, verified against the sandbox, as a job gets it. */
  async function activeCredential(store = STORE, token = TOKEN): Promise<ActiveCredential> {
    const created = await harness.container.get(CredentialFormHandler).create({
      label: `${store.name} ${Math.random()}`,
      apiUrl: sandbox().apiUrl(store.hash),
      clientId: 'client',
      clientSecret: 'client-secret',
      accessToken: token,
      status: 'active',
    });
    if (!created.ok) throw new Error(`${created.message} ${JSON.stringify(created.errors)}`);
    return provider.getActive(created.id);
  }

  beforeEach(async () => {
    await scratch().dataSource.query('DELETE FROM bigcommerce_credentials');
    harness = moduleContainer({
      dataSource: scratch().dataSource,
      origins: [sandbox().origin],
      settings: { maxResponseBytes: '65536', quotaReservePercent: '20', rateLimitMaxWaitMs: '200' },
    });
    provider = harness.container.get(BIGCOMMERCE_CREDENTIAL_PROVIDER);
  });

  it('sends each method with the token set once, and returns every answer with its status', async () => {
    const connection = provider.connect(await activeCredential());
    sandbox().clearRequests();
    const products = await connection.get('v3/catalog/products', { limit: 1, include_fields: 'name' });
    expect(products).toMatchObject({ status: 200, body: { data: expect.any(Array) } });
    expect((await connection.post('v3/catalog/products', {})).status).toBe(422);
    expect((await connection.put('v3/catalog/products/1', { name: 'x' })).status).toBe(404);
    expect((await connection.delete('v3/catalog/products/1')).status).toBe(404);
    const graphql = await connection.graphql('query { store { locales { edges { node { code } } } } }');
    expect(graphql.status).toBe(200);
    expect(sandbox().requests.map((r) => [r.method, r.hadToken])).toEqual([
      ['GET', true],
      ['POST', true],
      ['PUT', true],
      ['DELETE', true],
      ['POST', true],
    ]);
    expect(sandbox().requests[0]!.path).toBe('/stores/connect1/v3/catalog/products?limit=1&include_fields=name');
  });

  it('refuses a path outside the store API before anything is sent', async () => {
    const connection = provider.connect(await activeCredential());
    sandbox().clearRequests();
    for (const path of [
      'v3/../../other/v3/x',
      'v4/catalog',
      'v3/',
      'https://evil.example/v3/x',
      'v3/a?b=c',
      'v2//store',
    ])
      expect(() => connection.get(path as StorePath)).toThrow(TypeError);
    expect(sandbox().requests).toEqual([]);
  });

  it('waits out a 429 as the store asks, and refuses a redirect without following it', async () => {
    const connection = provider.connect(await activeCredential());
    sandbox().clearRequests();
    sandbox().fault(STORE.hash, 'products', { kind: 'rate-limit', resetMs: 50 }, 1);
    expect((await connection.get('v3/catalog/products')).status).toBe(200);
    expect(sandbox().requests.filter((r) => r.route === 'products')).toHaveLength(2);

    sandbox().fault(STORE.hash, 'time', { kind: 'redirect', location: 'https://evil.example/steal' });
    const refused = await connection.get('v2/time').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(StoreRequestError);
    expect(refused).toMatchObject({
      code: 'redirect-refused',
      messageKey: 'bigcommerce.verification.redirect-refused',
    });
  });

  it.each([true, false])('cuts off an answer longer than the limit (length announced: %s)', async (announced) => {
    const credential = await activeCredential();
    sandbox().fault(STORE.hash, 'products', { kind: 'oversize', bytes: 1_048_576, announced });
    const error = await provider
      .connect(credential)
      .get('v3/catalog/products')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'response-too-large', params: { megabytes: 0.1 } });
    expect((error as Error).message).toBe(
      'BigCommerce answered with more than 0.1 MB, more than the module accepts in one answer. Try again later.',
    );
  });

  it("leaves the store's other apps their share of the quota, shared with the admin's own requests", async () => {
    const credential = await activeCredential(METERED, METERED.tokens[0]!.token);
    const connection = provider.connect(credential);
    let refusal: unknown = null;
    for (let i = 0; i < 40 && refusal === null; i++)
      await connection.get('v2/time').catch((error: unknown) => (refusal = error));
    // 20 % of 30 is kept for the store's other apps: this module sent 24 requests in the window, no more.
    expect(sandbox().requests.filter((r) => r.hash === METERED.hash && r.status !== null)).toHaveLength(24);
    expect(sandbox().requests.some((r) => r.status === 429)).toBe(false);
    expect(refusal).toMatchObject({ code: 'quota-reserve-reached', params: { left: 6, reserve: 6 } });
    expect((refusal as Error).message).toMatch(
      /^Only 6 requests are left .* 6 of them are kept .* Try again in \d+ seconds\.$/,
    );

    // Test connection in the admin shares the same quota: it is refused the same way, sending nothing.
    const before = sandbox().requests.length;
    const checked = await harness.container.get(ConnectionCheckService).check(credential.id);
    expect(checked).toMatchObject({ ok: false, error: { code: 'quota-reserve-reached' } });
    expect(sandbox().requests.length).toBe(before);
  });

  it('never puts the token in an error, and answers a host that no longer allows the origin', async () => {
    const credential = await activeCredential();
    sandbox().fault(STORE.hash, 'time', { kind: 'hang' });
    const slow = moduleContainer({
      dataSource: scratch().dataSource,
      origins: [sandbox().origin],
      settings: { requestTimeoutMs: '150' },
    });
    const timedOut = await slow.container
      .get(BIGCOMMERCE_CREDENTIAL_PROVIDER)
      .connect(credential)
      .get('v2/time')
      .catch((e: unknown) => e);
    expect(timedOut).toMatchObject({ code: 'timeout', name: 'StoreRequestError' });
    expect(JSON.stringify({ ...(timedOut as object), message: (timedOut as Error).message })).not.toContain(TOKEN);

    const elsewhere = moduleContainer({ dataSource: scratch().dataSource, origins: [] });
    sandbox().clearRequests();
    expect(() => elsewhere.container.get(BIGCOMMERCE_CREDENTIAL_PROVIDER).connect(credential)).toThrow(
      expect.objectContaining({ code: 'origin-not-allowed', name: 'StoreRequestError' }),
    );
    expect(sandbox().requests).toEqual([]);
  });

  it('describes a credential for a job filter without a secret, and refuses one that cannot be used', async () => {
    const credential = await activeCredential();
    const described = await provider.describe(credential.id);
    expect(described).not.toHaveProperty('accessToken');
    expect(described).not.toHaveProperty('clientSecret');
    expect(JSON.stringify(described)).not.toContain(TOKEN);
    expect(described).toMatchObject({
      id: credential.id,
      storefronts: credential.storefronts,
      lastCheck: { ok: true, outcome: 'ok', summary: 'Connected' },
    });
    expect(described.storefronts.filter((s) => s.default)).toHaveLength(1);
    await expect(provider.describe('999999')).rejects.toBeInstanceOf(CredentialUnavailableError);
    await scratch().dataSource.query('UPDATE bigcommerce_credentials SET status = 0');
    await expect(provider.describe(credential.id)).rejects.toMatchObject({ reason: 'inactive' });
  });
});
