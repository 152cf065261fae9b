import { StoreListsReader } from '../../src/bigcommerce/store-lists.reader.js';
import { sandboxStore } from '@pim/bigcommerce-sandbox';
import { moduleContainer } from '../support/module-harness.js';
import { MULTI_CURRENCY_STORE, MULTI_STOREFRONT_STORE } from '../support/sandbox-stores.js';
import { useSandbox } from '../support/use-sandbox.js';

const STORES = {
  multiCurrency: MULTI_CURRENCY_STORE,
  singleLanguage: sandboxStore({ hash: 'single1', defaultLanguage: 'fr', graphqlLocales: 'forbidden' }),
  noCurrencies: sandboxStore({ hash: 'nocur1', currencies: [], graphqlLocales: [] }),
  listDefault: sandboxStore({ hash: 'list1', defaultLanguage: 'en, en-us', graphqlLocales: 'forbidden' }),
  multiStorefront: MULTI_STOREFRONT_STORE,
};

const sandbox = useSandbox({ stores: Object.values(STORES) });

const read = (store: (typeof STORES)[keyof typeof STORES], token = store.tokens[0]!.token) =>
  moduleContainer({ origins: [sandbox().origin] })
    .container.get(StoreListsReader)
    .read({ apiUrl: sandbox().apiUrl(store.hash), accessToken: token });

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
    ).toEqual(['channels', 'currencies', 'currency-assignments', 'graphql', 'locale']);
    // One storefront: its languages came with the other lists, no second GraphQL request.
    expect(lists.channels).toEqual([
      {
        id: 1,
        name: 'Multi Currency Mart',
        type: 'storefront',
        status: 'active',
        currencies: ['USD', 'EUR'],
        defaultCurrency: 'USD',
        locales: [
          { code: 'en', isDefault: true },
          { code: 'fr', isDefault: false },
          { code: 'de-DE', isDefault: false },
        ],
      },
    ]);
    expect(lists.channelsReadable).toBe(true);
  });

  it("reads every storefront's currencies and languages: one more GraphQL request, for the storefronts that can be chosen", async () => {
    sandbox().clearRequests();
    const lists = await read(STORES.multiStorefront);
    expect(lists.channels!.map((c) => [c.id, c.name, c.type, c.status])).toEqual([
      [1, 'Harbor US', 'storefront', 'active'],
      [2, 'Harbor Europe', 'storefront', 'active'],
      [3, 'Harbor UK', 'storefront', 'prelaunch'],
      [4, 'Harbor Outlet', 'storefront', 'inactive'],
      [5, 'Harbor on Amazon', 'marketplace', 'connected'],
    ]);
    expect(lists.channels!.map((c) => [c.id, c.currencies, c.defaultCurrency])).toEqual([
      [1, ['USD', 'EUR'], 'USD'],
      [2, ['EUR', 'GBP', 'JPY'], 'EUR'],
      [3, ['GBP'], 'GBP'],
      [4, ['USD'], 'USD'],
      [5, ['USD'], 'USD'],
    ]);
    // Inactive languages are left out; the outlet (inactive) and the marketplace are not asked for theirs.
    expect(lists.channels!.map((c) => [c.id, c.locales?.map((l) => l.code) ?? null])).toEqual([
      [1, ['en', 'fr']],
      [2, ['de', 'fr']],
      [3, ['en-GB']],
      [4, null],
      [5, null],
    ]);
    const graphql = sandbox().requests.filter((r) => r.route === 'graphql');
    expect(graphql).toHaveLength(2);
    expect(sandbox().requests).toHaveLength(6);
  });

  it('counts the store as its default storefront alone when the token lacks Channel Settings, without an error', async () => {
    sandbox().clearRequests();
    const lists = await read(STORES.multiStorefront, 'tok-msf-no-channels');
    expect(lists.channels).toBeNull();
    expect(lists.channelsReadable).toBe(false);
    expect(lists.problems).toEqual([]);
    expect(lists.locales.map((l) => l.code)).toEqual(['en', 'fr']);
    // Refused channels mean no second GraphQL request either.
    expect(sandbox().requests.filter((r) => r.route === 'graphql')).toHaveLength(1);
  });

  it('names the channels as a list that could not be read when BigCommerce fails, and keeps the others', async () => {
    sandbox().fault('msf1', 'channels', { kind: 'status', status: 502 });
    const lists = await read(STORES.multiStorefront);
    expect(lists.channels).toBeNull();
    expect(lists.channelsReadable).toBeNull();
    expect(lists.problems.map((p) => [p.list, p.error.messageKey])).toEqual([
      ['channels', 'bigcommerce.verification.unavailable'],
    ]);
    expect(lists.currencies).toHaveLength(4);
    sandbox().clearFaults();
  });

  it("leaves a storefront's currencies unknown when their assignment cannot be read, and refuses channels of the wrong shape", async () => {
    sandbox().fault('msf1', 'currency-assignments', { kind: 'status', status: 500 });
    const partial = await read(STORES.multiStorefront);
    expect(partial.channels!.every((c) => c.currencies === null)).toBe(true);
    expect(partial.problems).toEqual([]);
    sandbox().clearFaults();

    sandbox().fault('msf1', 'channels', {
      kind: 'status',
      status: 200,
      body: { data: [{ id: 1, name: 'Main', type: 'storefront; DROP', status: 'active' }] },
    });
    const nonsense = await read(STORES.multiStorefront);
    expect(nonsense.channels).toBeNull();
    expect(nonsense.problems.map((p) => [p.list, p.error.messageKey])).toEqual([
      ['channels', 'bigcommerce.verification.malformed-response'],
    ]);
    sandbox().clearFaults();
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
