import type { FieldErrors, FieldMessage } from '../errors/invalid-input.error.js';
import { CURRENCY_CODE, STORE_LOCALE_CODE, type CodeMapping, type StoreListsSnapshot } from '../domain.js';

/** What the submitted mappings are checked against. */
export interface MappingContext {
  readonly activeLocales: readonly string[];
  readonly activeCurrencies: readonly string[];
  /** What is stored now: a row of a since-deactivated PIM code may be sent back unchanged. */
  readonly stored: { readonly localeMapping: CodeMapping; readonly currencyMapping: CodeMapping };
  readonly lists: StoreListsSnapshot | null;
}

/** The submitted part of the edit form that concerns mappings and defaults. */
export interface MappingInput {
  readonly localeMapping?: CodeMapping;
  readonly currencyMapping?: CodeMapping;
  readonly defaultCurrency?: string;
  readonly defaultLocale?: string;
}

/**
 * Checks every row and names it: keys must be PIM codes the host knows (or rows already stored
 * for a code deactivated since), locale values well-formed store codes, currency values and the
 * default currency enabled currencies of the store (ISO 4217 when the store's list is unknown).
 */
export function validateMappings(input: MappingInput, context: MappingContext): FieldErrors {
  const errors: Record<string, FieldMessage[]> = {};
  const add = (field: string, message: FieldMessage) => (errors[field] ??= []).push(message);
  const storeCurrencies = new Set((context.lists?.currencies ?? []).filter((c) => c.enabled).map((c) => c.code));
  const isStoreCurrency = (code: string) =>
    CURRENCY_CODE.test(code) && (storeCurrencies.size === 0 || storeCurrencies.has(code));

  const active = { locale: new Set(context.activeLocales), currency: new Set(context.activeCurrencies) };
  for (const [pimCode, storeCode] of Object.entries(input.localeMapping ?? {})) {
    const field = `localeMapping.${pimCode}`;
    if (!active.locale.has(pimCode) && context.stored.localeMapping[pimCode] !== storeCode) {
      add(field, { messageKey: 'bigcommerce.validation.unknown-pim-locale', params: { code: pimCode } });
    } else if (storeCode.trim() !== '' && !STORE_LOCALE_CODE.test(storeCode)) {
      add(field, { messageKey: 'bigcommerce.validation.store-locale', params: { code: storeCode, row: pimCode } });
    }
  }
  for (const [pimCode, storeCode] of Object.entries(input.currencyMapping ?? {})) {
    const field = `currencyMapping.${pimCode}`;
    if (!active.currency.has(pimCode) && context.stored.currencyMapping[pimCode] !== storeCode) {
      add(field, { messageKey: 'bigcommerce.validation.unknown-pim-currency', params: { code: pimCode } });
    } else if (storeCode.trim() !== '' && !isStoreCurrency(storeCode)) {
      add(field, { messageKey: 'bigcommerce.validation.store-currency', params: { code: storeCode, row: pimCode } });
    }
  }
  if (input.defaultCurrency && !isStoreCurrency(input.defaultCurrency)) {
    add('defaultCurrency', {
      messageKey: 'bigcommerce.validation.store-currency',
      params: { code: input.defaultCurrency, row: '-' },
    });
  }
  if (input.defaultLocale && !STORE_LOCALE_CODE.test(input.defaultLocale)) {
    add('defaultLocale', {
      messageKey: 'bigcommerce.validation.store-locale',
      params: { code: input.defaultLocale, row: '-' },
    });
  }
  return errors;
}
