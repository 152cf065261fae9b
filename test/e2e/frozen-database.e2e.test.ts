import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';

import { sandboxStore, startSandbox, type Sandbox } from '@pim/bigcommerce-sandbox';

import { httpClient, signIn, type HttpClient } from '../../packages/host/test/support/host-harness.js';
import { canRunPrivateMariadb, startPrivateMariadb, type PrivateMariadb } from '../support/private-mariadb.js';
import { startHostProcess, type HostProcess } from './support/host-process.js';

const RESPONSE_TIMEOUT_MS = 3000;
const STORE = sandboxStore({ hash: 'frozen1', name: 'Frozen Outfitters' });

if (!canRunPrivateMariadb()) {
  if (process.env.CI === 'true')
    throw new Error('CI=true and mariadbd / mariadb-install-db are missing: the frozen-database tests cannot run.');
  console.warn('\n!!! MARIADB SERVER BINARIES MISSING: THE FROZEN-DATABASE TESTS ARE SKIPPED. !!!\n');
}
const describeFrozen = canRunPrivateMariadb() ? describe : describe.skip;

describeFrozen('a host whose database freezes (a private MariaDB stopped with SIGSTOP)', () => {
  let database: PrivateMariadb;
  let sandbox: Sandbox;
  let host: HostProcess;
  let http: HttpClient;
  let auth: { cookie: string; csrf: string };
  const json = { accept: 'application/json' };

  beforeAll(async () => {
    database = await startPrivateMariadb();
    sandbox = await startSandbox({ stores: [STORE] });
    host = await startHostProcess({
      DATABASE_URL: database.url,
      PIM_SECRET_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      PIM_ADMIN_PASSWORD: 'frozen-admin-password',
      PIM_RESPONSE_TIMEOUT_MS: String(RESPONSE_TIMEOUT_MS),
      PIM_DATABASE_TIMEOUT_MS: '2000',
      BIGCOMMERCE_API_ORIGINS: sandbox.origin,
    });
    http = httpClient(host.url);
    auth = await signIn(http, 'admin@example.com', 'frozen-admin-password');
    expect((await create('Before the freeze')).statusCode).toBe(200);
  }, 120_000);

  afterAll(async () => {
    database?.thaw();
    await host?.stop();
    await sandbox?.close();
    await database?.stop();
  });

  const createForm = (label: string) => ({
    _csrf: auth.csrf,
    label,
    apiUrl: sandbox.apiUrl(STORE.hash),
    clientId: 'c',
    clientSecret: 's',
    accessToken: STORE.tokens[0]!.token,
    status: 'active',
    // Several credentials for the one sandbox store, on purpose.
    confirmSameStore: '1',
  });
  const create = (label: string) =>
    http('POST', '/admin/bigcommerce/credentials', {
      headers: { cookie: auth.cookie, ...json },
      form: createForm(label),
    });
  /** A create whose client gives up when `signal` aborts. */
  const createAndLeave = (label: string, signal: AbortSignal) =>
    fetch(`${host.url}/admin/bigcommerce/credentials`, {
      method: 'POST',
      signal,
      headers: { cookie: auth.cookie, ...json, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(createForm(label)).toString(),
    });

  /** A request that must be answered; the bound is generous, the host's own limit is RESPONSE_TIMEOUT_MS. */
  const answered = async <T>(request: Promise<T>): Promise<T> => {
    // The deadline's timer is cancelled once answered, so no timer outlives the test.
    const deadline = new AbortController();
    const late = sleep(30_000, undefined, { signal: deadline.signal }).then(() => {
      throw new Error('no answer within 30 s');
    });
    try {
      return await Promise.race([request, late]);
    } finally {
      deadline.abort();
    }
  };

  it('answers 503 with a translated message while frozen, never hangs, and stores no write whose answer was 503 or whose client left', async () => {
    database.freeze();
    try {
      const page = await answered(
        http('GET', '/admin/bigcommerce/credentials', { headers: { cookie: auth.cookie, 'accept-language': 'de-DE' } }),
      );
      expect(page.statusCode).toBe(503);
      expect(page.body).toContain('Datenbank');
      const grid = await answered(
        http('GET', '/admin/bigcommerce/credentials', { headers: { cookie: auth.cookie, ...json } }),
      );
      expect([grid.statusCode, grid.json()]).toEqual([503, { message: expect.stringContaining('database') }]);
      const saved = await answered(create('During the freeze'));
      expect(saved.statusCode).toBe(503);
      // A client that gives up before any answer: its create must not happen later either.
      const leaving = new AbortController();
      const abandoned = createAndLeave('Client gone', leaving.signal).catch((error: unknown) => error);
      await sleep(500);
      leaving.abort();
      await abandoned;
      const login = await answered(http('GET', '/admin/login'));
      expect(login.statusCode).toBe(200);
    } finally {
      database.thaw();
    }
    // Stalled statements drain once the database answers again.
    await sleep(3000);
    const grid = await http('GET', '/admin/bigcommerce/credentials', { headers: { cookie: auth.cookie, ...json } });
    expect(grid.statusCode).toBe(200);
    expect(grid.json<{ records: { label: string }[] }>().records.map((r) => r.label)).toEqual(['Before the freeze']);
    expect((await create('After the thaw')).statusCode).toBe(200);
  }, 120_000);
});
