import { randomBytes } from 'node:crypto';

import bigcommerceModule from '@pim/bigcommerce-credentials';
import { sandboxStore, startSandbox, type Sandbox } from '@pim/bigcommerce-sandbox';
import type {
  FormHandler,
  JobCheckReport,
  JobDeclaration,
  JobFilterValues,
  OptionSource,
  OptionSourceRegistration,
} from '@pim/kernel';
import {
  eachEngine,
  moduleTestContainer,
  submittedAsShown,
  TestCatalog,
  TestCipher,
  TestSettings,
  useScratchDatabase,
  type ModuleTestContainer,
} from '@pim/kernel/testing';

import bigcommerceJobsModule from '../../src/index.js';
import { productExportJob } from '../../src/jobs/product-export.job.js';
import { productImportJob } from '../../src/jobs/product-import.job.js';

/*
 * "Check this job" as a run would go: through the credentials module's provider (getActive, its
 * connection), against the sandbox, on every engine. The jobs module is loaded as a host loads
 * it, beside the credentials module, with the kernel's test kit: no host code.
 */

/** Two storefronts: Harbor US (USD, EUR; en, fr) and Harbor Europe (EUR, GBP; de, fr). */
const HARBOR = sandboxStore({
  hash: 'jobharbor1',
  name: 'Harbor Goods',
  tokens: [
    { token: 'tok-harbor-modify', information: 'read', products: 'modify', channels: 'read' },
    { token: 'tok-harbor-read', information: 'read', products: 'read', channels: 'read' },
  ],
  currencies: [
    { code: 'USD', name: 'US Dollar', enabled: true, isDefault: true, transactional: true },
    { code: 'EUR', name: 'Euro', enabled: true, isDefault: false, transactional: true },
    { code: 'GBP', name: 'Pound Sterling', enabled: true, isDefault: false, transactional: true },
  ],
  graphqlLocales: [
    { code: 'en', status: 'ACTIVE', isDefault: true },
    { code: 'fr', status: 'ACTIVE', isDefault: false },
  ],
  channels: [
    {
      id: 1,
      name: 'Harbor US',
      type: 'storefront',
      status: 'active',
      currencies: ['USD', 'EUR'],
      defaultCurrency: 'USD',
      locales: [
        { code: 'en', status: 'ACTIVE', isDefault: true },
        { code: 'fr', status: 'ACTIVE', isDefault: false },
      ],
    },
    {
      id: 2,
      name: 'Harbor Europe',
      type: 'storefront',
      status: 'active',
      currencies: ['EUR', 'GBP'],
      defaultCurrency: 'EUR',
      locales: [
        { code: 'de', status: 'ACTIVE', isDefault: true },
        { code: 'fr', status: 'ACTIVE', isDefault: false },
      ],
    },
  ],
});
/** One storefront, and a quota of 20 requests a window (BigCommerce's is per store, `api-rate-limits.mdx`). */
const SMALL = sandboxStore({
  hash: 'jobsmall1',
  name: 'Small Supplies',
  tokens: [{ token: 'tok-small-modify', information: 'read', products: 'modify', channels: 'read' }],
  rateLimit: { quota: 20, windowMs: 60_000 },
});

const statuses = (report: JobCheckReport) => report.lines.map((line) => [line.label, line.status]);
const lineOf = (report: JobCheckReport, label: string) => report.lines.find((line) => line.label === label)!;

