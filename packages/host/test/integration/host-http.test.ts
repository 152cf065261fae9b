import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

import { sandboxStore } from '@pim/bigcommerce-sandbox';
import { AesGcmSecretCipher, addKeyToFile } from '@pim/reference-host';

import { BIGCOMMERCE_CREDENTIAL_PROVIDER } from '../../../../src/index.js';
import { createCredential as create, HOST_LOCALES, startHostHarness, signIn } from '../support/host-harness.js';
import { useSandbox } from '../../../../test/support/use-sandbox.js';

const STORE = sandboxStore({
  hash: 'host1',
  name: 'Host Test Store',
  tokens: [
    { token: 'token-host1', information: 'modify', products: 'modify', channels: 'read' },
    { token: 'token-host1-read', information: 'read', products: 'read' },
  ],
});
const TOKEN = STORE.tokens[0]!.token;
const sandbox = useSandbox({ stores: [STORE] });

describe('the reference host over HTTP', () => {
  let harness: Awaited<ReturnType<typeof startHostHarness>>;
  beforeEach(async () => {
    harness = await startHostHarness({ BIGCOMMERCE_API_ORIGINS: sandbox().origin });
  });
  afterEach(async () => harness.close());

  const createCredential = async (auth: { cookie: string; csrf: string }, label: string, accessToken = TOKEN) =>
    Number(await create(harness.http, auth, { label, apiUrl: sandbox().apiUrl('host1'), accessToken }));

  it('generates a 0600 key file on first run, with a warning', () => {
    expect(statSync(join(harness.dataDir, 'secret-keys.json')).mode & 0o777).toBe(0o600);
    expect(harness.logger.lines.some((l) => l.level === 'warn' && l.message.includes('generated a secret key'))).toBe(
      true,
    );
  });

  it('redirects strangers to sign in, sets security headers, and refuses requests without the CSRF token', async () => {
    const anonymous = await harness.http('GET', '/admin/bigcommerce/credentials');
    expect(anonymous.statusCode).toBe(302);
    expect(anonymous.headers.get('location')).toContain('/admin/login?next=');
    const login = await harness.http('GET', '/admin/login');
    expect(login.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(login.headers.get('x-frame-options')).toBe('DENY');
    expect(login.cookies.find((c) => c.name === 'pim_login_csrf')).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
    });

    const auth = await signIn(harness.http);
    const noToken = await harness.http('POST', '/admin/bigcommerce/credentials', {
      headers: { cookie: auth.cookie },
      form: { label: 'x' },
    });
    expect(noToken.statusCode).toBe(403);
    const wrongLogin = await harness.http('POST', '/admin/login', { form: { email: 'a@b.c', password: 'x' } });
    expect(wrongLogin.statusCode).toBe(403);
  });

  it('serves the stylesheet and the page script from files, under a content hash, cached for good', async () => {
    const page = await harness.http('GET', '/admin/login');
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(page.body)![1]!;
    const script = /<script type="module" src="([^"]+)"/.exec(page.body)![1]!;
    expect(stylesheet).toMatch(/^\/admin\/assets\/[0-9a-f]{16}\/app\.css$/);
    expect(script).toBe(stylesheet.replace('app.css', 'app.js'));
    const folder = script.slice(0, -'app.js'.length);
    for (const [url, type] of [
      [stylesheet, 'text/css'],
      [script, 'javascript'],
      // The script's own imports resolve next to it.
      [`${folder}busy.js`, 'javascript'],
    ] as const) {
      const asset = await harness.http('GET', url);
      expect([url, asset.statusCode]).toEqual([url, 200]);
      expect(asset.headers.get('content-type')).toContain(type);
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(asset.headers.get('content-security-policy')).toContain("script-src 'self'");
    }
    expect((await harness.http('GET', script)).body).toContain("from './busy.js'");
    // Nothing else of those folders, no other hash and no unhashed path.
    for (const url of [
      `${folder}app.ts`,
      `${folder}../browser.tsbuildinfo`,
      `${folder}..%2Fbrowser.tsbuildinfo`,
      '/admin/assets/0000000000000000/app.css',
      '/admin/assets/app.css',
      '/admin/assets/app.js',
    ])
      expect([url, (await harness.http('GET', url)).statusCode]).toEqual([url, 404]);
    // A page is never cached.
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('guards routes by the permission in their config: 405 for a method a URL does not answer', async () => {
    const auth = await signIn(harness.http);
    const id = await createCredential(auth, 'Guarded');
    // The edit URL answers PUT (edit) and DELETE (delete), not a plain POST.
    const plainPost = await harness.http('POST', `/admin/bigcommerce/credentials/${id}`, {
      headers: { cookie: auth.cookie, accept: 'application/json' },
      form: { _csrf: auth.csrf, label: 'x' },
    });
    expect(plainPost.statusCode).toBe(405);
    expect(plainPost.headers.get('allow')).toBe('PUT, DELETE');
    // A stranger is asked to sign in before any method is considered.
    expect((await harness.http('POST', `/admin/bigcommerce/credentials/${id}`, { form: {} })).statusCode).toBe(401);
  });

  it('throttles repeated failed sign-ins', async () => {
    const page = await harness.http('GET', '/admin/login');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const cookie = `pim_login_csrf=${page.cookies.find((c) => c.name === 'pim_login_csrf')!.value}`;
    const attempt = () =>
      harness.http('POST', '/admin/login', {
        headers: { cookie },
        form: { _csrf: csrf, email: 'admin@example.com', password: 'wrong' },
      });
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await attempt()).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('takes the client address from X-Forwarded-For only from a trusted proxy (PIM_TRUST_PROXY)', async () => {
    const fail = async (h: typeof harness, forwardedFor: string) => {
      const page = await h.http('GET', '/admin/login');
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
      const cookie = `pim_login_csrf=${page.cookies.find((c) => c.name === 'pim_login_csrf')!.value}`;
      return (
        await h.http('POST', '/admin/login', {
          headers: { cookie, 'x-forwarded-for': forwardedFor },
          form: { _csrf: csrf, email: 'admin@example.com', password: 'wrong' },
        })
      ).statusCode;
    };
    // Not trusted (the default): every forwarded address is the same client, the one connecting.
    for (let i = 0; i < 5; i++) expect(await fail(harness, `10.0.0.${i + 1}`)).toBe(401);
    expect(await fail(harness, '10.0.0.99')).toBe(429);

    const behindProxy = await startHostHarness({ PIM_TRUST_PROXY: '127.0.0.1' });
    try {
      for (let i = 0; i < 5; i++) expect(await fail(behindProxy, '10.0.0.1')).toBe(401);
      expect(await fail(behindProxy, '10.0.0.1')).toBe(429);
      expect(await fail(behindProxy, '10.0.0.2')).toBe(401);
    } finally {
      await behindProxy.close();
    }
  });

  it('turns a stored secret this host cannot open into a translated notice and a 503, never a crash', async () => {
    const auth = await signIn(harness.http);
    const id = await createCredential(auth, 'Foreign Key');
    const foreign = new AesGcmSecretCipher([{ id: 'k9', key: randomBytes(32) }], 'k9').encrypt(
      'tok',
      'bigcommerce.credential.access_token',
    );
    await harness.kernel.dataSource.query(
      `UPDATE bigcommerce_credentials SET access_token_sealed = '${foreign}' WHERE id = ${id}`,
    );

    const page = await harness.http('GET', `/admin/bigcommerce/credentials/${id}/edit`, {
      headers: { cookie: auth.cookie },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('sealed with the key &quot;k9&quot;, which it does not have');
    expect(page.body).not.toContain('could not be reached');
    const tested = await harness.http('POST', `/admin/bigcommerce/credentials/${id}/verify`, {
      headers: { cookie: auth.cookie, accept: 'application/json' },
      form: { _csrf: auth.csrf },
    });
    expect(tested.statusCode).toBe(503);
    expect(tested.json()).toEqual({ message: expect.stringContaining('"k9"'), errors: {} });
    const version = /name="version" value="(\d+)"/.exec(page.body)![1]!;
    const kept = await harness.http('POST', `/admin/bigcommerce/credentials/${id}`, {
      headers: { cookie: auth.cookie, accept: 'application/json' },
      form: { _csrf: auth.csrf, _method: 'PUT', version, clientSecret: 'new-secret' },
    });
    expect(kept.statusCode).toBe(503);
    // Typing both secrets again needs nothing from the stored ones.
    const replaced = await harness.http('POST', `/admin/bigcommerce/credentials/${id}`, {
      headers: { cookie: auth.cookie, accept: 'application/json' },
      form: { _csrf: auth.csrf, _method: 'PUT', version, clientSecret: 'new-secret', accessToken: TOKEN },
    });
    expect(replaced.statusCode).toBe(200);
  });

  it('closes a request whose body never finishes, within the request time limit, without signing in', async () => {
    const slow = await startHostHarness({ PIM_REQUEST_TIMEOUT_MS: '1000' });
    try {
      const { port } = new URL(slow.app.listeningOrigin);
      const socket = connect(Number(port), '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      const closed = new Promise<boolean>((resolve) => socket.once('close', () => resolve(true)));
      socket.write(
        'POST /admin/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nemail=slow',
      );
      // Bounded wait, many times the limit: the assertion is that it is closed, not how fast.
      expect(await Promise.race([closed, new Promise((resolve) => setTimeout(() => resolve(false), 15_000))])).toBe(
        true,
      );
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      socket.destroy();
    } finally {
      await slow.close();
    }
  });

  it('answers UnoPim datagrid JSON and the 422 error contract', async () => {
    const auth = await signIn(harness.http);
    await createCredential(auth, 'JSON Store');
    const grid = await harness.http(
      'GET',
      '/admin/bigcommerce/credentials?filters[all][]=json&sort[column]=label&sort[order]=asc',
      { headers: { cookie: auth.cookie, accept: 'application/json' } },
    );
    const body = grid.json();
    expect(body.columns.map((c: { index: string }) => c.index)).toEqual(['label', 'apiUrl', 'status', 'lastCheck']);
    expect(body.columns[3]).toMatchObject({
      label: 'Last check',
      filterable: true,
      sortable: true,
      options: [
        { value: 'ok', label: 'Connected' },
        { value: 'failed', label: 'Failed' },
        { value: 'never', label: 'Never checked' },
      ],
    });
    expect(body.records).toEqual([
      expect.objectContaining({
        label: 'JSON Store',
        status: true,
        lastCheck: expect.stringMatching(/^Connected · /),
        lastCheckTone: 'ok',
        actions: expect.arrayContaining([expect.objectContaining({ index: 'delete', method: 'DELETE' })]),
      }),
    ]);
    expect(JSON.stringify(body.records)).not.toMatch(/verificationOutcome|verifiedAt/);
    expect(body.meta).toMatchObject({ total: 1, current_page: 1, per_page: 10 });
    expect(JSON.stringify(body)).not.toContain(TOKEN);

    const invalid = await harness.http('POST', '/admin/bigcommerce/credentials', {
      headers: { cookie: auth.cookie, accept: 'application/json' },
      form: {
        _csrf: auth.csrf,
        label: '',
        apiUrl: 'ftp://nope',
        clientId: 'c',
        clientSecret: 's',
        accessToken: 't',
        status: 'active',
      },
    });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().errors).toEqual({ label: ['This field is required.'] });
  });

  it('serves the job filter list only to holders of its permission, without secrets', async () => {
    const auth = await signIn(harness.http);
    const id = await createCredential(auth, 'Option Store');
    const options = await harness.http('GET', '/admin/bigcommerce/credentials/options?query=option', {
      headers: { cookie: auth.cookie, accept: 'application/json' },
    });
    expect(options.json()).toEqual({ options: [{ id: String(id), label: 'Option Store' }], page: 1, lastPage: 1 });
    await harness.kernel.users.addUser({
      email: 'nobody@example.com',
      name: 'No Body',
      password: 'nobody-password',
      role: 'Nothing',
      permissions: ['bigcommerce'],
    });
    const other = await signIn(harness.http, 'nobody@example.com', 'nobody-password');
    const refused = await harness.http('GET', '/admin/bigcommerce/credentials/options', {
      headers: { cookie: other.cookie, accept: 'application/json' },
    });
    expect(refused.statusCode).toBe(403);
    const list = await harness.http('GET', '/admin/bigcommerce/credentials', { headers: { cookie: other.cookie } });
    expect(list.statusCode).toBe(403);
  });

  /** A credential created, then edited once (label and client secret): two history entries. */
  async function auditedCredential(auth: { cookie: string; csrf: string }): Promise<number> {
    const id = await createCredential(auth, 'Audited');
    const edit = await harness.http('GET', `/admin/bigcommerce/credentials/${id}/edit`, {
      headers: { cookie: auth.cookie },
    });
    expect(edit.body).toMatch(/<section class="panel related-grid"[^>]*>\s*<h2[^>]*>History<\/h2>/);
    const saved = await harness.http('POST', `/admin/bigcommerce/credentials/${id}`, {
      headers: { cookie: auth.cookie, accept: 'application/json' },
      form: {
        _csrf: auth.csrf,
        _method: 'PUT',
        version: /name="version" value="(\d+)"/.exec(edit.body)![1]!,
        label: 'Audited twice',
        clientSecret: 'a-new-secret',
      },
    });
    expect(saved.statusCode).toBe(200);
    return id;
  }

  it('serves a credential history as datagrid JSON to viewers, and deleted credentials only to those who may delete', async () => {
    const auth = await signIn(harness.http);
    const id = await auditedCredential(auth);
    const history = await harness.http('GET', `/admin/bigcommerce/credentials/${id}/history`, {
      headers: { cookie: auth.cookie, accept: 'application/json' },
    });
    expect(history.statusCode).toBe(200);
    const body = history.json<{
      columns: { index: string }[];
      records: { event: string; changes: string; user: string }[];
      meta: { total: number; url: string };
    }>();
    expect(body.columns.map((c) => c.index)).toEqual(['at', 'user', 'event', 'changes']);
    expect(body.meta).toMatchObject({ total: 2, url: `/admin/bigcommerce/credentials/${id}/history` });
    expect(body.records.map((r) => [r.event, r.user])).toEqual([
      ['Updated', 'Administrator'],
      ['Created', 'Administrator'],
    ]);
    expect(body.records[0]!.changes.split('\n')).toEqual(['Label: Audited → Audited twice', 'Client Secret: changed']);
    expect(JSON.stringify(body)).not.toMatch(/shh-secret|a-new-secret|tok-/);

    await harness.kernel.users.addUser({
      email: 'viewer@example.com',
      name: 'Vi Ewer',
      password: 'viewer-password-long',
      role: 'Viewer',
      permissions: ['bigcommerce', 'bigcommerce.credentials'],
    });
    const viewer = await signIn(harness.http, 'viewer@example.com', 'viewer-password-long');
    const viewed = await harness.http('GET', `/admin/bigcommerce/credentials/${id}/history`, {
      headers: { cookie: viewer.cookie, accept: 'application/json' },
    });
    expect(viewed.statusCode).toBe(200);
    const list = await harness.http('GET', '/admin/bigcommerce/credentials', { headers: { cookie: viewer.cookie } });
    expect(list.body).not.toContain('/admin/bigcommerce/credentials/deleted');
    expect(
      (await harness.http('GET', '/admin/bigcommerce/credentials/deleted', { headers: { cookie: viewer.cookie } }))
        .statusCode,
    ).toBe(403);
  });

  it('keeps the history of a deleted credential in the deleted list, and says the credential is gone', async () => {
    const auth = await signIn(harness.http);
    const id = await auditedCredential(auth);
    const json = { cookie: auth.cookie, accept: 'application/json' };
    const deleted = await harness.http('POST', `/admin/bigcommerce/credentials/${id}`, {
      headers: json,
      form: { _csrf: auth.csrf, _method: 'DELETE' },
    });
    expect(deleted.statusCode).toBe(200);
    // Gone: its own history page refuses, the deleted credentials' list keeps all of it.
    expect(
      (await harness.http('GET', `/admin/bigcommerce/credentials/${id}/history`, { headers: json })).statusCode,
    ).toBe(404);
    const gone = await harness.http('GET', '/admin/bigcommerce/credentials/deleted', { headers: json });
    expect(gone.json<{ records: { credential: string; event: string }[] }>().records).toEqual([
      expect.objectContaining({ credential: 'Audited twice', event: 'Deleted' }),
      expect.objectContaining({ credential: 'Audited twice', event: 'Updated' }),
      expect.objectContaining({ credential: 'Audited twice', event: 'Created' }),
    ]);
    const page = await harness.http('GET', `/admin/bigcommerce/credentials/${id}/edit`, {
      headers: { cookie: auth.cookie },
    });
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('This credential no longer exists');
    expect(page.body).toContain('href="/admin/bigcommerce/credentials"');
  });

  it('after a failed save without JavaScript, keeps what was typed on the version it was based on: saving it again never overwrites a change made in between', async () => {
    const auth = await signIn(harness.http);
    const id = await createCredential(auth, 'Shared');
    const editPath = `/admin/bigcommerce/credentials/${id}/edit`;
    const versionOf = (body: string) => /name="version" value="(\d+)"/.exec(body)![1]!;
    const opened = versionOf((await harness.http('GET', editPath, { headers: { cookie: auth.cookie } })).body);
    // Someone else saves in between.
    const other = await harness.http('POST', `/admin/bigcommerce/credentials/${id}`, {
      headers: { cookie: auth.cookie, accept: 'application/json' },
      form: { _csrf: auth.csrf, _method: 'PUT', version: opened, label: 'Shared by Ann' },
    });
    expect(other.statusCode).toBe(200);
    // This browser's save (no script) is refused as stale, and redirected back to the form.
    const mine = { _csrf: auth.csrf, _method: 'PUT', version: opened, label: 'Shared by Bob' };
    const refused = await harness.http('POST', `/admin/bigcommerce/credentials/${id}`, {
      headers: { cookie: auth.cookie },
      form: mine,
    });
    expect([refused.statusCode, refused.headers.get('location')]).toEqual([303, editPath]);
    const shown = await harness.http('GET', editPath, { headers: { cookie: auth.cookie } });
    expect(shown.body).toContain('Someone else saved this credential after you opened it.');
    expect(shown.body).toContain('value="Shared by Bob"');
    expect(versionOf(shown.body)).toBe(opened);
    // Saving the kept form again is still refused: Ann's change stays.
    const again = await harness.http('POST', `/admin/bigcommerce/credentials/${id}`, {
      headers: { cookie: auth.cookie },
      form: { ...mine, version: versionOf(shown.body) },
    });
    expect(again.statusCode).toBe(303);
    const labels = await harness.kernel.dataSource.query<{ label: string }[]>(
      'SELECT label FROM bigcommerce_credentials',
    );
    expect(labels.map((r) => r.label)).toEqual(['Shared by Ann']);
  });

  it('re-seals every stored secret with a new key, and still hands jobs the same secrets', async () => {
    const auth = await signIn(harness.http);
    const id = await createCredential(auth, 'Rotated');
    const before = (await harness.kernel.dataSource.query('SELECT access_token_sealed FROM bigcommerce_credentials'))[0]
      .access_token_sealed as string;
    const { dataDir } = harness;
    await harness.app.close();
    await harness.kernel.close();

    const newKey = addKeyToFile(dataDir);
    const { bootHost, readHostConfig } = await import('@pim/reference-host');
    const bigcommerce = (await import('../../../../src/index.js')).default;
    const { RecordingLogger } = await import('@pim/kernel/testing');
    const kernel = await bootHost(readHostConfig({ PIM_DATA_DIR: dataDir }), {
      modules: [bigcommerce],
      logger: new RecordingLogger(),
      hostLocalesDir: HOST_LOCALES,
    });
    try {
      // The key file gained a key; the database still names the old one current until rotate-keys switches it.
      expect(kernel.cipher.currentKeyId).not.toBe(newKey);
      await kernel.keyState.setCurrent(newKey);
      const store = kernel.container.get(
        kernel.registry.secretStores.find((s) => s.name === 'bigcommerce.credentials')!.store,
      );
      expect(await store.reseal()).toBe(1);
      expect(await store.reseal()).toBe(0);
      const after = (await kernel.dataSource.query('SELECT access_token_sealed FROM bigcommerce_credentials'))[0]
        .access_token_sealed as string;
      expect(before.split('.')[1]).not.toBe(newKey);
      expect(after.split('.')[1]).toBe(newKey);
      expect((await kernel.container.get(BIGCOMMERCE_CREDENTIAL_PROVIDER).getActive(id)).accessToken).toBe(TOKEN);
    } finally {
      await kernel.close();
      harness = await startHostHarness({ BIGCOMMERCE_API_ORIGINS: sandbox().origin });
    }
  });
});
