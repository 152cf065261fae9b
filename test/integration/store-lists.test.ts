import { StoreListsReader } from '../../src/bigcommerce/store-lists.reader.js';
import { sandboxStore } from '@pim/bigcommerce-sandbox';
import { moduleContainer } from '../support/module-harness.js';
import { MULTI_CURRENCY_STORE } from '../support/sandbox-stores.js';
import { useSandbox } from '../support/use-sandbox.js';

const STORES = {
  multiCurrency: MULTI_CURRENCY_STORE,
  singleLanguage: sandboxStore({ hash: 'single1', defaultLanguage: 'fr', graphqlLocales: 'forbidden' }),
  noCurrencies: sandboxStore({ hash: 'nocur1', currencies: [], graphqlLocales: [] }),
  listDefault: sandboxStore({ hash: 'list1', defaultLanguage: 'en, en-us', graphqlLocales: 'forbidden' }),
};

const sandbox = useSandbox({ stores: Object.values(STORES) });

const read = (store: (typeof STORES)[keyof typeof STORES]) =>
  moduleContainer({ origins: [sandbox().origin] })
    .container.get(StoreListsReader)
    .read({ apiUrl: sandbox().apiUrl(store.hash), accessToken: store.tokens[0]!.token });

describe("the store's currency and locale lists", () => {
  it('lists every currency of a multi-currency store and the active channel locales from GraphQL', async () => {
    const lists = await read(STORES.multiCurrency);
    expect(lists.currencies.map((c) => [c.code, c.enabled, c.isDefault])).toEqual([
      ['USD', true, true],
      ['EUR', true, false],
      ['GBP', false, false],
    ]);
    expect(lists.locales).toEqual([
      { code: 'en', isDefault: true },
      { code: 'de-DE', isDefault: false },
      { code: 'fr', isDefault: false },
    ]);
    expect(lists.localesFrom).toBe('graphql');
    expect(lists.problems).toEqual([]);
    expect(
      sandbox()
        .requests.map((r) => r.route)
        .sort(),
    ).toEqual(['currencies', 'graphql', 'locale']);
  });

  it('falls back to the default language alone when GraphQL is refused with 403', async () => {
    const lists = await read(STORES.singleLanguage);
    expect(lists.locales).toEqual([{ code: 'fr', isDefault: true }]);
    expect(lists.localesFrom).toBe('default-language');
    expect(lists.problems).toEqual([]);
  });

  it('reads a list-valued default shopper language', async () => {
    expect((await read(STORES.listDefault)).locales).toEqual([
      { code: 'en', isDefault: true },
      { code: 'en-us', isDefault: false },
    ]);
  });

  it('treats a 204 currency list as no currencies', async () => {
    const lists = await read(STORES.noCurrencies);
    expect(lists.currencies).toEqual([]);
    expect(lists.problems).toEqual([]);
    expect(lists.locales).toEqual([{ code: 'en', isDefault: true }]);
  });

  it('says which list could not be read, and why, while keeping the other', async () => {
    sandbox().fault('multi1', 'currencies', { kind: 'status', status: 503 });
    const lists = await read(STORES.multiCurrency);
    expect(lists.currencies).toEqual([]);
    expect(lists.problems.map((p) => [p.list, p.error.messageKey])).toEqual([
      ['currencies', 'bigcommerce.verification.unavailable'],
    ]);
    expect(lists.locales.length).toBe(3);
  });
});
