import type { DataSource } from 'typeorm';

import { InvalidInputError } from '../../src/errors/invalid-input.error.js';
import type { StaticPimCatalog } from '@pim/reference-host';
import { sandboxStore } from '@pim/bigcommerce-sandbox';
import { CredentialEditPageService } from '../../src/services/credential-edit-page.service.js';
import { CredentialService } from '../../src/services/credential.service.js';
import { STORE_CURRENCY_OPTIONS, STORE_LOCALE_OPTIONS } from '../../src/tokens.js';
import { openScratch } from '../support/databases.js';
import { describeEachEngine } from '../support/describe-each-engine.js';
import { moduleContainer } from '../support/module-harness.js';
import { useSandbox } from '../support/use-sandbox.js';

const STORES = {
  multi: sandboxStore({
    hash: 'multi1',
    name: 'Multi Currency Mart',
    currencies: [
      { code: 'USD', name: 'US Dollar', enabled: true, isDefault: true, transactional: true },
      { code: 'EUR', name: 'Euro', enabled: true, isDefault: false, transactional: true },
      { code: 'GBP', name: 'Pound Sterling', enabled: false, isDefault: false, transactional: false },
    ],
    graphqlLocales: [
      { code: 'en', status: 'ACTIVE', isDefault: true },
      { code: 'fr', status: 'ACTIVE', isDefault: false },
      { code: 'de-DE', status: 'ACTIVE', isDefault: false },
    ],
  }),
  single: sandboxStore({
    hash: 'single1',
    defaultLanguage: 'fr',
    graphqlLocales: 'forbidden',
    currencies: [{ code: 'EUR', name: 'Euro', enabled: true, isDefault: true, transactional: true }],
  }),
  noCurrencies: sandboxStore({ hash: 'nocur1', currencies: [], graphqlLocales: 'forbidden' }),
};

const sandbox = useSandbox({ stores: Object.values(STORES) });

