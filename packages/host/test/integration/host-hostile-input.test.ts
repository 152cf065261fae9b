import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';

import { sandboxStore } from '@pim/bigcommerce-sandbox';

import { createScratch, type ScratchDatabase } from '../../../../test/support/databases.js';
import { describeEachEngine } from '../../../../test/support/describe-each-engine.js';
import { signIn, startHostHarness, type HttpClient, type HttpResult } from '../support/host-harness.js';
import { hostileRequests, random, type HostileRequest } from '../support/hostile-requests.js';
import { useSandbox } from '../../../../test/support/use-sandbox.js';

const STORE = sandboxStore({
  hash: 'hostile1',
  name: 'Hostile Test Store',
  tokens: [{ token: 'tok-hostile-0123456789', information: 'read', products: 'modify' }],
});
const TOKEN = STORE.tokens[0]!.token;
const sandbox = useSandbox({ stores: [STORE] });
const FUZZ_REQUESTS = 2000;

describeEachEngine('hostile input to every route', (engine) => {
  let harness: Awaited<ReturnType<typeof startHostHarness>>;
  let scratch: ScratchDatabase | null = null;
  let http: HttpClient;
  let auth: { cookie: string; csrf: string };
  let ids: number[];

  beforeAll(async () => {
    const env: Record<string, string> = { BIGCOMMERCE_API_ORIGINS: sandbox().origin };
    if (engine !== 'sqlite') {
      scratch = await createScratch(engine);
      Object.assign(env, {
        DATABASE_URL: (scratch.options as { url: string }).url,
        PIM_SECRET_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      });
    }
    harness = await startHostHarness(env);
    http = harness.http;
    auth = await signIn(http);
    ids = [await create('First Store'), await create('Second Store')];
  });
  afterAll(async () => {
    await harness?.close();
    await scratch?.destroy();
  });

  const json = { accept: 'application/json' };

  async function create(label: string): Promise<number> {
    const response = await http('POST', '/admin/bigcommerce/credentials', {
      headers: { cookie: auth.cookie, ...json },
      form: {
        _csrf: auth.csrf,
        label,
        apiUrl: sandbox().apiUrl(STORE.hash),
        clientId: 'client',
        clientSecret: 'secret',
        accessToken: TOKEN,
        status: 'active',
        // Both credentials are for one store on purpose.
        confirmSameStore: '1',
      },
    });
    expect([label, response.statusCode]).toEqual([label, 200]);
    return Number(/credentials\/(\d+)\/edit/.exec(response.json<{ redirect_url: string }>().redirect_url)![1]);
  }

  /** Everything a refused request must leave as it was. */
  async function state(): Promise<string> {
    const query = (sql: string) => harness.kernel.dataSource.query(sql);
    return JSON.stringify([
      await query(
        'SELECT id, label, api_url, client_id, status, version, secret_key_id, client_secret_sealed, access_token_sealed, default_currency, default_locale, locale_mapping, currency_mapping FROM bigcommerce_credentials ORDER BY id',
      ),
      await query('SELECT COUNT(*) AS n FROM bigcommerce_credential_history'),
      await query('SELECT id, email, role_id, ui_locale FROM pim_users ORDER BY id'),
      await query('SELECT id, name, permissions FROM pim_roles ORDER BY id'),
    ]);
  }

  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const formHeaders = () => ({ cookie: auth.cookie, 'content-type': 'application/x-www-form-urlencoded' });

  describe('each finding of the adversarial pass', () => {
    it.each(['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'])(
      'answers 400 to a sort on %s, as HTML and as JSON',
      async (column) => {
        for (const headers of [{ cookie: auth.cookie }, { cookie: auth.cookie, ...json }]) {
          expect(
            (await http('GET', `/admin/bigcommerce/credentials?sort[column]=${column}&sort[order]=asc`, { headers }))
              .statusCode,
          ).toBe(400);
        }
      },
    );

    it('answers 400 to a NUL in a search, an option query, a label or a client id, before BigCommerce is asked', async () => {
      sandbox().clearRequests();
      expect(
        (await http('GET', '/admin/bigcommerce/credentials?filters[all][]=a%00b', { headers: { cookie: auth.cookie } }))
          .statusCode,
      ).toBe(400);
      expect(
        (
          await http('GET', '/admin/bigcommerce/credentials/options?query=%00', {
            headers: { cookie: auth.cookie, ...json },
          })
        ).statusCode,
      ).toBe(400);
      const before = await state();
      for (const field of ['label', 'clientId']) {
        const body = {
          _csrf: auth.csrf,
          label: 'Nul Store',
          apiUrl: sandbox().apiUrl(STORE.hash),
          clientId: 'client',
          clientSecret: 's',
          accessToken: TOKEN,
          status: 'active',
          [field]: 'a\u0000b',
        };
        expect(
          (await http('POST', '/admin/bigcommerce/credentials', { headers: formHeaders(), body: form(body) }))
            .statusCode,
        ).toBe(400);
        const asJson = await http('POST', '/admin/bigcommerce/credentials', {
          headers: { cookie: auth.cookie, 'content-type': 'application/json', 'x-csrf-token': auth.csrf, ...json },
          body: JSON.stringify(body),
        });
        expect(asJson.statusCode).toBe(400);
      }
      expect(await state()).toBe(before);
      expect(sandbox().requests).toEqual([]);
    });

    it('refuses invisible characters in a label with a field error, and nested JSON with a 400', async () => {
      const label = await http('POST', '/admin/bigcommerce/credentials', {
        headers: { cookie: auth.cookie, ...json },
        form: {
          _csrf: auth.csrf,
          label: 'Prod\u202Euction',
          apiUrl: sandbox().apiUrl(STORE.hash),
          clientId: 'c',
          clientSecret: 's',
          accessToken: TOKEN,
          status: 'active',
        },
      });
      expect(label.statusCode).toBe(422);
      expect(label.json().errors).toEqual({ label: [expect.stringContaining('invisible')] });
      const nested = `{"label":${'['.repeat(5000)}${']'.repeat(5000)},"_csrf":"${auth.csrf}"}`;
      const deep = await http('POST', '/admin/bigcommerce/credentials', {
        headers: { cookie: auth.cookie, 'content-type': 'application/json', ...json },
        body: nested,
      });
      expect(deep.statusCode).toBe(400);
    });

    it('treats every non-canonical id as no credential: 404, and no change', async () => {
      const before = await state();
      for (const id of ['0x1', '1e0', '+1', '%201', '01', '0', '-1', '1.0', '99999999999']) {
        const url = `/admin/bigcommerce/credentials/${id.replace('1', String(ids[0]))}`;
        expect([id, (await http('GET', `${url}/edit`, { headers: { cookie: auth.cookie } })).statusCode]).toEqual([
          id,
          404,
        ]);
        for (const accept of ['text/html', 'application/json'])
          expect([
            id,
            (await http('GET', `${url}/history`, { headers: { cookie: auth.cookie, accept } })).statusCode,
          ]).toEqual([id, 404]);
        const put = await http('POST', url, {
          headers: { ...formHeaders(), ...json },
          body: form({ _csrf: auth.csrf, _method: 'PUT', version: '1', label: 'Hijacked' }),
        });
        expect([id, put.statusCode]).toEqual([id, 404]);
      }
      expect(await state()).toBe(before);
    });

    it('answers HEAD like GET on signed-in pages', async () => {
      for (const path of [
        '/admin/bigcommerce/credentials',
        `/admin/bigcommerce/credentials/${ids[0]}/edit`,
        '/admin/jobs/bigcommerce-jobs.product-export',
      ]) {
        const head = await http('HEAD', path, { headers: { cookie: auth.cookie } });
        expect([path, head.statusCode, head.body]).toEqual([path, 200, '']);
      }
    });

    it('keeps `next` to safe admin paths, carries it through the login form, and never fails on a hostile one', async () => {
      const login = async (next: string) => {
        const page = await http('GET', `/admin/login?next=${encodeURIComponent(next)}`);
        const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
        const cookie = `pim_login_csrf=${page.cookies.find((c) => c.name === 'pim_login_csrf')!.value}`;
        const carried = /name="next" value="([^"]+)"/.exec(page.body)?.[1] ?? null;
        const response = await http('POST', '/admin/login', {
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          body: form({
            _csrf: csrf,
            email: 'admin@example.com',
            password: 'harness-admin-password',
            ...(carried === null ? { next } : { next: carried }),
          }),
        });
        return { carried, status: response.statusCode, location: response.headers.get('location') };
      };
      expect(await login('/admin/bigcommerce/credentials/create')).toEqual({
        carried: '/admin/bigcommerce/credentials/create',
        status: 303,
        location: '/admin/bigcommerce/credentials/create',
      });
      for (const next of [
        '/admin/x\r\nSet-Cookie: a=b',
        '/admin/\u2028',
        'https://evil.example/',
        '//evil.example',
        '/admin//evil.example',
      ]) {
        expect([next, await login(next)]).toEqual([next, { carried: null, status: 303, location: '/admin' }]);
      }
    });

    it('sends the language switch back to an admin path only, whatever Host and Referer say', async () => {
      const switchTo = (referer: string, host?: string) =>
        http('POST', '/admin/locale', {
          headers: { ...formHeaders(), referer, ...(host ? { host } : {}) },
          body: form({ _csrf: auth.csrf, locale: 'en_US' }),
        });
      expect(
        (await switchTo('https://evil.example/admin/jobs/bigcommerce-jobs.product-export', 'evil.example')).headers.get(
          'location',
        ),
      ).toBe('/admin/jobs/bigcommerce-jobs.product-export');
      expect((await switchTo('https://evil.example/elsewhere', 'evil.example')).headers.get('location')).toBe('/admin');
    });

    if (engine === 'sqlite') {
      it('keeps the SQLite file, its lock file and the key file private (0600) in a private folder (0700)', () => {
        expect(statSync(harness.dataDir).mode & 0o777).toBe(0o700);
        for (const file of ['pim.sqlite', 'pim.sqlite.boot-lock', 'secret-keys.json'])
          expect([file, statSync(join(harness.dataDir, file)).mode & 0o777]).toEqual([file, 0o600]);
      });
    }
  });

  /** Sends one generated request; what it broke, if anything. */
  async function send(request: HostileRequest, i: number, statuses: Map<number, number>): Promise<string | null> {
    const before = request.changes ? await state() : '';
    let response: HttpResult;
    try {
      response = await http(request.method, request.url, {
        headers: { cookie: auth.cookie, ...request.headers },
        body: request.body,
      });
    } catch (error) {
      return `#${i} ${request.method} ${request.url}: ${(error as Error).message}`;
    }
    statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
    if (request.url.startsWith('/admin/login') && response.statusCode === 303)
      return `#${i} a hostile sign-in succeeded`;
    if (response.statusCode >= 500)
      return `#${i} ${request.method} ${request.url} ${request.body?.slice(0, 200) ?? ''} → ${response.statusCode} ${response.body.slice(0, 200)}`;
    if (request.changes && response.statusCode >= 400 && response.statusCode < 500 && (await state()) !== before)
      return `#${i} ${request.method} ${request.url} was refused (${response.statusCode}) but changed rows`;
    return null;
  }

  it(`answers ${FUZZ_REQUESTS} generated hostile requests with no 5xx, and changes nothing on a refusal`, async () => {
    const page = await http('GET', '/admin/login');
    const generate = hostileRequests(random(engine.length * 7919), {
      auth,
      ids,
      apiUrl: sandbox().apiUrl(STORE.hash),
      token: TOKEN,
      loginForm: {
        csrf: /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!,
        cookie: `pim_login_csrf=${page.cookies.find((c) => c.name === 'pim_login_csrf')!.value}`,
      },
    });
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < FUZZ_REQUESTS; i++) {
      const failure = await send(generate(), i, statuses);
      if (failure !== null) failures.push(failure);
    }
    expect(failures).toEqual([]);
    // Refusals dominate: the generator mostly sends what must be refused.
    const refused = [...statuses].filter(([status]) => status >= 400).reduce((sum, [, n]) => sum + n, 0);
    expect(refused).toBeGreaterThan(FUZZ_REQUESTS / 2);
    // The session survived every hostile request (nothing signed it out or corrupted it).
    expect((await http('GET', '/admin/bigcommerce/credentials', { headers: { cookie: auth.cookie } })).statusCode).toBe(
      200,
    );
  }, 300_000);
});