await eachEngine('the product jobs, checked through the provider', bigcommerceModule, (engine) => {
  const scratch = useScratchDatabase(engine, bigcommerceModule);
  let sandbox: Sandbox;
  let host: ModuleTestContainer;
  const cipher = new TestCipher();

  beforeAll(async () => {
    sandbox = await startSandbox({ stores: [HARBOR, SMALL] });
  });
  afterAll(async () => sandbox.close());

  /** Both modules in one container, as a host loads them, with the sandbox allowed. */
  const load = (options: { cipher?: TestCipher; locale?: string } = {}) =>
    moduleTestContainer([bigcommerceModule, bigcommerceJobsModule], {
      dataSource: scratch().dataSource,
      cipher: options.cipher ?? cipher,
      catalog: new TestCatalog(['en_US', 'fr_FR', 'de_DE'], ['USD', 'EUR', 'GBP']),
      settings: new TestSettings({ bigcommerce: [sandbox.origin] }, { bigcommerce: { retryDelayMs: '10' } }),
      locale: () => options.locale ?? 'en_US',
    });

  beforeEach(async () => {
    await scratch().dataSource.query('DELETE FROM bigcommerce_credentials');
    host = load();
    sandbox.clearRequests();
  });

  const forms = (mode: 'create' | 'edit'): FormHandler =>
    host.container.get(host.registrationsOf.get('bigcommerce')!.forms.find((f) => f.mode === mode)!.handler);
  const check = (job: JobDeclaration, filters: JobFilterValues, on = host) =>
    on.container.get(job.check!).check(filters);
  const source = (registration: OptionSourceRegistration): OptionSource => host.container.get(registration.source);

  async function credential(label: string, token: string, store = HARBOR): Promise<string> {
    const created = await forms('create').create({
      label,
      apiUrl: sandbox.apiUrl(store.hash),
      clientId: 'client',
      clientSecret: 'client-secret',
      accessToken: token,
      status: 'active',
    });
    if (!created.ok) throw new Error(`${created.message} ${JSON.stringify(created.errors)}`);
    return created.id;
  }

  async function edit(id: string, changes: Record<string, unknown>): Promise<void> {
    const result = await forms('edit').update(id, { ...submittedAsShown((await forms('edit').load(id))!), ...changes });
    if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.errors)}`);
  }

  it('passes an export whose token may write, says what each locale and currency becomes, with one store request', async () => {
    const id = await credential('Harbor', 'tok-harbor-modify');
    await edit(id, {
      channelIds: ['1', '2'],
      defaultLocale: 'en',
      localeMapping: { en_US: 'en', fr_FR: 'fr', de_DE: '' },
    });
    const row = async () =>
      scratch().dataSource.query<unknown[]>('SELECT version, verified_at FROM bigcommerce_credentials');
    const before = await row();
    sandbox.clearRequests();

    const report = await check(productExportJob, {
      credentials: id,
      storefronts: ['2'],
      locales: ['fr_FR', 'de_DE'],
      currencies: ['EUR'],
    });
    expect(report).toMatchObject({ ok: true, summary: 'This job can run now.' });
    expect(statuses(report)).toEqual([
      ['Credential', 'ok'],
      ['Access', 'ok'],
      ['Last connection check', 'ok'],
      ['Storefronts', 'ok'],
      ['Locales', 'ok'],
      ['Currencies', 'ok'],
      ['Live request', 'ok'],
    ]);
    expect(lineOf(report, 'Storefronts').items).toEqual(['Harbor Europe (#2)']);
    expect(report.tables).toEqual([
      {
        caption: 'Locales: what each becomes in the store',
        columns: ['PIM locale', 'Store language', 'From'],
        rows: [
          ['fr_FR', 'fr', "the credential's mapping"],
          ['de_DE', 'en', "the credential's default"],
        ],
      },
      {
        caption: 'Currencies: what each becomes in the store',
        columns: ['PIM currency', 'Store currency', 'From'],
        rows: [['EUR', 'EUR', "the credential's mapping"]],
      },
    ]);
    // Exactly one request reached the store, and nothing was written.
    expect(sandbox.requests.map((r) => [r.method, r.route, r.hadToken])).toEqual([['GET', 'products', true]]);
    expect(await row()).toEqual(before);
  });

  it("falls back to the store's defaults when no storefront, locale or currency is chosen", async () => {
    const id = await credential('Harbor', 'tok-harbor-modify');
    const report = await check(productExportJob, { credentials: id });
    expect(report.ok).toBe(true);
    expect(lineOf(report, 'Storefronts')).toMatchObject({
      text: "None chosen: the job writes the store's default storefront.",
      items: ['Harbor US (#1)'],
    });
    expect(report.tables.map((t) => t.rows)).toEqual([
      [['(none chosen)', 'en', "the credential's default"]],
      [['(none chosen)', 'USD', "the credential's default"]],
    ]);
  });

  it('names what cannot be used: a storefront no longer served, a locale with no store language', async () => {
    const id = await credential('Harbor', 'tok-harbor-modify');
    await edit(id, { defaultLocale: '', localeMapping: { en_US: 'en', fr_FR: '', de_DE: '' } });
    const report = await check(productExportJob, { credentials: id, storefronts: ['2'], locales: ['fr_FR'] });
    expect(report).toMatchObject({ ok: false, summary: 'This job would not run now: see what is marked below.' });
    expect(lineOf(report, 'Storefronts')).toMatchObject({
      status: 'error',
      text: 'Storefront #2 is no longer served by the credential: choose the storefronts again.',
    });
    expect(lineOf(report, 'Locales')).toMatchObject({
      status: 'error',
      text: 'fr_FR has no store language: map it on the credential, or give the credential a default language.',
    });
  });

  it('fails the export and passes the import of a read-only token', async () => {
    const id = await credential('Reader', 'tok-harbor-read');
    const exported = await check(productExportJob, { credentials: id });
    expect(exported.ok).toBe(false);
    expect(lineOf(exported, 'Access')).toMatchObject({
      status: 'error',
      text: expect.stringContaining('The token may not write products'),
    });
    const imported = await check(productImportJob, { credentials: id });
    expect(imported).toMatchObject({ ok: true });
    expect(statuses(imported)).toEqual([
      ['Credential', 'ok'],
      ['Access', 'ok'],
      ['Last connection check', 'ok'],
      ['Live request', 'ok'],
    ]);
  });

  it('says in words why a deactivated, deleted or unopenable credential cannot be used, and asks the store nothing', async () => {
    const id = await credential('Harbor', 'tok-harbor-modify');
    sandbox.clearRequests();
    // A host without the key the secrets were sealed with.
    const elsewhere = load({ cipher: new TestCipher([{ id: 'other', key: randomBytes(32) }]) });
    const unopenable = await check(productExportJob, { credentials: id }, elsewhere);
    expect(lineOf(unopenable, 'Credential')).toMatchObject({
      status: 'error',
      text: expect.stringMatching(/cannot be opened on this server \(the key "test1" is missing\)/),
    });

    await edit(id, { status: 'inactive' });
    const inactive = await check(productExportJob, { credentials: id });
    expect(inactive.lines).toEqual([
      { status: 'error', label: 'Credential', text: expect.stringContaining('is inactive') },
      { status: 'error', label: 'Live request', text: 'Not sent: the credential cannot be used.' },
    ]);

    await forms('edit').delete(id);
    const deleted = await check(productImportJob, { credentials: id });
    expect(lineOf(deleted, 'Credential').text).toMatch(/does not exist/);
    expect(await check(productImportJob, {})).toMatchObject({
      ok: false,
      lines: [{ status: 'error', text: 'No credential is chosen: choose one and save the profile.' }],
    });
    expect(sandbox.requests.filter((r) => r.route === 'products')).toEqual([]);
  });

  it("sends nothing once the store's quota is down to its other apps' share, and says so", async () => {
    const id = await credential('Small', 'tok-small-modify', SMALL);
    const provider = host.container.get((await import('@pim/bigcommerce-credentials')).BIGCOMMERCE_CREDENTIAL_PROVIDER);
    const connection = provider.connect(await provider.getActive(id));
    for (let i = 0; i < 30; i++) if ((await connection.get('v2/time').catch(() => null)) === null) break;
    sandbox.clearRequests();
    const report = await check(productExportJob, { credentials: id });
    expect(lineOf(report, 'Live request')).toMatchObject({
      status: 'error',
      text: expect.stringMatching(/^Not sent: Only \d+ requests are left in this store's API quota/),
    });
    expect(sandbox.requests).toEqual([]);
  });

  it('offers a dependent filter only what the chosen credential offers', async () => {
    const harbor = await credential('Harbor', 'tok-harbor-modify');
    await edit(harbor, {
      channelIds: ['1', '2'],
      defaultLocale: '',
      defaultCurrency: 'USD',
      localeMapping: { en_US: 'en', fr_FR: 'fr', de_DE: 'de' },
    });
    const small = await credential('Small', 'tok-small-modify', SMALL);
    const [storefronts, locales, currencies] = productExportJob.filters
      .slice(1, 4)
      .map((f) => source((f as { source: OptionSourceRegistration }).source));
    const ask = (on: OptionSource, credentialId: string) =>
      on.list({ params: { credential: credentialId } }).then((page) => page.options);

    expect(await ask(storefronts!, harbor)).toEqual([
      { id: '1', label: 'Harbor US', hint: "the store's default storefront" },
      { id: '2', label: 'Harbor Europe' },
    ]);
    expect(await ask(storefronts!, small)).toEqual([
      { id: '1', label: 'Small Supplies', hint: "the store's default storefront" },
    ]);
    expect((await ask(locales!, harbor)).map((o) => [o.id, o.hint])).toEqual([
      ['en_US', 'becomes en (mapping)'],
      ['fr_FR', 'becomes fr (mapping)'],
      ['de_DE', 'becomes de (mapping)'],
    ]);
    expect((await ask(currencies!, harbor)).map((o) => o.id)).toEqual(['USD', 'EUR', 'GBP']);
    expect(await ask(locales!, '')).toEqual([]);
    // A saved value the credential no longer offers is shown, marked: it cannot be chosen again.
    expect((await storefronts!.list({ ids: ['2', '7'], params: { credential: harbor } })).options).toEqual([
      { id: '2', label: 'Harbor Europe' },
      { id: '7', label: '7', inactive: true },
    ]);
    await edit(small, { status: 'inactive' });
    expect(await ask(storefronts!, small)).toEqual([]);
  });

  it('speaks the language of the user who asks', async () => {
    const id = await credential('Harbor', 'tok-harbor-modify');
    const report = await check(productExportJob, { credentials: id }, load({ locale: 'de_DE' }));
    expect(report.summary).toBe('Dieser Job kann jetzt laufen.');
    expect(report.tables[0]!.columns).toEqual(['PIM-Sprache', 'Sprache im Shop', 'Quelle']);
  });
});