describeEachEngine('locale and currency mapping', (engine) => {
  let handle: Awaited<ReturnType<typeof openScratch>>;
  let db: DataSource;
  let service: CredentialService;
  let editPage: CredentialEditPageService;
  let catalog: StaticPimCatalog;
  let harness: ReturnType<typeof moduleContainer>;

  beforeAll(async () => {
    handle = await openScratch(engine, { migrate: true });
    db = handle.dataSource;
  });
  afterAll(async () => handle.close());
  beforeEach(async () => {
    await db.query('DELETE FROM bigcommerce_credentials');
    harness = moduleContainer({ dataSource: db, origins: [sandbox().origin] });
    service = harness.container.get(CredentialService);
    editPage = harness.container.get(CredentialEditPageService);
    catalog = harness.catalog;
  });

  const create = (store: (typeof STORES)[keyof typeof STORES], label = store.hash) =>
    service.create({ label, apiUrl: sandbox().apiUrl(store.hash), clientId: 'c', clientSecret: 's', accessToken: store.tokens[0]!.token, status: 'active' });

  async function fieldErrors(promise: Promise<unknown>): Promise<Record<string, [string, unknown]>> {
    try {
      await promise;
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      return Object.fromEntries(Object.entries(error.errors).map(([field, [m]]) => [field, [m!.messageKey, m!.params]]));
    }
    throw new Error('expected the input to be refused');
  }

  it('prefills defaults and mappings from a multi-currency, multi-language store', async () => {
    const created = await create(STORES.multi);
    expect(created).toMatchObject({
      defaultCurrency: 'USD',
      defaultLocale: 'en',
      localeMapping: { en_US: 'en', fr_FR: 'fr', de_DE: 'de-DE' },
      currencyMapping: { USD: 'USD', EUR: 'EUR' },
    });
    const page = await editPage.load(created.id);
    expect(page.storeCurrencies.map((c) => [c.code, c.enabled])).toEqual([['USD', true], ['EUR', true], ['GBP', false]]);
    expect(page.storeLocales.map((l) => l.code)).toEqual(['en', 'de-DE', 'fr']);
    expect(page.localeRows).toEqual([
      { pimCode: 'en_US', value: 'en', active: true },
      { pimCode: 'fr_FR', value: 'fr', active: true },
      { pimCode: 'de_DE', value: 'de-DE', active: true },
    ]);
    expect(page.currencyRows.map((r) => [r.pimCode, r.value])).toEqual([['USD', 'USD'], ['EUR', 'EUR'], ['GBP', '']]);
    expect(page.notices).toEqual([]);
    expect(JSON.stringify(page)).not.toContain(STORES.multi.tokens[0]!.token);
  });

  it('reads the lists once per edit page, all at once', async () => {
    const created = await create(STORES.multi);
    sandbox().clearRequests();
    await editPage.load(created.id);
    expect(sandbox().requests.map((r) => r.route).sort()).toEqual(['currencies', 'graphql', 'locale']);
  });

  it('handles a single-language store whose GraphQL is refused: default only, typed codes accepted', async () => {
    const created = await create(STORES.single);
    expect(created).toMatchObject({ defaultLocale: 'fr', defaultCurrency: 'EUR', localeMapping: { fr_FR: 'fr' }, currencyMapping: { EUR: 'EUR' } });
    const page = await editPage.load(created.id);
    expect(page.storeLocales).toEqual([{ code: 'fr', isDefault: true }]);
    expect(page.notices.map((n) => n.messageKey)).toEqual(['bigcommerce.credentials.form.locales-default-only']);
    const saved = await service.update(created.id, { version: 1, localeMapping: { fr_FR: 'fr', en_US: 'en-GB', de_DE: 'de' } });
    expect(saved.localeMapping).toEqual({ fr_FR: 'fr', en_US: 'en-GB', de_DE: 'de' });
  });

  it('treats a store whose currency list is a 204 as having none, and checks only the ISO format', async () => {
    const created = await create(STORES.noCurrencies);
    expect(created.currencyMapping).toEqual({});
    expect((await editPage.load(created.id)).storeCurrencies).toEqual([]);
    await service.update(created.id, { version: 1, currencyMapping: { USD: 'USD' } });
    expect(await fieldErrors(service.update(created.id, { version: 2, currencyMapping: { USD: 'usd$' } }))).toEqual({
      'currencyMapping.USD': ['bigcommerce.validation.store-currency', { code: 'usd$', row: 'USD' }],
    });
  });

  it('rejects invalid rows, naming each, without calling BigCommerce and without storing anything', async () => {
    const created = await create(STORES.multi);
    sandbox().clearRequests();
    const errors = await fieldErrors(
      service.update(created.id, {
        version: 1,
        localeMapping: { en_US: 'English please', xx_YY: 'en' },
        currencyMapping: { USD: 'JPY', EUR: 'EUR', ABC: 'USD' },
        defaultCurrency: 'GBP',
        defaultLocale: 'en_US!',
      }),
    );
    expect(errors).toEqual({
      'localeMapping.en_US': ['bigcommerce.validation.store-locale', { code: 'English please', row: 'en_US' }],
      'localeMapping.xx_YY': ['bigcommerce.validation.unknown-pim-locale', { code: 'xx_YY' }],
      'currencyMapping.USD': ['bigcommerce.validation.store-currency', { code: 'JPY', row: 'USD' }],
      'currencyMapping.ABC': ['bigcommerce.validation.unknown-pim-currency', { code: 'ABC' }],
      defaultCurrency: ['bigcommerce.validation.store-currency', { code: 'GBP', row: '-' }],
      defaultLocale: ['bigcommerce.validation.store-locale', { code: 'en_US!', row: '-' }],
    });
    expect(sandbox().requests).toHaveLength(0);
    expect((await service.getForEdit(created.id)).version).toBe(1);
  });

  it('keeps a mapping whose PIM locale was deactivated, shows it inactive, and refuses to change it', async () => {
    const created = await create(STORES.multi);
    catalog.set(['en_US', 'fr_FR'], ['USD', 'EUR', 'GBP']);
    const page = await editPage.load(created.id);
    expect(page.localeRows).toContainEqual({ pimCode: 'de_DE', value: 'de-DE', active: false });
    const kept = await service.update(created.id, { version: 1, localeMapping: { en_US: 'en', fr_FR: 'fr', de_DE: 'de-DE' } });
    expect(kept.localeMapping.de_DE).toBe('de-DE');
    expect(await fieldErrors(service.update(created.id, { version: 1, localeMapping: { de_DE: 'de' } }))).toEqual({
      'localeMapping.de_DE': ['bigcommerce.validation.unknown-pim-locale', { code: 'de_DE' }],
    });
  });

  it('says why when the lists cannot be read, and keeps the last known lists and saved values', async () => {
    const created = await create(STORES.multi);
    sandbox().fault('multi1', 'currencies', { kind: 'status', status: 503 });
    const page = await editPage.load(created.id);
    expect(page.notices).toEqual([
      {
        messageKey: 'bigcommerce.credentials.form.currencies-unavailable',
        params: {},
        cause: { messageKey: 'bigcommerce.verification.unavailable', params: { status: 503 } },
      },
    ]);
    expect(page.storeLocales.length).toBe(3);
    expect(page.currencyRows.find((r) => r.pimCode === 'USD')?.value).toBe('USD');

    sandbox().fault('multi1', 'locale', { kind: 'hang' });
    sandbox().fault('multi1', 'graphql', { kind: 'status', status: 401 });
    const down = await moduleContainer({ dataSource: db, origins: [sandbox().origin], settings: { requestTimeoutMs: '300' } })
      .container.get(CredentialEditPageService)
      .load(created.id);
    expect(down.notices.map((n) => n.messageKey)).toContain('bigcommerce.credentials.form.locales-unavailable');
    expect(down.storeCurrencies.map((c) => c.code)).toEqual(['USD', 'EUR', 'GBP']);
  });

  it('feeds the edit form selects from the remembered lists, without calling BigCommerce', async () => {
    const created = await create(STORES.multi);
    sandbox().clearRequests();
    const currencies = harness.container.get(STORE_CURRENCY_OPTIONS);
    const locales = harness.container.get(STORE_LOCALE_OPTIONS);
    const params = { credentialId: String(created.id) };
    expect((await currencies.list({ params })).options).toEqual([
      { id: 'USD', label: 'USD — US Dollar' },
      { id: 'EUR', label: 'EUR — Euro' },
    ]);
    expect((await locales.list({ params, query: 'DE' })).options).toEqual([{ id: 'de-DE', label: 'de-DE' }]);
    expect((await locales.list({ params, ids: ['fr', 'pt-BR'] })).options).toEqual([
      { id: 'fr', label: 'fr' },
      { id: 'pt-BR', label: 'pt-BR' },
    ]);
    expect((await currencies.list({ params: { credentialId: '999999' } })).options).toEqual([]);
    expect(sandbox().requests).toHaveLength(0);
  });
});
