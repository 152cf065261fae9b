import { sandboxStore } from '@pim/bigcommerce-sandbox';

import { createCredential, startHostHarness, signIn, type HttpResult } from '../support/host-harness.js';
import { useSandbox } from '../../../../test/support/use-sandbox.js';

/*
 * The job profiles the host draws from job declarations, over HTTP: here the jobs module's
 * export and import, with the credentials module's credentials, against the sandbox.
 */

const STORE = sandboxStore({
  hash: 'hostjobs1',
  name: 'Job Store',
  tokens: [
    { token: 'token-hostjobs1', information: 'read', products: 'modify', channels: 'read' },
    { token: 'token-hostjobs1-read', information: 'read', products: 'read' },
  ],
  channels: [
    {
      id: 1,
      name: 'Job Store US',
      type: 'storefront',
      status: 'active',
      currencies: ['USD'],
      defaultCurrency: 'USD',
      locales: [{ code: 'en', status: 'ACTIVE', isDefault: true }],
    },
    {
      id: 2,
      name: 'Job Store Europe',
      type: 'storefront',
      status: 'active',
      currencies: ['USD'],
      defaultCurrency: 'USD',
      locales: [{ code: 'en', status: 'ACTIVE', isDefault: true }],
    },
  ],
});
const OTHER = sandboxStore({ hash: 'hostjobs2', name: 'Other Store' });
const sandbox = useSandbox({ stores: [STORE, OTHER] });

const EXPORT = '/admin/jobs/bigcommerce-jobs.product-export';
const IMPORT = '/admin/jobs/bigcommerce-jobs.product-import';

