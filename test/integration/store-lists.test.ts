import { sandboxCatalogue, sandboxStore, type SandboxChannel } from '@pim/bigcommerce-sandbox';

import { StoreInspector } from '../../src/bigcommerce/store-inspector.js';
import { StoreListsReader } from '../../src/bigcommerce/store-lists.reader.js';
import { MAX_STOREFRONTS } from '../../src/domain.js';
import { moduleContainer } from '../support/module-harness.js';
import { MULTI_CURRENCY_STORE, MULTI_STOREFRONT_STORE } from '../support/sandbox-stores.js';
import { useSandbox } from '../support/use-sandbox.js';

const CATALOGUE = Object.fromEntries(sandboxCatalogue('plain1', 'Plain Outfitters').map((e) => [e.store.hash, e]));

/** More storefronts than are read: 10 pages of 50, and 20 more. */
const CROWDED = sandboxStore({
  hash: 'crowd1',
  name: 'Crowded Mall',
  channels: Array.from({ length: MAX_STOREFRONTS + 20 }, (_, i): SandboxChannel => ({
    id: i + 1,
    name: `Mall ${i + 1}`,
    type: 'storefront',
    status: 'active',
    currencies: ['USD'],
    defaultCurrency: 'USD',
    locales: [{ code: 'en', status: 'ACTIVE', isDefault: true }],
  })),
});

const STORES = {
  multiCurrency: MULTI_CURRENCY_STORE,
  singleLanguage: sandboxStore({ hash: 'single1', defaultLanguage: 'fr', graphqlLocales: 'forbidden' }),
  noCurrencies: sandboxStore({ hash: 'nocur1', currencies: [], graphqlLocales: [] }),
  listDefault: sandboxStore({ hash: 'list1', defaultLanguage: 'en, en-us', graphqlLocales: 'forbidden' }),
  multiStorefront: MULTI_STOREFRONT_STORE,
  crowded: CROWDED,
};

const sandbox = useSandbox({
  stores: [...Object.values(STORES), ...Object.values(CATALOGUE).map((e) => e.store)],
});

const harness = () => moduleContainer({ origins: [sandbox().origin] }).container;
const connection = (hash: string, token: string) => ({
  apiUrl: sandbox().apiUrl(hash),
  storeHash: hash,
  accessToken: token,
});
/** The lists alone, as the reader reads them beside verification (which tells nothing here). */
const read = (store: { hash: string; tokens: readonly { token: string }[] }, token = store.tokens[0]!.token) =>
  harness().get(StoreListsReader).read(connection(store.hash, token), Promise.resolve(null));
/** The lists as Refresh from store reads them: with `GET v2/store` for the store's defaults. */
const refresh = (hash: string) =>
  harness().get(StoreInspector).readLists(connection(hash, CATALOGUE[hash]!.token), null);

