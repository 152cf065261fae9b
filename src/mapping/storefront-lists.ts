import { defaultChannelOf, type StoreChannel, type StoreListsSnapshot, type StoreLocale } from '../domain.js';

/** One store code on offer for the served storefronts. */
export interface OfferedCode {
  /** The served storefronts that have it, by name (empty while the store's storefronts are not known). */
  readonly storefronts: readonly string[];
  /** Listed `INACTIVE` by every served storefront that has it: it may be mapped, marked. */
  readonly inactive: boolean;
  /** The store's default language, standing in for a storefront that lists no active language. */
  readonly fallback: boolean;
  /** The default of a served storefront (or of the store while storefronts are not known). */
  readonly isDefault: boolean;
}

/**
 * Store codes on offer for the served storefronts: the one list what the page offers, what create
 * and a store change prefill and what a save accepts all come from. `complete` is false when a
 * served storefront's list is not known: a value outside `codes` may then be right, and only its
 * shape is checked.
 */
export interface OfferedCodes {
  readonly codes: ReadonlyMap<string, OfferedCode>;
  readonly complete: boolean;
}

/** The storefronts of the store, unservable ones included; null when they could not be listed. */
export function storefrontsOf(lists: StoreListsSnapshot | null): readonly StoreChannel[] | null {
  const channels = lists?.channels;
  return channels === undefined || channels === null ? null : channels.filter((c) => c.type === 'storefront');
}

/** The storefronts a credential serves: the chosen ones, else the store's default one. */
export function servedChannelIds(
  chosen: readonly number[] | null | undefined,
  lists: StoreListsSnapshot | null,
): readonly number[] {
  return chosen === null || chosen === undefined || chosen.length === 0 ? [defaultChannelOf(lists)] : chosen;
}

/** The languages of the served storefronts (the default storefront's when storefronts are unknown). */
export function offeredLocales(lists: StoreListsSnapshot | null, chosen: readonly number[] | null): OfferedCodes {
  if (lists === null) return { codes: new Map(), complete: false };
  const storefronts = storefrontsOf(lists);
  const offer = new Offer();
  if (storefronts === null) {
    for (const locale of lists.locales) offer.add(locale.code, null, localeMarks(locale));
    return offer.result(lists.localesFrom === 'graphql');
  }
  let complete = true;
  const defaultId = defaultChannelOf(lists);
  for (const channel of served(storefronts, chosen, lists)) {
    // The default storefront's languages are also kept apart, from the store's language settings.
    const fromStore = channel.locales === null && channel.id === defaultId;
    const locales = fromStore ? lists.locales : channel.locales;
    if (locales === null || (fromStore && lists.localesFrom !== 'graphql')) complete = false;
    for (const locale of locales ?? []) offer.add(locale.code, channel.name, localeMarks(locale));
  }
  return offer.result(complete);
}

/** The enabled currencies of the served storefronts (the store's enabled ones when storefronts are unknown). */
export function offeredCurrencies(lists: StoreListsSnapshot | null, chosen: readonly number[] | null): OfferedCodes {
  if (lists === null) return { codes: new Map(), complete: false };
  const enabled = lists.currencies.filter((c) => c.enabled);
  const offer = new Offer();
  const storefronts = storefrontsOf(lists);
  if (storefronts === null) {
    for (const c of enabled) offer.add(c.code, null, { inactive: false, fallback: false, isDefault: c.isDefault });
    return offer.result(enabled.length > 0);
  }
  const enabledCodes = new Set(enabled.map((c) => c.code));
  for (const channel of served(storefronts, chosen, lists)) {
    // A channel without an assignment inherits the store's currencies (`channels.v3.yml`, DELETE currency-assignments).
    for (const code of channel.currencies ?? [...enabledCodes]) {
      if (enabledCodes.size === 0 || enabledCodes.has(code))
        offer.add(code, channel.name, {
          inactive: false,
          fallback: false,
          isDefault: channel.defaultCurrency === code,
        });
    }
  }
  return offer.result(offer.size > 0);
}

/** `code` as the offer spells it (store codes compare without case), or null when it is not on offer. */
export function offeredCode(offer: OfferedCodes, code: string): string | null {
  if (offer.codes.has(code)) return code;
  const lower = code.toLowerCase();
  for (const candidate of offer.codes.keys()) if (candidate.toLowerCase() === lower) return candidate;
  return null;
}

/** Whether `code` may be stored: on offer, or (when the offer is incomplete) not refutable. */
export function acceptable(offer: OfferedCodes, code: string): boolean {
  return offeredCode(offer, code) !== null || !offer.complete;
}

/** The codes of an offer a value may be matched to without asking: its active and fallback ones, defaults first. */
export function matchableCodes(offer: OfferedCodes): string[] {
  return [...offer.codes]
    .filter(([, o]) => !o.inactive)
    .sort(([, a], [, b]) => Number(b.isDefault) - Number(a.isDefault))
    .map(([code]) => code);
}

function served(
  storefronts: readonly StoreChannel[],
  chosen: readonly number[] | null,
  lists: StoreListsSnapshot,
): StoreChannel[] {
  const ids = servedChannelIds(chosen, lists);
  return ids.map((id) => storefronts.find((c) => c.id === id)).filter((c) => c !== undefined);
}

function localeMarks(locale: StoreLocale): Omit<OfferedCode, 'storefronts'> {
  return { inactive: locale.inactive === true, fallback: locale.fallback === true, isDefault: locale.isDefault };
}

/** Codes gathered from the served storefronts, each mark merged over them. */
class Offer {
  readonly #codes = new Map<
    string,
    { storefronts: string[]; inactive: boolean; fallback: boolean; isDefault: boolean }
  >();

  get size(): number {
    return this.#codes.size;
  }

  add(code: string, storefront: string | null, marks: Omit<OfferedCode, 'storefronts'>): void {
    const known = this.#codes.get(code);
    if (known === undefined) {
      this.#codes.set(code, { storefronts: storefront === null ? [] : [storefront], ...marks });
      return;
    }
    if (storefront !== null && !known.storefronts.includes(storefront)) known.storefronts.push(storefront);
    // Active on one served storefront is active; a default or fallback on one is one.
    known.inactive = known.inactive && marks.inactive;
    known.fallback = known.fallback || marks.fallback;
    known.isDefault = known.isDefault || marks.isDefault;
  }

  result(complete: boolean): OfferedCodes {
    return { codes: this.#codes, complete };
  }
}
