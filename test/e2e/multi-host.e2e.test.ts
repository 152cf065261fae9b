import { randomBytes } from 'node:crypto';

import { sandboxStore, startSandbox, type Sandbox } from '@pim/bigcommerce-sandbox';
import { AesGcmSecretCipher } from '@pim/reference-host';
import mysql from 'mysql2/promise';
import pg from 'pg';

import { SECRET_CONTEXT } from '../../src/services/credential-secrets.js';
import { availableEngines, createScratch, type Engine, type ScratchDatabase } from '../support/databases.js';
import { httpClient, signIn, type HttpClient } from '../../packages/host/test/support/host-harness.js';
import { cliAsync, startHostProcess, type HostProcess } from './support/host-process.js';

const ADMIN_PASSWORD = 'multi-host-admin-password';
const KEYS = { k1: randomBytes(32), k2: randomBytes(32) };
const SHARED_KEYS = `k1:${KEYS.k1.toString('base64')},k2:${KEYS.k2.toString('base64')}`;
const EDITORS = 4;
const TOKENS_PER_EDITOR = 10;
/** Credentials on the old key besides the edited ones, so that re-sealing takes a while. */
const BYSTANDERS = 2000;
const rotationToken = (editor: number, edit: number) => `tok-rot-${editor}-${edit % TOKENS_PER_EDITOR}`;
const STORE = sandboxStore({
  hash: 'multi1',
  name: 'Multi Host Outfitters',
  tokens: [
    { token: 'tok-multi-write', information: 'read', products: 'modify' },
    { token: 'tok-multi-read', information: 'read', products: 'read' },
    ...Array.from({ length: EDITORS * TOKENS_PER_EDITOR }, (_, i) => ({
      token: rotationToken(i % EDITORS, Math.floor(i / EDITORS)),
      information: 'read' as const,
      products: 'modify' as const,
    })),
  ],
});

const { run: engines } = await availableEngines();
const SHARED_ENGINES = engines.filter((e): e is Exclude<Engine, 'sqlite'> => e !== 'sqlite');

/** One SQL query on the scratch database, whatever the engine. */
async function sql(engine: Engine, url: string, text: string): Promise<Record<string, unknown>[]> {
  if (engine === 'postgres') {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(text)).rows as Record<string, unknown>[];
    } finally {
      await client.end();
    }
  }
  const connection = await mysql.createConnection({ uri: url });
  try {
    return (await connection.query(text))[0] as Record<string, unknown>[];
  } finally {
    await connection.end();
  }
}

const count = async (engine: Engine, url: string, text: string) =>
  Number(Object.values((await sql(engine, url, text))[0]!)[0]);

const describeShared =
  SHARED_ENGINES.length > 0 ? describe.each(SHARED_ENGINES) : describe.skip.each(['mariadb' as const]);

