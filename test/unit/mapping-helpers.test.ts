import { BigcommerceError } from '../../src/errors/bigcommerce.errors.js';
import { STORE_LOCALE_CODE } from '../../src/domain.js';
import { matchStoreLocale } from '../../src/mapping/code-formats.js';
import { prefillMappings } from '../../src/mapping/mapping-prefill.js';
import { toSnapshot } from '../../src/bigcommerce/store-lists-snapshot.js';

const NOW = new Date('2026-03-01T00:00:00Z');

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

  it('prefills only obvious matches and only enabled currencies', () => {
    const lists = {
      currencies: [
        { code: 'USD', name: 'US Dollar', enabled: true, isDefault: true },
        { code: 'GBP', name: 'Pound', enabled: false, isDefault: false },
      ],
      locales: [{ code: 'en', isDefault: true }],
      localesFrom: 'default-language' as const,
      readAt: NOW.toISOString(),
    };
    expect(prefillMappings({ locales: ['en_US', 'fr_FR'], currencies: ['USD', 'GBP', 'EUR'] }, lists)).toEqual({
      localeMapping: { en_US: 'en' },
      currencyMapping: { USD: 'USD' },
    });
  });

  it('keeps the previous list for the part that could not be read', () => {
    const previous = {
      currencies: [{ code: 'USD', name: 'US Dollar', enabled: true, isDefault: true }],
      locales: [{ code: 'en', isDefault: true }],
      localesFrom: 'graphql' as const,
      readAt: '2026-01-01T00:00:00.000Z',
    };
    const failedCurrencies = toSnapshot(
      {
        currencies: [],
        locales: [{ code: 'fr', isDefault: true }],
        localesFrom: 'default-language',
        channels: null,
        channelsReadable: false,
        problems: [{ list: 'currencies', error: new BigcommerceError('unavailable') }],
      },
      NOW,
      previous,
    );
    expect(failedCurrencies).toEqual({
      currencies: previous.currencies,
      locales: [{ code: 'fr', isDefault: true }],
      localesFrom: 'default-language',
      channels: null,
      readAt: NOW.toISOString(),
    });
    const error = new BigcommerceError('timeout');
    const allFailed = {
      currencies: [],
      locales: [],
      localesFrom: 'none' as const,
      channels: null,
      channelsReadable: null,
      problems: [
        { list: 'currencies' as const, error },
        { list: 'locales' as const, error },
        { list: 'channels' as const, error },
      ],
    };
    expect(toSnapshot(allFailed, NOW, previous)).toBe(previous);
    expect(toSnapshot(allFailed, NOW)).toBeNull();
  });
});
