import { BigcommerceError } from '../../src/errors/bigcommerce.errors.js';
import { STORE_LOCALE_CODE, type StoreChannel, type StoreListsSnapshot } from '../../src/domain.js';
import { matchStoreLocale } from '../../src/mapping/code-formats.js';
import { fitToOffer, prefillStoreValues } from '../../src/mapping/store-values.js';
import { acceptable, offeredCurrencies, offeredLocales, servedChannelIds } from '../../src/mapping/storefront-lists.js';
import { toSnapshot } from '../../src/bigcommerce/store-lists-snapshot.js';
import { withLanguageFallback } from '../../src/bigcommerce/store-locales.reader.js';
import type { StoreLists } from '../../src/bigcommerce/store-lists.reader.js';

const NOW = new Date('2026-03-01T00:00:00Z');
const PIM = { locales: ['en_US', 'fr_FR', 'de_DE'], currencies: ['USD', 'EUR', 'GBP'] };

const storefront = (id: number, currencies: string[], locales: StoreChannel['locales'], status = 'active') => ({
  id,
  name: `Shop ${id}`,
  type: 'storefront',
  status,
  currencies,
  defaultCurrency: currencies[0]!,
  locales,
});

/** The demo's store: GBP is enabled in the store, but not on the default storefront. */
const SHOWCASE: StoreListsSnapshot = {
  currencies: [
    { code: 'USD', name: 'US Dollar', enabled: true, isDefault: true },
    { code: 'EUR', name: 'Euro', enabled: true, isDefault: false },
    { code: 'GBP', name: 'Pound', enabled: true, isDefault: false },
  ],
  locales: [
    { code: 'en', isDefault: true },
    { code: 'fr', isDefault: false },
  ],
  localesFrom: 'graphql',
  channels: [
    storefront(
      1,
      ['USD', 'EUR'],
      [
        { code: 'en', isDefault: true },
        { code: 'fr', isDefault: false },
      ],
    ),
    storefront(
      2,
      ['EUR', 'GBP'],
      [
        { code: 'de', isDefault: true },
        { code: 'fr', isDefault: false },
      ],
    ),
  ],
  readAt: NOW.toISOString(),
};

const lists = (changes: Partial<StoreListsSnapshot>): StoreListsSnapshot => ({ ...SHOWCASE, ...changes });

