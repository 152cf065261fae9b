import type { CodeMapping, StoreListsSnapshot } from '../domain.js';
import { matchStoreLocale } from './code-formats.js';
import { offeredCode, offeredCurrencies, offeredLocales, type OfferedCodes } from './storefront-lists.js';

/** The part of a credential that depends on its store. */
export interface StoreBoundValues {
  readonly channelIds: readonly number[] | null;
  readonly defaultCurrency: string | null;
  readonly defaultLocale: string | null;
  readonly localeMapping: CodeMapping | null;
  readonly currencyMapping: CodeMapping | null;
}

/** One value changed because the new store lacks it: a mapping row (`key`), a default or the storefronts. */
export interface StoreAdjustment {
  readonly field: keyof StoreBoundValues;
  /** The PIM code of a mapping row; null for a default or the storefronts. */
  readonly key: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * What a credential keeps when it moves to another store whose lists are `lists`: it serves the
 * new store's default storefront; every default and mapping value the new store has is kept (as
 * the store spells it); any other is matched again the way a new credential is prefilled
 * (`fr_FR` → `fr`, `EUR` → `EUR`), or else dropped. A value the new store's lists do not contain
 * is never kept. Each change is reported, so the page can list it.
 */
export function adaptToStore(
  values: StoreBoundValues,
  lists: StoreListsSnapshot | null,
  storeDefaults: { readonly currency: string | null; readonly language: string | null },
): { values: StoreBoundValues; adjustments: StoreAdjustment[] } {
  const adjustments: StoreAdjustment[] = [];
  const locales = offeredLocales(lists, null);
  const currencies = offeredCurrencies(lists, null);
  if (values.channelIds !== null && values.channelIds.length > 0) {
    adjustments.push({ field: 'channelIds', key: null, from: values.channelIds.join(', '), to: null });
  }
  const relocate = (
    field: 'localeMapping' | 'currencyMapping',
    offer: OfferedCodes,
    rematch: (key: string) => string | null,
  ) => {
    const kept: Record<string, string> = {};
    for (const [key, value] of Object.entries(values[field] ?? {})) {
      const next = offeredCode(offer, value) ?? rematch(key);
      if (next !== null) kept[key] = next;
      if (next !== value) adjustments.push({ field, key, from: value, to: next });
    }
    return values[field] === null ? null : kept;
  };
  const localeMapping = relocate('localeMapping', locales, (key) => matchStoreLocale(key, [...locales.codes.keys()]));
  const currencyMapping = relocate('currencyMapping', currencies, (key) => offeredCode(currencies, key));
  const fallback = (field: 'defaultCurrency' | 'defaultLocale', offer: OfferedCodes, storeDefault: string | null) => {
    const current = values[field];
    const next =
      (current === null ? null : offeredCode(offer, current)) ??
      (storeDefault === null ? null : offeredCode(offer, storeDefault));
    if (next !== current) adjustments.push({ field, key: null, from: current, to: next });
    return next;
  };
  return {
    values: {
      channelIds: null,
      defaultCurrency: fallback('defaultCurrency', currencies, storeDefaults.currency),
      defaultLocale: fallback('defaultLocale', locales, storeDefaults.language),
      localeMapping,
      currencyMapping,
    },
    adjustments,
  };
}