describe("the store's currency and locale lists", () => {
  it('lists every currency of a multi-currency store and the channel locales from GraphQL, inactive ones marked', async () => {
    const lists = await read(STORES.multiCurrency);
    expect(lists.currencies.map((c) => [c.code, c.enabled, c.isDefault])).toEqual([
      ['USD', true, true],
      ['EUR', true, false],
      ['GBP', false, false],
    ]);
    const expected = [
      { code: 'en', isDefault: true },
      { code: 'fr', isDefault: false },
      { code: 'de-DE', isDefault: false },
      { code: 'es', isDefault: false, inactive: true },
    ];
    expect(lists.locales).toEqual(expected);
    expect(lists.localesFrom).toBe('graphql');
    expect(lists.problems).toEqual([]);
    expect(
      sandbox()
        .requests.map((r) => `${r.method} ${r.path.replace('/stores/multi1/', '')}`)
        .sort(),
    ).toEqual([
      'GET v2/currencies?page=1&limit=50',
      'GET v3/channels/currency-assignments',
      'GET v3/channels?type%3Ain=storefront&available=true&page=1&limit=50',
      'GET v3/settings/store/locale',
      'POST graphql',
    ]);
    expect(lists.channels).toEqual([
      {
        id: 1,
        name: 'Multi Currency Mart',
        type: 'storefront',
        status: 'active',
        currencies: ['USD', 'EUR'],
        defaultCurrency: 'USD',
        locales: expected,
      },
    ]);
    expect(lists.channelsReadable).toBe(true);
  });

  it("reads every servable storefront's currencies and languages in one GraphQL request; marketplaces are not asked for", async () => {
    const lists = await read(STORES.multiStorefront);
    expect(lists.channels!.map((c) => [c.id, c.name, c.type, c.status])).toEqual([
      [1, 'Harbor US', 'storefront', 'active'],
      [2, 'Harbor Europe', 'storefront', 'active'],
      [3, 'Harbor UK', 'storefront', 'prelaunch'],
      [4, 'Harbor Outlet', 'storefront', 'inactive'],
    ]);
    expect(lists.channels!.map((c) => [c.id, c.currencies, c.defaultCurrency])).toEqual([
      [1, ['USD', 'EUR'], 'USD'],
      [2, ['EUR', 'GBP', 'JPY'], 'EUR'],
      [3, ['GBP'], 'GBP'],
      [4, ['USD'], 'USD'],
    ]);
    // An inactive storefront is down for maintenance, not gone: its languages are read too.
    expect(
      lists.channels!.map((c) => [c.id, c.locales?.map((l) => `${l.code}${l.inactive ? '(inactive)' : ''}`)]),
    ).toEqual([
      [1, ['en', 'fr']],
      [2, ['de', 'fr', 'es(inactive)']],
      [3, ['en-GB']],
      [4, ['en']],
    ]);
    expect(sandbox().requests.filter((r) => r.route === 'graphql')).toHaveLength(1);
    expect(sandbox().requests).toHaveLength(5);
  });

  it('reads every page of a store with 120 channels, and only the storefronts that are not gone', async () => {
    const halls = CATALOGUE['halls1']!.store;
    const lists = await refresh('halls1');
    const servable = halls.channels!.filter(
      (c) => c.type === 'storefront' && ['active', 'prelaunch', 'inactive'].includes(c.status),
    );
    expect(servable.length).toBeGreaterThan(50);
    expect(lists.lists?.channels?.map((c) => c.id)).toEqual(servable.map((c) => c.id));
    expect(lists.lists?.channelsTruncated).toBeUndefined();
    const pages = sandbox().requests.filter((r) => r.route === 'channels');
    expect(pages.map((r) => new URL(r.path, 'http://x').searchParams.get('page'))).toEqual(['1', '2']);
    // Every storefront's languages, 25 storefronts a request.
    expect(sandbox().requests.filter((r) => r.route === 'graphql')).toHaveLength(Math.ceil(servable.length / 25));
    expect(lists.lists?.channels?.every((c) => c.locales !== null && c.locales.length > 0)).toBe(true);
  });

  it('stops after 10 pages of storefronts and says the store has more', async () => {
    const lists = await read(STORES.crowded);
    expect(lists.channels).toHaveLength(MAX_STOREFRONTS);
    expect(lists.channelsTruncated).toBe(true);
    expect(sandbox().requests.filter((r) => r.route === 'channels')).toHaveLength(10);
  });

  it('takes the default storefront from v2/store default_channel_id, not channel 1', async () => {
    const reading = await refresh('second1');
    expect(reading.lists).toMatchObject({ defaultChannelId: 2, locales: [{ code: 'en' }, { code: 'fr' }] });
    const graphql = sandbox().requests.find((r) => r.route === 'graphql');
    expect(graphql).toBeDefined();
  });

  it('accepts channels that carry only id and name', async () => {
    const reading = await refresh('bare1');
    expect(reading.problems).toEqual([]);
    expect(reading.lists?.channels?.map((c) => [c.id, c.type, c.status])).toEqual([
      [1, 'storefront', null],
      [2, 'storefront', null],
    ]);
    expect(reading.lists?.channels?.[1]?.locales?.map((l) => l.code)).toEqual(['en', 'es']);
  });

  it("offers the store's default language when a storefront lists only inactive languages, or none", async () => {
    const catalyst = await refresh('catalyst1');
    expect(catalyst.lists).toMatchObject({
      localesFrom: 'graphql',
      locales: [
        { code: 'en', isDefault: true, fallback: true },
        { code: 'fr', isDefault: false, inactive: true },
      ],
    });
    const quiet = await refresh('quiet1');
    expect(quiet.lists).toMatchObject({ localesFrom: 'graphql', locales: [{ code: 'de', fallback: true }] });
    expect(quiet.problems).toEqual([]);
  });

  it('says the languages make no sense when GraphQL answers a null edge, and keeps the store language', async () => {
    const edges = await refresh('edges1');
    expect(edges.problems.map((p) => [p.list, p.error.messageKey])).toEqual([
      ['locales', 'bigcommerce.verification.malformed-response'],
    ]);
    expect(edges.lists).toMatchObject({
      localesFrom: 'default-language',
      locales: [{ code: 'en', isDefault: true, fallback: true }],
    });
  });

  it('counts the store as its default storefront alone when the token lacks Channel Settings, without an error', async () => {
    const lists = await read(STORES.multiStorefront, 'tok-msf-no-channels');
    expect(lists.channels).toBeNull();
    expect(lists.channelsReadable).toBe(false);
    expect(lists.problems).toEqual([]);
    expect(lists.locales.map((l) => l.code)).toEqual(['en', 'fr']);
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
  });

  it("leaves a storefront's currencies unknown when their assignment cannot be read, and refuses channels of the wrong shape", async () => {
    sandbox().fault('msf1', 'currency-assignments', { kind: 'status', status: 500 });
    const partial = await read(STORES.multiStorefront);
    expect(partial.channels!.every((c) => c.currencies === null)).toBe(true);
    expect(partial.problems).toEqual([]);
    sandbox().clearFaults();

    for (const data of [
      [{ id: 1, name: 'Main', type: 'storefront; DROP', status: 'active' }],
      [null],
      [{ id: '1', name: 'Main' }],
      [{ id: 1 }],
      'channels',
    ]) {
      sandbox().fault('msf1', 'channels', { kind: 'status', status: 200, body: { data, meta: {} } }, 1);
      const nonsense = await read(STORES.multiStorefront);
      expect([data, nonsense.channels]).toEqual([data, null]);
      expect(nonsense.problems.map((p) => [p.list, p.error.messageKey])).toEqual([
        ['channels', 'bigcommerce.verification.malformed-response'],
      ]);
    }
  });

  it('falls back to the default language alone when GraphQL is refused with 403', async () => {
    const lists = await read(STORES.singleLanguage);
    expect(lists.locales).toEqual([{ code: 'fr', isDefault: true, fallback: true }]);
    expect(lists.localesFrom).toBe('default-language');
    expect(lists.problems).toEqual([]);
  });

  it('reads a list-valued default shopper language', async () => {
    expect((await read(STORES.listDefault)).locales).toEqual([
      { code: 'en', isDefault: true, fallback: true },
      { code: 'en-us', isDefault: false, fallback: true },
    ]);
  });

  it('treats a 204 currency list as no currencies, and a storefront without languages as speaking the store language', async () => {
    const lists = await read(STORES.noCurrencies);
    expect(lists.currencies).toEqual([]);
    expect(lists.problems).toEqual([]);
    expect(lists.locales).toEqual([{ code: 'en', isDefault: true, fallback: true }]);
  });

  it('reads every page of the currencies', async () => {
    const many = sandboxStore({
      hash: 'manycur1',
      currencies: Array.from({ length: 120 }, (_, i) => ({
        code: `C${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`,
        name: `Currency ${i}`,
        enabled: true,
        isDefault: i === 0,
        transactional: true,
      })),
    });
    sandbox().addStore(many);
    const lists = await read(many);
    expect(lists.currencies).toHaveLength(120);
    expect(
      sandbox()
        .requests.filter((r) => r.route === 'currencies')
        .map((r) => r.status),
    ).toEqual([200, 200, 200]);
  });

  it('says which list could not be read, and why, while keeping the other', async () => {
    sandbox().fault('multi1', 'currencies', { kind: 'status', status: 503 });
    const lists = await read(STORES.multiCurrency);
    expect(lists.currencies).toEqual([]);
    expect(lists.problems.map((p) => [p.list, p.error.messageKey])).toEqual([
      ['currencies', 'bigcommerce.verification.store-unavailable'],
    ]);
    expect(lists.locales.length).toBe(4);
  });
});
