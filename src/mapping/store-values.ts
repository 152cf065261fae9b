import type { CodeMapping, StoreListsSnapshot } from '../domain.js';
import { matchStoreLocale } from './code-formats.js';
import {
  matchableCodes,
  offeredCode,
  offeredCurrencies,
  offeredLocales,
  type OfferedCodes,
} from './storefront-lists.js';

/** The part of a credential that depends on its store and the storefronts it serves. */
export interface StoreBoundValues {
  readonly channelIds: readonly number[] | null;
  readonly defaultCurrency: string | null;
  readonly defaultLocale: string | null;
  readonly localeMapping: CodeMapping | null;
  readonly currencyMapping: CodeMapping | null;
}

/** One value changed because the served storefronts lack it: a mapping row (`key`), a default or the storefronts. */
export interface StoreAdjustment {
  readonly field: keyof StoreBoundValues;
  /** The PIM code of a mapping row; null for a default or the storefronts. */
  readonly key: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

/** The store's own defaults (`v2/store` `currency` and `language`), tried first when a default must be chosen. */
export interface StoreDefaults {
  readonly currency: string | null;
  readonly language: string | null;
}

const NO_DEFAULTS: StoreDefaults = { currency: null, language: null };

/**
 * What a new credential starts with, from the lists the save will accept: the default storefront's
 * languages and currencies. Each PIM locale is mapped to the store language it most likely means
 * (`en_US` → `en`), each PIM currency to the same store currency, where the match is obvious; the
 * defaults are the store's own when the storefront has them, else the storefront's.
 */
export function prefillStoreValues(
  pim: { readonly locales: readonly string[]; readonly currencies: readonly string[] },
  lists: StoreListsSnapshot | null,
  storeDefaults: StoreDefaults,
): StoreBoundValues {
  const locales = offeredLocales(lists, null);
  const currencies = offeredCurrencies(lists, null);
  const localeMapping: Record<string, string> = {};
  const currencyMapping: Record<string, string> = {};
  for (const code of pim.locales) {
    const match = matchStoreLocale(code, matchableCodes(locales));
    if (match !== null) localeMapping[code] = match;
  }
  for (const code of pim.currencies) {
    const match = rematchCurrency(currencies, code);
    if (match !== null) currencyMapping[code] = match;
  }
  return {
    channelIds: null,
    defaultCurrency: chooseDefault(currencies, [storeDefaults.currency]),
    defaultLocale: chooseDefault(locales, [storeDefaults.language]),
    localeMapping: lists === null ? null : localeMapping,
    currencyMapping: lists === null ? null : currencyMapping,
  };
}

/**
 * Fits values to what the storefronts they serve offer (`values.channelIds`, as listed in
 * `lists`): every value on offer is kept, as the store spells it; any other is matched again the
 * way a new credential is prefilled (`fr_FR` → `fr`, `EUR` → `EUR`), or else dropped; a default
 * not on offer becomes the store's own default, or a served storefront's. A value that cannot be
 * refuted (its list is not known) is kept. Each change is reported, so the page can list it.
 * `fillEmptyDefaults` also chooses a default where there is none (a move to another store).
 */
export function fitToOffer(
  values: StoreBoundValues,
  lists: StoreListsSnapshot | null,
  options: { readonly storeDefaults?: StoreDefaults; readonly fillEmptyDefaults?: boolean } = {},
): { values: StoreBoundValues; adjustments: StoreAdjustment[] } {
  const adjustments: StoreAdjustment[] = [];
  const storeDefaults = options.storeDefaults ?? NO_DEFAULTS;
  const locales = offeredLocales(lists, values.channelIds);
  const currencies = offeredCurrencies(lists, values.channelIds);
  const fitMapping = (field: 'localeMapping' | 'currencyMapping', offer: OfferedCodes, rematch: Rematch) => {
    const mapping = values[field];
    if (mapping === null) return null;
    const kept: Record<string, string> = {};
    for (const [key, value] of Object.entries(mapping)) {
      const next = offeredCode(offer, value) ?? (offer.complete ? rematch(offer, key) : value);
      if (next !== null) kept[key] = next;
      if (next !== value) adjustments.push({ field, key, from: value, to: next });
    }
    return kept;
  };
  const fitDefault = (field: 'defaultCurrency' | 'defaultLocale', offer: OfferedCodes, storeDefault: string | null) => {
    const current = values[field];
    const kept = current === null ? null : (offeredCode(offer, current) ?? (offer.complete ? null : current));
    const next =
      kept ?? (current === null && options.fillEmptyDefaults !== true ? null : chooseDefault(offer, [storeDefault]));
    if (next !== current) adjustments.push({ field, key: null, from: current, to: next });
    return next;
  };
  const localeMapping = fitMapping('localeMapping', locales, rematchLocale);
  const currencyMapping = fitMapping('currencyMapping', currencies, rematchCurrency);
  const fitted: StoreBoundValues = {
    channelIds: values.channelIds,
    defaultCurrency: fitDefault('defaultCurrency', currencies, storeDefaults.currency),
    defaultLocale: fitDefault('defaultLocale', locales, storeDefaults.language),
    localeMapping,
    currencyMapping,
  };
  return { values: fitted, adjustments };
}

type Rematch = (offer: OfferedCodes, pimCode: string) => string | null;

const rematchLocale: Rematch = (offer, pimCode) => matchStoreLocale(pimCode, matchableCodes(offer));
const rematchCurrency: Rematch = (offer, pimCode) => {
  const code = offeredCode(offer, pimCode);
  return code !== null && offer.codes.get(code)?.inactive !== true ? code : null;
};

/**
 * The first of `candidates` on offer (not inactive), or that cannot be refuted while the list is
 * not known; else the offer's first default; else null.
 */
function chooseDefault(offer: OfferedCodes, candidates: readonly (string | null)[]): string | null {
  const matchable = matchableCodes(offer);
  for (const candidate of candidates) {
    if (candidate === null) continue;
    const code = offeredCode(offer, candidate);
    if (code !== null ? matchable.includes(code) : !offer.complete) return code ?? candidate;
  }
  return matchable.find((code) => offer.codes.get(code)?.isDefault === true) ?? null;
}
