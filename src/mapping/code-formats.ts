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