describeShared('several host processes on one %s database', (engine) => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ stores: [STORE] });
  });
  afterAll(async () => sandbox?.close());

  /** `hosts` host processes on one fresh scratch database, started at once. */
  async function cluster(
    hosts: number,
    env: Record<string, string> = {},
  ): Promise<{ url: string; hosts: HostProcess[]; stop: () => Promise<void> }> {
    const scratch: ScratchDatabase = await createScratch(engine);
    const url = (scratch.options as { url: string }).url;
    const started = await Promise.allSettled(
      Array.from({ length: hosts }, () =>
        startHostProcess({
          DATABASE_URL: url,
          PIM_SECRET_KEYS: SHARED_KEYS,
          PIM_SECRET_KEY_ID: 'k1',
          PIM_ADMIN_PASSWORD: ADMIN_PASSWORD,
          BIGCOMMERCE_API_ORIGINS: sandbox.origin,
          ...env,
        }),
      ),
    );
    const running = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const stop = async () => {
      await Promise.all(running.map((h) => h.stop()));
      await scratch.destroy();
    };
    const failed = started.find((s) => s.status === 'rejected');
    if (failed !== undefined) {
      await stop();
      throw failed.reason;
    }
    return { url, hosts: running, stop };
  }

  it('boots 3 hosts at once on an empty database, 5 times in a row: one schema, one admin, one role', async () => {
    for (let round = 1; round <= 5; round++) {
      const { url, stop } = await cluster(3);
      try {
        expect([round, await count(engine, url, 'SELECT COUNT(*) FROM pim_users')]).toEqual([round, 1]);
        expect([round, await sql(engine, url, 'SELECT name FROM pim_roles')]).toEqual([
          round,
          [{ name: 'Administrator' }],
        ]);
        expect([round, await count(engine, url, 'SELECT COUNT(*) FROM pim_migrations')]).toEqual([round, 10]);
        expect([round, await count(engine, url, 'SELECT COUNT(*) FROM pim_secret_key_state')]).toEqual([round, 1]);
      } finally {
        await stop();
      }
    }
  }, 180_000);

  describe('two hosts behind a balancer', () => {
    let a: HttpClient;
    let b: HttpClient;
    let url: string;
    let env: NodeJS.ProcessEnv;
    let stopCluster: () => Promise<void>;

    beforeAll(async () => {
      const { url: databaseUrl, hosts, stop } = await cluster(2, { PIM_KEY_REFRESH_MS: '200' });
      url = databaseUrl;
      env = hosts[0]!.env;
      a = httpClient(hosts[0]!.url);
      b = httpClient(hosts[1]!.url);
      stopCluster = stop;
      await cliAsync(
        env,
        'add-user',
        '--email',
        'escalate@example.com',
        '--name',
        'Es Calate',
        '--password',
        'escalate-right-password',
        '--role',
        'Administrator',
      );
      await cliAsync(
        env,
        'add-user',
        '--email',
        'flood@example.com',
        '--name',
        'Flo Od',
        '--password',
        'flood-right-password',
        '--role',
        'Administrator',
      );
    }, 120_000);
    afterAll(async () => stopCluster?.());

    const json = { accept: 'application/json' };

    async function createCredential(
      http: HttpClient,
      auth: { cookie: string; csrf: string },
      label: string,
      token = 'tok-multi-write',
    ): Promise<number> {
      const response = await http('POST', '/admin/bigcommerce/credentials', {
        headers: { cookie: auth.cookie, ...json },
        form: {
          _csrf: auth.csrf,
          label,
          apiUrl: sandbox.apiUrl(STORE.hash),
          clientId: `client-${label}`,
          clientSecret: `secret-${label}`,
          accessToken: token,
          status: 'active',
          // Every credential of these tests is for the one sandbox store.
          confirmSameStore: '1',
        },
      });
      expect([label, response.statusCode]).toEqual([label, 200]);
      return Number(/credentials\/(\d+)\/edit/.exec(response.json<{ redirect_url: string }>().redirect_url)![1]);
    }

    async function versionOf(http: HttpClient, cookie: string, id: number): Promise<string> {
      const page = await http('GET', `/admin/bigcommerce/credentials/${id}/edit`, { headers: { cookie } });
      expect(page.statusCode).toBe(200);
      return /name="version" value="(\d+)"/.exec(page.body)![1]!;
    }

    it('serves a session made on A from B (pages, JSON, CSRF-protected writes), and signing out on B ends it on A', async () => {
      const auth = await signIn(a, 'admin@example.com', ADMIN_PASSWORD);
      const page = await b('GET', '/admin/bigcommerce/credentials', { headers: { cookie: auth.cookie } });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(`value="${auth.csrf}"`);
      expect(
        (await b('GET', '/admin/bigcommerce/credentials', { headers: { cookie: auth.cookie, ...json } })).statusCode,
      ).toBe(200);
      const id = await createCredential(b, auth, 'Made on B');
      expect(
        (await a('GET', `/admin/bigcommerce/credentials/${id}/edit`, { headers: { cookie: auth.cookie } })).statusCode,
      ).toBe(200);
      expect(await sql(engine, url, 'SELECT id_hash FROM pim_sessions')).not.toContainEqual({
        id_hash: auth.cookie.split('=')[1],
      });

      const signOut = await b('POST', '/admin/logout', {
        headers: { cookie: auth.cookie },
        form: { _csrf: auth.csrf },
      });
      expect(signOut.statusCode).toBe(303);
      const after = await a('GET', '/admin/bigcommerce/credentials', { headers: { cookie: auth.cookie } });
      expect(after.statusCode).toBe(302);
      expect(after.headers.get('location')).toContain('/admin/login');
    });

    /** A sign-in attempt with its own login-form CSRF pair. */
    async function attempt(http: HttpClient, email: string, password: string): Promise<number> {
      const form = await http('GET', '/admin/login');
      const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
      const cookie = `pim_login_csrf=${form.cookies.find((c) => c.name === 'pim_login_csrf')!.value}`;
      return (await http('POST', '/admin/login', { headers: { cookie }, form: { _csrf: csrf, email, password } }))
        .statusCode;
    }

    it('counts failed sign-ins across both hosts, and locks every spelling of the account the database treats as the same', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push(await attempt(i % 2 === 0 ? a : b, 'escalate@example.com', 'wrong-password'));
      expect(statuses).toEqual([401, 401, 401, 401, 401]);
      expect(await attempt(a, 'escalate@example.com', 'escalate-right-password')).toBe(429);
      expect(await attempt(b, 'escalate@example.com', 'escalate-right-password')).toBe(429);
      expect(await attempt(b, 'ESCALATE@Example.COM', 'escalate-right-password')).toBe(429);
      // MariaDB compares e-mails accent-insensitively: the same account, so the same lock.
      if (engine === 'mariadb') expect(await attempt(a, 'éscalate@example.com', 'escalate-right-password')).toBe(429);
    });

    it('checks at most 5 of 32 concurrent wrong passwords, spread over both hosts', async () => {
      const statuses = await Promise.all(
        Array.from({ length: 32 }, (_, i) => attempt(i % 2 === 0 ? a : b, 'flood@example.com', `guess-${i}`)),
      );
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
      expect(statuses.filter((s) => s === 401).length + statuses.filter((s) => s === 429).length).toBe(32);
      expect(await attempt(a, 'flood@example.com', 'flood-right-password')).toBe(429);
    });

    const bothKeys = new AesGcmSecretCipher(
      [
        { id: 'k1', key: KEYS.k1 },
        { id: 'k2', key: KEYS.k2 },
      ],
      'k2',
    );
    /** What the database holds for a credential, opened with the test's copy of the keys. */
    async function storedSecrets(id: number): Promise<{ clientSecret: string; accessToken: string }> {
      const [row] = await sql(
        engine,
        url,
        `SELECT client_secret_sealed, access_token_sealed FROM bigcommerce_credentials WHERE id = ${id}`,
      );
      return {
        clientSecret: bothKeys.decrypt(String(row!.client_secret_sealed), SECRET_CONTEXT.clientSecret),
        accessToken: bothKeys.decrypt(String(row!.access_token_sealed), SECRET_CONTEXT.accessToken),
      };
    }

    /** Credentials sealed with k1 written straight into the table, as a long-running PIM would have them. */
    async function seedBystanders(): Promise<void> {
      const cipher = new AesGcmSecretCipher([{ id: 'k1', key: KEYS.k1 }], 'k1');
      const active = engine === 'postgres' ? 'true' : '1';
      for (let start = 0; start < BYSTANDERS; start += 500) {
        const rows = Array.from({ length: 500 }, (_, k) => {
          const n = start + k;
          const cs = cipher.encrypt(`bystander-secret-${n}`, SECRET_CONTEXT.clientSecret);
          const at = cipher.encrypt(`bystander-token-${n}`, SECRET_CONTEXT.accessToken);
          return `('Bystander ${n}', 'https://api.bigcommerce.com/stores/by${n}/', 'by${n}', 'c', '${cs}', '${at}', 'k1', ${active}, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00')`;
        });
        await sql(
          engine,
          url,
          `INSERT INTO bigcommerce_credentials (label, api_url, store_hash, client_id, client_secret_sealed, access_token_sealed, secret_key_id, status, version, created_at, updated_at) VALUES ${rows.join(',')}`,
        );
      }
    }

    it('loses no acknowledged edit of either secret while rotate-keys runs, and leaves no record on the old key', async () => {
      await seedBystanders();
      const auth = await signIn(a, 'admin@example.com', ADMIN_PASSWORD);
      const ids: number[] = [];
      for (let editor = 0; editor < EDITORS; editor++) ids.push(await createCredential(a, auth, `Rotating ${editor}`));
      const acknowledged = new Map<number, { clientSecret: string; accessToken: string }>();
      const lost: string[] = [];
      let rotating = true;
      let edits = 0;

      // Each editor owns one credential and keeps replacing both of its secrets, alternating hosts, until the
      // rotation ends. Before each edit it checks that its last acknowledged one is still what is stored.
      const edit = async (editor: number) => {
        const id = ids[editor]!;
        for (let i = 0; i < 400 && (rotating || i < 10); i++) {
          const before = acknowledged.get(id);
          if (before !== undefined && JSON.stringify(await storedSecrets(id)) !== JSON.stringify(before))
            lost.push(`${editor}/${i - 1}`);
          const http = (editor + i) % 2 === 0 ? a : b;
          const values = { clientSecret: `secret-${editor}-${i}`, accessToken: rotationToken(editor, i) };
          const version = await versionOf(http, auth.cookie, id);
          const response = await http('POST', `/admin/bigcommerce/credentials/${id}`, {
            headers: { cookie: auth.cookie, ...json },
            form: { _csrf: auth.csrf, _method: 'PUT', version, ...values },
          });
          expect([editor, i, response.statusCode]).toEqual([editor, i, 200]);
          acknowledged.set(id, values);
          edits++;
        }
      };
      const editing = Promise.all(Array.from({ length: EDITORS }, (_, editor) => edit(editor)));
      const rotation = await cliAsync(env, 'rotate-keys', '--key-id', 'k2').finally(() => (rotating = false));
      await editing;

      expect(lost).toEqual([]);
      expect(rotation.stdout).toMatch(/Key k2 is now the current key of every host/);
      expect(rotation.stdout).toMatch(/Done: \d+ record\(s\) re-sealed with key k2; 0 record\(s\) still on an old key/);
      expect(Number(/Done: (\d+)/.exec(rotation.stdout)![1])).toBeGreaterThanOrEqual(BYSTANDERS);
      expect(edits).toBeGreaterThan(EDITORS * 10);
      expect(
        await count(
          engine,
          url,
          "SELECT COUNT(*) FROM bigcommerce_credentials WHERE secret_key_id IS NULL OR secret_key_id <> 'k2'",
        ),
      ).toBe(0);
      for (const id of ids) expect([id, await storedSecrets(id)]).toEqual([id, acknowledged.get(id)]);
    }, 180_000);

    it('keeps the capabilities of a token that replaced the one a slow Test connection was checking', async () => {
      const auth = await signIn(b, 'admin@example.com', ADMIN_PASSWORD);
      const id = await createCredential(b, auth, 'Slow Check');
      const version = await versionOf(b, auth.cookie, id);
      sandbox.fault(STORE.hash, 'store', { kind: 'latency', ms: 1500 }, 1);
      const slowTest = a('POST', `/admin/bigcommerce/credentials/${id}/verify`, {
        headers: { cookie: auth.cookie, ...json },
        form: { _csrf: auth.csrf },
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const replaced = await b('POST', `/admin/bigcommerce/credentials/${id}`, {
        headers: { cookie: auth.cookie, ...json },
        form: { _csrf: auth.csrf, _method: 'PUT', version, accessToken: 'tok-multi-read' },
      });
      expect(replaced.statusCode).toBe(200);
      expect((await slowTest).statusCode).toBe(200);

      const [row] = await sql(engine, url, `SELECT capabilities FROM bigcommerce_credentials WHERE id = ${id}`);
      expect(JSON.parse(String(row!.capabilities))).toMatchObject({ productsWrite: false });
      const writable = await a('GET', '/admin/bigcommerce/credentials/options?capability=products:modify&query=slow', {
        headers: { cookie: auth.cookie, ...json },
      });
      expect(writable.json()).toEqual({ options: [], page: 1, lastPage: 1 });
    });
  });
});
