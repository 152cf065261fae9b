import type { DataSource } from 'typeorm';

import { SECRET_MASK, type SecretCipher } from '@pim/kernel';
import { BigcommerceError } from '../../src/errors/bigcommerce.errors.js';
import { InvalidInputError } from '../../src/errors/invalid-input.error.js';
import {
  CredentialNotFoundError,
  DuplicateLabelError,
  StaleCredentialError,
} from '../../src/errors/persistence.errors.js';
import { REDACTED } from '../../src/domain.js';
import { CredentialHistoryRepository } from '../../src/persistence/credential-history.repository.js';
import { CredentialRepository } from '../../src/persistence/credential.repository.js';
import { ConnectionCheckService } from '../../src/services/connection-check.service.js';
import { CredentialService } from '../../src/services/credential.service.js';
import { startSandbox, type Sandbox, sandboxStore } from '@pim/bigcommerce-sandbox';
import { openScratch } from '../support/databases.js';
import { describeEachEngine } from '../support/describe-each-engine.js';
import { moduleContainer } from '../support/module-harness.js';
import type { RecordingLogger } from '../support/recording-logger.js';

const TOKEN = 'tok-main-31charslowercasealpha01';
const SECRET = 'secret-main-0123456789abcdefghij';
const OTHER_TOKEN = 'tok-second-31charslowercasealpha';