describe('job profiles drawn from job declarations', () => {
  let harness: Awaited<ReturnType<typeof startHostHarness>>;
  let auth: { cookie: string; csrf: string };
  beforeEach(async () => {
    harness = await startHostHarness({ BIGCOMMERCE_API_ORIGINS: sandbox().origin });
    auth = await signIn(harness.http);
  });
  afterEach(async () => harness.close());

  const credential = (label: string, hash: string, accessToken: string) =>
    createCredential(harness.http, auth, { label, apiUrl: sandbox().apiUrl(hash), accessToken });

  const save = (path: string, filters: Record<string, string | string[]>, as = auth): Promise<HttpResult> => {
    const body = new URLSearchParams({ _csrf: as.csrf });
    for (const [name, value] of Object.entries(filters))
      for (const one of Array.isArray(value) ? value : [value])
        body.append(Array.isArray(value) ? `filters[${name}][]` : `filters[${name}]`, one);
    return harness.http('POST', path, {
      headers: { cookie: as.cookie, accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  };
  const saved = async () =>
    harness.kernel.dataSource.query<{ code: string; type: string; filters: string }[]>(
      'SELECT code, type, filters FROM pim_job_profiles ORDER BY code',
    );

  it("saves only what the job's sources confirm for the credential chosen, one row a profile", async () => {
    const writer = await credential('Writer', STORE.hash, 'token-hostjobs1');
    const reader = await credential('Reader', STORE.hash, 'token-hostjobs1-read');
    const other = await credential('Other', OTHER.hash, `token-${OTHER.hash}`);

    // The export writes products: a read-only token, an unknown id or nothing at all is refused.
    for (const refused of [reader, '999999', '', 'x; DROP']) {
      const answer = await save(EXPORT, { credentials: refused, productStatus: 'enabled' });
      expect([refused, answer.statusCode, answer.json<{ errors: object }>().errors]).toEqual([
        refused,
        422,
        {
          credentials: [refused === '' ? 'This filter needs a value.' : expect.stringContaining('is not offered here')],
        },
      ]);
    }
    // A storefront of another credential's store, a currency without the credential, a bad status.
    expect((await save(EXPORT, { credentials: other, storefronts: ['2'], productStatus: 'all' })).json()).toEqual({
      message: 'The profile was not saved: correct the filters marked below.',
      errors: { storefronts: ['"2" is not offered here (any more): choose again.'] },
    });
    expect(
      (await save(EXPORT, { currencies: ['USD'], productStatus: 'nope' })).json<{ errors: object }>().errors,
    ).toEqual({
      credentials: ['This filter needs a value.'],
      currencies: ['Choose Credential first.'],
      productStatus: ['Choose one of the values offered.'],
    });
    expect(await saved()).toEqual([]);

    const filters = {
      credentials: writer,
      storefronts: ['1'],
      locales: ['fr_FR'],
      currencies: [],
      productStatus: 'all',
    };
    const accepted = await save(EXPORT, filters);
    expect([accepted.statusCode, accepted.json<object>()]).toEqual([
      200,
      expect.objectContaining({ message: 'Job profile saved.' }),
    ]);
    expect((await save(IMPORT, { credentials: reader })).statusCode).toBe(200);
    expect((await save(IMPORT, { credentials: reader })).statusCode).toBe(200);
    expect(await saved()).toEqual([
      {
        code: 'bigcommerce-jobs.product-export',
        type: 'export',
        filters: JSON.stringify({ credentials: writer, storefronts: ['1'], locales: ['fr_FR'], productStatus: 'all' }),
      },
      { code: 'bigcommerce-jobs.product-import', type: 'import', filters: JSON.stringify({ credentials: reader }) },
    ]);

    // The page shows the saved profile again: the credential once, the storefront it serves ticked.
    const page = (await harness.http('GET', EXPORT, { headers: { cookie: auth.cookie } })).body;
    expect(page.match(new RegExp(`<option value="${writer}"`, 'g'))).toHaveLength(1);
    expect(page).toMatch(/id="job-storefronts-1" name="filters\[storefronts\]\[\]" value="1" checked/);
    expect(page).not.toContain('job-storefronts-2');
    expect(page).toMatch(/id="job-locales-fr_FR" name="filters\[locales\]\[\]" value="fr_FR" checked/);
  });

  it('flags a saved credential that cannot be chosen any more, and keeps it listed once', async () => {
    const writer = await credential('Writer', STORE.hash, 'token-hostjobs1');
    expect((await save(EXPORT, { credentials: writer, productStatus: 'enabled' })).statusCode).toBe(200);
    const edit = await harness.http('GET', `/admin/bigcommerce/credentials/${writer}/edit`, {
      headers: { cookie: auth.cookie },
    });
    const version = /name="version" value="(\d+)"/.exec(edit.body)![1]!;
    await harness.http('POST', `/admin/bigcommerce/credentials/${writer}`, {
      headers: { cookie: auth.cookie, accept: 'application/json' },
      form: { _csrf: auth.csrf, _method: 'PUT', version, status: 'inactive' },
    });
    const page = (await harness.http('GET', EXPORT, { headers: { cookie: auth.cookie } })).body;
    expect(page.match(new RegExp(`<option value="${writer}"`, 'g'))).toHaveLength(1);
    expect(page).toMatch(new RegExp(`<option value="${writer}" data-saved selected>Writer — cannot be chosen now<`));
    expect(page).toContain('Credential: the saved value &quot;Writer&quot; cannot be chosen now.');
  });

  it('lets a role that may see a job check it but not save it; the check asks the store once', async () => {
    const writer = await credential('Writer', STORE.hash, 'token-hostjobs1');
    expect((await save(EXPORT, { credentials: writer, productStatus: 'enabled' })).statusCode).toBe(200);
    await harness.kernel.users.addUser({
      email: 'viewer@example.com',
      name: 'Vi Ewer',
      password: 'viewer-password-123',
      role: 'Job viewer',
      permissions: ['bigcommerce-jobs', 'bigcommerce-jobs.export'],
    });
    const viewer = await signIn(harness.http, 'viewer@example.com', 'viewer-password-123');
    const page = await harness.http('GET', EXPORT, { headers: { cookie: viewer.cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('You may see this profile and check it, but not change it.');
    expect(page.body).not.toContain('Save profile');
    expect((await save(EXPORT, { credentials: writer, productStatus: 'all' }, viewer)).statusCode).toBe(403);
    expect((await harness.http('GET', IMPORT, { headers: { cookie: viewer.cookie } })).statusCode).toBe(403);

    sandbox().clearRequests();
    const checked = await harness.http('GET', `${EXPORT}/check`, {
      headers: { cookie: viewer.cookie, accept: 'application/json' },
    });
    expect(checked.json()).toMatchObject({ ok: true, summary: 'This job can run now.' });
    expect(sandbox().requests.map((r) => r.route)).toEqual(['products']);
    const shown = await harness.http('GET', `${EXPORT}/check`, { headers: { cookie: viewer.cookie } });
    expect(shown.body).toContain('<h2 id="job-check-title">Check</h2>');
    expect(shown.body).toContain('Locales: what each becomes in the store');
    expect(JSON.stringify([checked.body, shown.body])).not.toContain('token-hostjobs1');
  });

  it('saves nothing without the CSRF token, and answers an unknown job with 404', async () => {
    const writer = await credential('Writer', STORE.hash, 'token-hostjobs1');
    expect(
      (await save(EXPORT, { credentials: writer, productStatus: 'all' }, { ...auth, csrf: 'forged' })).statusCode,
    ).toBe(403);
    expect(await saved()).toEqual([]);
    expect((await harness.http('GET', '/admin/jobs/nope.job', { headers: { cookie: auth.cookie } })).statusCode).toBe(
      404,
    );
  });
});
