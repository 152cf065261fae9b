/** A BigCommerce locale: BCP-47-like, `en`, `en-US`, and the odd non-ISO `en-UK` or `ua`. */
export const STORE_LOCALE_CODE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,2}$/i;
/** An ISO 4217 currency code. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;

/**
 * The store locale a PIM locale most likely means: the same code (`en_US` → `en-US`), else its
 * language (`en_US` → `en`), else none. Store codes are compared case-insensitively.
 */
export function matchStoreLocale(pimLocale: string, storeLocales: readonly string[]): string | null {
  const byLower = new Map(storeLocales.map((code) => [code.toLowerCase(), code]));
  const hyphenated = pimLocale.replace(/_/g, '-').toLowerCase();
  const language = hyphenated.split('-')[0]!;
  return byLower.get(hyphenated) ?? byLower.get(language) ?? null;
}