describeEachEngine('credential service', (engine) => {
  let sandbox: Sandbox;
  let handle: Awaited<ReturnType<typeof openScratch>>;
  let service: CredentialService;
  let checks: ConnectionCheckService;
  let credentials: CredentialRepository;
  let history: CredentialHistoryRepository;
  let logger: RecordingLogger;
  let cipher: SecretCipher;
  let db: DataSource;

  beforeAll(async () => {
    sandbox = await startSandbox({
      stores: [
        sandboxStore({
          hash: 'main1',
          name: 'Main Street Shop',
          tokens: [
            { token: TOKEN, information: 'read', products: 'modify' },
            { token: OTHER_TOKEN, information: 'read', products: 'read' },
          ],
        }),
        sandboxStore({
          hash: 'second2',
          name: 'Second Shop',
          tokens: [{ token: 'tok-second-store', information: 'read', products: 'read' }],
        }),
      ],
    });
    handle = await openScratch(engine, { migrate: true });
    db = handle.dataSource;
    const harness = moduleContainer({ dataSource: db, origins: [sandbox.origin] });
    service = harness.container.get(CredentialService);
    checks = harness.container.get(ConnectionCheckService);
    credentials = harness.container.get(CredentialRepository);
    history = harness.container.get(CredentialHistoryRepository);
    logger = harness.logger;
    cipher = harness.cipher;
  });
  afterAll(async () => {
    await handle.close();
    await sandbox.close();
  });
  beforeEach(async () => {
    await db.query('DELETE FROM bigcommerce_credentials');
    await db.query('DELETE FROM bigcommerce_credential_history');
    sandbox.clearFaults();
    sandbox.clearRequests();
  });

  const input = (overrides: Record<string, unknown> = {}) => ({
    label: 'Production Store',
    apiUrl: ` ${sandbox.apiUrl('main1')} `,
    clientId: 'client-main',
    clientSecret: SECRET,
    accessToken: TOKEN,
    status: 'active',
    ...overrides,
  });
  const count = async (table = 'bigcommerce_credentials') =>
    Number((await db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  async function rejection(promise: Promise<unknown>): Promise<Error> {
    try {
      await promise;
    } catch (error) {
      return error as Error;
    }
    throw new Error('expected a rejection');
  }

  it('creates a verified credential, normalised, sealed, prefilled from the store, with a history entry', async () => {
    const created = await service.create(input());
    expect(created).toEqual({ id: expect.any(Number), label: 'Production Store', storeName: 'Main Street Shop' });
    const view = await credentials.get(created.id);
    expect(view).toMatchObject({
      label: 'Production Store',
      apiUrl: `${sandbox.origin}/stores/main1/`,
      storeHash: 'main1',
      clientId: 'client-main',
      status: 'active',
      storeName: 'Main Street Shop',
      verificationOutcome: 'ok',
      defaultCurrency: 'USD',
      defaultLocale: 'en',
      capabilities: { informationRead: true, productsRead: true, productsWrite: true },
      version: 1,
    });
    const [row] = await db.query('SELECT * FROM bigcommerce_credentials');
    const raw = JSON.stringify(row);
    expect(raw).not.toContain(TOKEN);
    expect(raw).not.toContain(SECRET);
    // Sealed with the host's current key, both of them.
    expect(cipher.keyIdOf(row.access_token_sealed)).toBe('test1');
    expect(cipher.keyIdOf(row.client_secret_sealed)).toBe('test1');
    const entries = await history.listFor(view.id);
    expect(entries.map((e) => [e.event, e.userName])).toEqual([['created', 'Test Admin']]);
    expect(entries[0]!.changes).toContainEqual({ field: 'accessToken', old: REDACTED, new: REDACTED });
    const historyRaw = JSON.stringify(await db.query('SELECT * FROM bigcommerce_credential_history'));
    expect(historyRaw).not.toContain(TOKEN);
    expect(historyRaw).not.toContain(SECRET);
    expect(JSON.stringify(view)).not.toContain(TOKEN);
    expect(view).not.toHaveProperty('accessTokenSealed');
  });

  it.each([
    ['a refused token', { accessToken: 'tok-wrong' }, 'token-invalid', 'accessToken'],
    ['an unknown store', { apiUrl: 'STORE' }, 'store-not-found', 'apiUrl'],
    [
      'a token issued for another store (refused with 401)',
      { accessToken: 'tok-second-store' },
      'token-invalid',
      'accessToken',
    ],
  ])('stores nothing when verification fails: %s', async (_name, overrides, code, field) => {
    const values = { ...overrides } as Record<string, unknown>;
    if (values.apiUrl === 'STORE') values.apiUrl = sandbox.apiUrl('nosuch9');
    const error = await rejection(service.create(input(values)));
    expect(error).toBeInstanceOf(BigcommerceError);
    expect([(error as BigcommerceError).code, (error as BigcommerceError).field]).toEqual([code, field]);
    expect(await count()).toBe(0);
    expect(await count('bigcommerce_credential_history')).toBe(0);
  });

  it('stores nothing when BigCommerce is down, rate-limiting or hanging', async () => {
    for (const fault of [
      { kind: 'status', status: 503 },
      { kind: 'rate-limit', resetMs: 60_000 },
      { kind: 'malformed' },
    ] as const) {
      sandbox.fault('main1', 'store', fault);
      expect(await rejection(service.create(input()))).toBeInstanceOf(BigcommerceError);
      sandbox.clearFaults();
    }
    expect(await count()).toBe(0);
  });

  it('refuses invalid input per field, before calling BigCommerce', async () => {
    const error = (await rejection(
      service.create({
        label: '',
        apiUrl: 'http://example.com/',
        clientId: 'x'.repeat(300),
        status: 'maybe',
        isAdmin: true,
      }),
    )) as InvalidInputError;
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(Object.fromEntries(Object.entries(error.errors).map(([field, [m]]) => [field, m!.messageKey]))).toEqual({
      label: 'bigcommerce.validation.required',
      clientId: 'bigcommerce.validation.max-length',
      clientSecret: 'bigcommerce.validation.required',
      accessToken: 'bigcommerce.validation.required',
      status: 'bigcommerce.validation.one-of',
      isAdmin: 'bigcommerce.validation.unknown-field',
    });
    expect(error.errors.clientId![0]!.params).toEqual({ max: 255 });
    const url = (await rejection(
      service.create(input({ apiUrl: 'http://api.bigcommerce.com/stores/abc/' })),
    )) as InvalidInputError;
    expect(url.errors.apiUrl![0]!.messageKey).toBe('bigcommerce.api-url.not-https');
    expect(sandbox.requests).toHaveLength(0);
    expect(await count()).toBe(0);
  });

  it('makes a duplicate label a field error, and lets exactly one of two racing creates win', async () => {
    await service.create(input());
    const duplicate = await rejection(service.create(input({ clientId: 'other' })));
    expect(duplicate).toBeInstanceOf(DuplicateLabelError);
    expect((duplicate as DuplicateLabelError).field).toBe('label');

    // The store already has a credential: each says "Save anyway", so only the label decides.
    const results = await Promise.allSettled([
      service.create(input({ label: 'Race', confirmSameStore: '1' })),
      service.create(input({ label: 'Race', confirmSameStore: '1' })),
      service.create(input({ label: 'Race', confirmSameStore: '1' })),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(DuplicateLabelError);
    expect(
      Number((await db.query("SELECT COUNT(*) AS n FROM bigcommerce_credentials WHERE label = 'Race'"))[0].n),
    ).toBe(1);
    expect(await count('bigcommerce_credential_history')).toBe(2);
  });

  it('keeps the stored secrets when they come back blank or masked, without calling BigCommerce for a status or mapping change', async () => {
    const created = await service.create(input());
    const before = (await db.query('SELECT access_token_sealed, client_secret_sealed FROM bigcommerce_credentials'))[0];
    sandbox.clearRequests();

    await service.update(created.id, {
      version: 1,
      accessToken: SECRET_MASK,
      clientSecret: '',
      status: 'inactive',
      localeMapping: { en_US: 'en', fr_FR: '' },
      currencyMapping: { USD: 'USD' },
    });
    expect(await credentials.get(created.id)).toMatchObject({
      status: 'inactive',
      version: 2,
      localeMapping: { en_US: 'en' },
      currencyMapping: { USD: 'USD' },
    });
    expect(sandbox.requests).toHaveLength(0);
    const after = (await db.query('SELECT access_token_sealed, client_secret_sealed FROM bigcommerce_credentials'))[0];
    expect(after).toEqual(before);

    await service.setStatus(created.id, true);
    expect(sandbox.requests).toHaveLength(0);
    expect((await credentials.get(created.id)).status).toBe('active');
  });

  it('re-verifies when the token changes, and replaces it only when verification passes', async () => {
    const created = await service.create(input());
    const sealedBefore = (await db.query('SELECT access_token_sealed FROM bigcommerce_credentials'))[0]
      .access_token_sealed;
    sandbox.clearRequests();

    const refused = await rejection(service.update(created.id, { version: 1, accessToken: 'tok-revoked' }));
    expect((refused as BigcommerceError).code).toBe('token-invalid');
    expect((await db.query('SELECT access_token_sealed, version FROM bigcommerce_credentials'))[0]).toMatchObject({
      access_token_sealed: sealedBefore,
    });

    await service.update(created.id, { version: 1, accessToken: OTHER_TOKEN });
    expect((await credentials.get(created.id)).capabilities).toEqual({
      informationRead: true,
      productsRead: true,
      productsWrite: false,
      channelsRead: false,
    });
    expect(sandbox.requests.filter((r) => r.route === 'store')).toHaveLength(2);
    expect((await db.query('SELECT access_token_sealed FROM bigcommerce_credentials'))[0].access_token_sealed).not.toBe(
      sealedBefore,
    );

    sandbox.clearRequests();
    // BigCommerce never checks the client id (X-Auth-Client is deprecated): a change of it alone asks nothing.
    await service.update(created.id, { version: 2, clientId: 'client-new' });
    expect(sandbox.requests).toEqual([]);
    const changes = (await history.listFor(created.id)).flatMap((e) => e.changes);
    expect(changes).toContainEqual({ field: 'accessToken', old: REDACTED, new: REDACTED });
    expect(changes).toContainEqual({ field: 'clientId', old: 'client-main', new: 'client-new' });
    expect(JSON.stringify(changes)).not.toContain(OTHER_TOKEN);
  });

  it('asks for the access token again to move a credential to another store, and verifies it against that store', async () => {
    const created = await service.create(input());
    sandbox.clearRequests();
    // The stored token never follows the credential to another store: nothing is sent anywhere.
    const moved = await rejection(service.update(created.id, { version: 1, apiUrl: sandbox.apiUrl('second2') }));
    expect(moved).toBeInstanceOf(InvalidInputError);
    expect((moved as InvalidInputError).errors).toEqual({
      accessToken: [{ messageKey: 'bigcommerce.validation.token-required', params: {} }],
    });
    expect(sandbox.requests).toEqual([]);
    const masked = await rejection(
      service.update(created.id, { version: 1, apiUrl: sandbox.apiUrl('second2'), accessToken: SECRET_MASK }),
    );
    expect(masked).toBeInstanceOf(InvalidInputError);
    const wrong = await rejection(
      service.update(created.id, { version: 1, apiUrl: sandbox.apiUrl('second2'), accessToken: TOKEN }),
    );
    expect((wrong as BigcommerceError).code).toBe('token-invalid');
    sandbox.clearRequests();
    // Only the form of the URL changed (v3/ and no trailing slash): the same store, no token needed.
    await service.update(created.id, { version: 1, apiUrl: `${sandbox.origin}/stores/main1/v3` });
    expect(sandbox.requests).toEqual([]);
    const edited = await service.update(created.id, {
      version: 1,
      apiUrl: sandbox.apiUrl('second2'),
      accessToken: 'tok-second-store',
    });
    expect(edited).toEqual({
      id: created.id,
      label: 'Production Store',
      storeName: 'Second Shop',
      adjustments: [],
      movedStore: true,
    });
    expect(await credentials.get(created.id)).toMatchObject({
      storeHash: 'second2',
      storeName: 'Second Shop',
      apiUrl: `${sandbox.origin}/stores/second2/`,
    });
  });

  it('rejects a stale version with a conflict and overwrites nothing', async () => {
    const created = await service.create(input());
    await service.update(created.id, { version: 1, label: 'Renamed by Alice' });
    const stale = await rejection(service.update(created.id, { version: 1, label: 'Renamed by Bob' }));
    expect(stale).toBeInstanceOf(StaleCredentialError);
    expect((await credentials.get(created.id)).label).toBe('Renamed by Alice');
  });

  it('deletes without contacting BigCommerce, and keeps the history', async () => {
    const created = await service.create(input());
    sandbox.clearRequests();
    await service.delete(created.id);
    expect(sandbox.requests).toHaveLength(0);
    expect(await count()).toBe(0);
    expect((await history.listFor(created.id)).map((e) => e.event)).toEqual(['deleted', 'created']);
    await expect(credentials.get(created.id)).rejects.toBeInstanceOf(CredentialNotFoundError);
    await expect(service.delete(created.id)).rejects.toBeInstanceOf(CredentialNotFoundError);
  });

  it('tests the connection on demand and records the outcome without making the edit form stale', async () => {
    const created = await service.create(input());
    const ok = await checks.check(created.id);
    expect(ok).toMatchObject({
      ok: true,
      storeName: 'Main Street Shop',
      facts: { verificationOutcome: 'ok', storeName: 'Main Street Shop' },
    });
    expect((await credentials.get(created.id)).version).toBe(1);

    sandbox.fault('main1', 'store', { kind: 'status', status: 401 });
    const failed = await checks.check(created.id);
    expect(failed.ok).toBe(false);
    expect(failed.ok ? null : failed.error.code).toBe('token-invalid');
    expect(failed.facts).toMatchObject({ verificationOutcome: 'token-invalid' });
    expect(await credentials.get(created.id)).toMatchObject({ version: 1, verificationOutcome: 'token-invalid' });
    expect((await history.listFor(created.id)).map((e) => e.event)).toEqual(['verified', 'verified', 'created']);
    await service.update(created.id, { version: 1, label: 'Still editable' });
  });

  it('never logs a secret', async () => {
    const created = await service.create(input());
    await service.update(created.id, { version: 1, accessToken: OTHER_TOKEN });
    await checks.check(created.id);
    expect(logger.text()).not.toContain(TOKEN);
    expect(logger.text()).not.toContain(OTHER_TOKEN);
    expect(logger.text()).not.toContain(SECRET);
  });
});