describe('mapping helpers', () => {
  it('matches a PIM locale to the exact store code first, then to its language', () => {
    expect(matchStoreLocale('en_US', ['en', 'en-US'])).toBe('en-US');
    expect(matchStoreLocale('en_US', ['en', 'fr'])).toBe('en');
    expect(matchStoreLocale('pt_BR', ['PT-br'])).toBe('PT-br');
    expect(matchStoreLocale('de_DE', ['en', 'fr'])).toBeNull();
    expect(matchStoreLocale('zh_Hans_CN', ['zh'])).toBe('zh');
  });

  it('accepts BigCommerce-style locale codes only', () => {
    for (const code of ['en', 'en-US', 'en-UK', 'ua', 'zh-Hans-CN']) expect(STORE_LOCALE_CODE.test(code)).toBe(true);
    for (const code of ['en_US', 'english', 'e', 'en-', '', 'en US']) expect(STORE_LOCALE_CODE.test(code)).toBe(false);
  });

  it("prefills from the default storefront's lists only: a currency enabled elsewhere in the store is not mapped", () => {
    const prefill = prefillStoreValues(PIM, SHOWCASE, { currency: 'USD', language: 'en' });
    expect(prefill).toEqual({
      channelIds: null,
      defaultCurrency: 'USD',
      defaultLocale: 'en',
      localeMapping: { en_US: 'en', fr_FR: 'fr' },
      currencyMapping: { USD: 'USD', EUR: 'EUR' },
    });
    // What was prefilled is exactly what a save accepts: nothing to fit.
    expect(fitToOffer(prefill, SHOWCASE).adjustments).toEqual([]);
  });

  it("takes the storefront's own default when the store's default currency or language is not on it", () => {
    const second = lists({ defaultChannelId: 2 });
    expect(prefillStoreValues(PIM, second, { currency: 'USD', language: 'en' })).toMatchObject({
      defaultCurrency: 'EUR',
      defaultLocale: 'de',
      localeMapping: { fr_FR: 'fr', de_DE: 'de' },
      currencyMapping: { EUR: 'EUR', GBP: 'GBP' },
    });
    expect(servedChannelIds(null, second)).toEqual([2]);
  });

  it('fits values the served storefronts do not offer, keeps those they do, and reports each change', () => {
    const values = {
      channelIds: [2],
      defaultCurrency: 'USD',
      defaultLocale: 'en',
      localeMapping: { en_US: 'en', fr_FR: 'fr' },
      currencyMapping: { USD: 'USD', EUR: 'EUR' },
    };
    const fitted = fitToOffer(values, SHOWCASE);
    expect(fitted.values).toEqual({
      channelIds: [2],
      defaultCurrency: 'EUR',
      defaultLocale: 'de',
      localeMapping: { fr_FR: 'fr' },
      currencyMapping: { EUR: 'EUR' },
    });
    expect(fitted.adjustments).toEqual([
      { field: 'localeMapping', key: 'en_US', from: 'en', to: null },
      { field: 'currencyMapping', key: 'USD', from: 'USD', to: null },
      { field: 'defaultCurrency', key: null, from: 'USD', to: 'EUR' },
      { field: 'defaultLocale', key: null, from: 'en', to: 'de' },
    ]);
    // Fitting what was fitted changes nothing: the page shown after the save saves as it is.
    expect(fitToOffer(fitted.values, SHOWCASE).adjustments).toEqual([]);
  });

  it('keeps a value that cannot be refuted while its list is not known', () => {
    const unknown = lists({ channels: [storefront(1, ['USD'], null)], localesFrom: 'default-language' });
    const values = { ...prefillStoreValues(PIM, unknown, { currency: 'USD', language: 'en' }), defaultLocale: 'de-DE' };
    expect(fitToOffer({ ...values, localeMapping: { de_DE: 'de-AT' } }, unknown).adjustments).toEqual([]);
    expect(acceptable(offeredLocales(unknown, null), 'pt-BR')).toBe(true);
  });

  it('offers the store language for a storefront that lists none active, and the inactive ones marked', () => {
    expect(withLanguageFallback([], 'en')).toEqual([{ code: 'en', isDefault: true, fallback: true }]);
    expect(
      withLanguageFallback(
        [
          { code: 'en', isDefault: true, inactive: true },
          { code: 'fr', isDefault: false, inactive: true },
        ],
        'en',
      ),
    ).toEqual([
      { code: 'en', isDefault: true, fallback: true },
      { code: 'fr', isDefault: false, inactive: true },
    ]);
    const active = [{ code: 'de', isDefault: true }];
    expect(withLanguageFallback(active, 'en')).toEqual(active);

    const catalyst = lists({
      channels: [storefront(1, ['USD'], withLanguageFallback([{ code: 'fr', isDefault: true, inactive: true }], 'en'))],
    });
    const offer = offeredLocales(catalyst, null);
    expect([...offer.codes].map(([code, o]) => [code, o.inactive, o.fallback])).toEqual([
      ['en', false, true],
      ['fr', true, false],
    ]);
    expect(offer.complete).toBe(true);
    // An inactive language may be mapped, but nothing is matched to it without asking.
    expect(prefillStoreValues(PIM, catalyst, { currency: 'USD', language: 'en' }).localeMapping).toEqual({
      en_US: 'en',
    });
    expect(
      fitToOffer(
        { ...prefillStoreValues(PIM, catalyst, { currency: 'USD', language: 'en' }), localeMapping: { fr_FR: 'fr' } },
        catalyst,
      ).adjustments,
    ).toEqual([]);
  });

  it('offers the currencies of a storefront without an assignment as the store enables them', () => {
    const inherits = lists({ channels: [{ ...storefront(1, [], SHOWCASE.locales), currencies: null }] });
    expect([...offeredCurrencies(inherits, null).codes.keys()]).toEqual(['USD', 'EUR', 'GBP']);
  });

  it('keeps the previous list for the part that could not be read, and the store language when there is none', () => {
    const previous: StoreListsSnapshot = {
      currencies: [{ code: 'USD', name: 'US Dollar', enabled: true, isDefault: true }],
      locales: [{ code: 'en', isDefault: true }],
      localesFrom: 'graphql',
      readAt: '2026-01-01T00:00:00.000Z',
    };
    const reading = (problems: StoreLists['problems']): StoreLists => ({
      currencies: [],
      locales: [{ code: 'fr', isDefault: true, fallback: true }],
      localesFrom: 'default-language',
      channels: null,
      channelsTruncated: false,
      channelsReadable: false,
      defaultChannelId: 1,
      problems,
    });
    const unavailable = new BigcommerceError('unavailable');
    expect(toSnapshot(reading([{ list: 'currencies', error: unavailable }]), NOW, previous)).toEqual({
      currencies: previous.currencies,
      locales: [{ code: 'fr', isDefault: true, fallback: true }],
      localesFrom: 'default-language',
      channels: null,
      defaultChannelId: 1,
      readAt: NOW.toISOString(),
    });
    // Languages that made no sense keep the previous list; without one, the store language stands in: never empty.
    const malformed = reading([{ list: 'locales', error: new BigcommerceError('malformed-response') }]);
    expect(toSnapshot(malformed, NOW, previous)?.locales).toEqual(previous.locales);
    expect(toSnapshot(malformed, NOW)?.locales).toEqual([{ code: 'fr', isDefault: true, fallback: true }]);
    const error = new BigcommerceError('timeout');
    const allFailed = reading([
      { list: 'currencies', error },
      { list: 'locales', error },
      { list: 'channels', error },
    ]);
    expect(toSnapshot(allFailed, NOW, previous)).toBe(previous);
    expect(toSnapshot(allFailed, NOW)).toBeNull();
  });
});
