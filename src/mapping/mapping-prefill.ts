import type { CodeMapping, StoreListsSnapshot } from '../domain.js';
import { matchStoreLocale } from './code-formats.js';

/**
 * Sensible first mappings the user can change: each PIM locale to the store locale it most likely
 * means (`en_US` → `en`), each PIM currency to the same enabled store currency (`USD` → `USD`).
 * Rows without an obvious match stay empty.
 */
export function prefillMappings(
  pim: { readonly locales: readonly string[]; readonly currencies: readonly string[] },
  lists: StoreListsSnapshot,
): { localeMapping: CodeMapping; currencyMapping: CodeMapping } {
  const storeLocales = lists.locales.map((l) => l.code);
  const enabled = new Set(lists.currencies.filter((c) => c.enabled).map((c) => c.code));
  const localeMapping: Record<string, string> = {};
  for (const locale of pim.locales) {
    const match = matchStoreLocale(locale, storeLocales);
    if (match !== null) localeMapping[locale] = match;
  }
  const currencyMapping: Record<string, string> = {};
  for (const currency of pim.currencies) if (enabled.has(currency)) currencyMapping[currency] = currency;
  return { localeMapping, currencyMapping };
}
