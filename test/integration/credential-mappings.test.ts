import { sandboxStore } from '@pim/bigcommerce-sandbox';
import type { FormState } from '@pim/kernel';

import { InvalidInputError } from '../../src/errors/invalid-input.error.js';
import { CredentialRepository } from '../../src/persistence/credential.repository.js';
import { CredentialService } from '../../src/services/credential.service.js';
import { CredentialFormHandler } from '../../src/admin/credential.form-handler.js';
import { useScratchDatabase } from '../support/databases.js';
import { describeEachEngine } from '../support/describe-each-engine.js';
import { moduleContainer } from '../support/module-harness.js';
import { MULTI_CURRENCY_STORE } from '../support/sandbox-stores.js';
import { useSandbox } from '../support/use-sandbox.js';

const STORES = {
  multi: MULTI_CURRENCY_STORE,
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
  const scratch = useScratchDatabase(engine);
  let now: Date;
  let harness: ReturnType<typeof moduleContainer>;
  let service: CredentialService;
  let forms: CredentialFormHandler;
  let credentials: CredentialRepository;

  beforeEach(async () => {
    await scratch().dataSource.query('DELETE FROM bigcommerce_credentials');
    now = new Date('2026-05-01T10:00:00Z');
    harness = moduleContainer({
      dataSource: scratch().dataSource,
      origins: [sandbox().origin],
      clock: { now: () => now },
    });
    service = harness.container.get(CredentialService);
    forms = harness.container.get(CredentialFormHandler);
    credentials = harness.container.get(CredentialRepository);
  });

  const create = (store: (typeof STORES)[keyof typeof STORES], label = store.hash) =>
    service.create({
      label,
      apiUrl: sandbox().apiUrl(store.hash),
      clientId: 'c',
      clientSecret: 's',
      accessToken: store.tokens[0]!.token,
      status: 'active',
    });
  const page = async (id: number): Promise<FormState> => (await forms.load(String(id)))!;
  const noticeTexts = (state: FormState) => (state.notices ?? []).map((n) => n.text);

  async function fieldErrors(promise: Promise<unknown>): Promise<Record<string, [string, unknown]>> {
    try {
      await promise;
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      return Object.fromEntries(
        Object.entries(error.errors).map(([field, [m]]) => [field, [m!.messageKey, m!.params]]),
      );
    }
    throw new Error('expected the input to be refused');
  }

  it('prefills defaults and mappings from a multi-currency, multi-language store, and offers its lists on the edit page', async () => {
    const created = await create(STORES.multi);
    expect(await credentials.findById(created.id)).toMatchObject({
      defaultCurrency: 'USD',
      defaultLocale: 'en',
      localeMapping: { en_US: 'en', fr_FR: 'fr', de_DE: 'de-DE' },
      currencyMapping: { USD: 'USD', EUR: 'EUR' },
    });
    const state = await page(created.id);
    expect(state.options?.currencyMapping).toEqual([
      { id: 'USD', label: 'USD — US Dollar' },
      { id: 'EUR', label: 'EUR — Euro' },
    ]);
    // es is listed INACTIVE: offered last, marked, and never prefilled.
    expect(state.options?.localeMapping?.map((o) => o.id)).toEqual(['en', 'de-DE', 'fr', 'es']);
    expect(state.mappingRows?.localeMapping).toEqual([
      { key: 'en_US', value: 'en', active: true },
      { key: 'fr_FR', value: 'fr', active: true },
      { key: 'de_DE', value: 'de-DE', active: true },
    ]);
    expect(state.mappingRows?.currencyMapping?.map((r) => [r.key, r.value])).toEqual([
      ['USD', 'USD'],
      ['EUR', 'EUR'],
      ['GBP', ''],
    ]);
    expect(state.notices).toEqual([]);
    expect(JSON.stringify(state)).not.toContain(STORES.multi.tokens[0]!.token);
  });

  it('costs the 3 verification probes and the 5 list reads, each once, to create and land, and nothing to reopen: one read of the row, no write', async () => {
    sandbox().clearRequests();
    const created = await create(STORES.multi);
    await page(created.id);
    // Probes: store, products, products-write. Lists: currencies, locale, graphql, channels, currency-assignments.
    expect(
      sandbox()
        .requests.map((r) => r.route)
        .sort(),
    ).toEqual([
      'channels',
      'currencies',
      'currency-assignments',
      'graphql',
      'locale',
      'products',
      'products-write',
      'store',
    ]);

    sandbox().clearRequests();
    scratch().statements.splice(0);
    now = new Date(now.getTime() + 9 * 60_000);
    const reopened = await page(created.id);
    expect(sandbox().requests).toEqual([]);
    expect(scratch().statements.filter((sql) => /bigcommerce_credentials/i.test(sql))).toHaveLength(1);
    expect(scratch().statements.filter((sql) => /^\s*(INSERT|UPDATE|DELETE)/i.test(sql))).toEqual([]);
    expect(reopened.notices).toEqual([]);
  });

  it('suggests Refresh from store once the lists are older than the configured age, and reads them only when asked', async () => {
    const created = await create(STORES.multi);
    now = new Date(now.getTime() + 11 * 60_000);
    expect(noticeTexts(await page(created.id))).toEqual([expect.stringContaining('Refresh from store')]);
    const aged = moduleContainer({
      dataSource: scratch().dataSource,
      origins: [sandbox().origin],
      clock: { now: () => now },
      settings: { storeListsMaxAgeMinutes: '60' },
      cipher: harness.cipher,
    });
    expect((await aged.container.get(CredentialFormHandler).load(String(created.id)))?.notices).toEqual([]);

    sandbox().clearRequests();
    const refreshed = await forms.refreshLists(String(created.id));
    expect(refreshed).toMatchObject({ ok: true, message: expect.stringContaining('again') });
    expect(
      sandbox()
        .requests.map((r) => r.route)
        .sort(),
    ).toEqual(['channels', 'currencies', 'currency-assignments', 'graphql', 'locale', 'store']);
    expect(noticeTexts(await page(created.id))).toEqual([]);
  });

  it('handles a single-language store whose GraphQL is refused: default only, typed codes accepted', async () => {
    const created = await create(STORES.single);
    expect(await credentials.findById(created.id)).toMatchObject({
      defaultLocale: 'fr',
      defaultCurrency: 'EUR',
      localeMapping: { fr_FR: 'fr' },
      currencyMapping: { EUR: 'EUR' },
    });
    const state = await page(created.id);
    expect(state.options?.localeMapping).toEqual([{ id: 'fr', label: "fr ★ (the store's default language)" }]);
    expect(noticeTexts(state)).toEqual([expect.stringContaining('only its default language')]);
    await service.update(created.id, { version: 1, localeMapping: { fr_FR: 'fr', en_US: 'en-GB', de_DE: 'de' } });
    expect((await credentials.findById(created.id))?.localeMapping).toEqual({
      fr_FR: 'fr',
      en_US: 'en-GB',
      de_DE: 'de',
    });
  });

  it('treats a store whose currency list is a 204 as having none, and checks only the ISO format', async () => {
    const created = await create(STORES.noCurrencies);
    expect((await credentials.findById(created.id))?.currencyMapping).toEqual({});
    expect((await page(created.id)).options?.currencyMapping).toEqual([]);
    // The empty rows are explained, on this store only.
    const notices = async (id: number) => ((await page(id)).notices ?? []).map((n) => n.text);
    expect(await notices(created.id)).toContainEqual(
      expect.stringContaining('BigCommerce lists no enabled currency for the storefronts this credential serves'),
    );
    expect(await notices((await create(STORES.multi)).id)).not.toContainEqual(
      expect.stringContaining('no enabled currency'),
    );
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
      'currencyMapping.USD': ['bigcommerce.validation.storefront-currency', { code: 'JPY', codes: 'USD, EUR' }],
      'currencyMapping.ABC': ['bigcommerce.validation.unknown-pim-currency', { code: 'ABC' }],
      defaultCurrency: ['bigcommerce.validation.storefront-currency', { code: 'GBP', codes: 'USD, EUR' }],
      defaultLocale: ['bigcommerce.validation.store-locale', { code: 'en_US!', row: '-' }],
    });
    expect(sandbox().requests).toHaveLength(0);
    expect((await credentials.get(created.id)).version).toBe(1);
  });

  it('keeps a mapping whose PIM locale was deactivated, shows it inactive, and refuses to change it', async () => {
    const created = await create(STORES.multi);
    harness.catalog.set(['en_US', 'fr_FR'], ['USD', 'EUR', 'GBP']);
    expect((await page(created.id)).mappingRows?.localeMapping).toContainEqual({
      key: 'de_DE',
      value: 'de-DE',
      active: false,
    });
    await service.update(created.id, { version: 1, localeMapping: { en_US: 'en', fr_FR: 'fr', de_DE: 'de-DE' } });
    expect((await credentials.get(created.id)).localeMapping?.de_DE).toBe('de-DE');
    expect(await fieldErrors(service.update(created.id, { version: 1, localeMapping: { de_DE: 'de' } }))).toEqual({
      'localeMapping.de_DE': ['bigcommerce.validation.unknown-pim-locale', { code: 'de_DE' }],
    });
  });

  it('says why a list could not be read again, and keeps the last known lists and saved values', async () => {
    const created = await create(STORES.multi);
    sandbox().fault('multi1', 'currencies', { kind: 'status', status: 503 });
    // What could be read is kept, and the rest is said: a partial refresh, not a failure of this server.
    const failed = await forms.refreshLists(String(created.id));
    expect(failed).toMatchObject({
      ok: true,
      message: expect.stringMatching(/currencies could not be read[\s\S]*unavailable/),
    });
    const state = await page(created.id);
    expect(state.options?.localeMapping).toHaveLength(4);
    expect(state.options?.currencyMapping?.map((o) => o.id)).toEqual(['USD', 'EUR']);
    expect(state.mappingRows?.currencyMapping?.find((r) => r.key === 'USD')?.value).toBe('USD');
  });
});
