import { DEFAULT_CHANNEL_ID, type StoreChannel, type StoreListsSnapshot } from '../domain.js';

/**
 * Store codes on offer for the chosen storefronts, each with the names of the storefronts that
 * have it. `complete` is false when a chosen storefront's list is not known: a value outside
 * `codes` may then be right, and only its shape is checked.
 */
export interface OfferedCodes {
  /** Store code → storefront names (empty when the store's storefronts are not known). */
  readonly codes: ReadonlyMap<string, readonly string[]>;
  readonly complete: boolean;
}

/** The storefronts of the store, inactive ones included; null when they could not be listed. */
export function storefrontsOf(lists: StoreListsSnapshot | null): readonly StoreChannel[] | null {
  const channels = lists?.channels;
  return channels === undefined || channels === null ? null : channels.filter((c) => c.type === 'storefront');
}

/** The storefronts a credential serves: the chosen ones, else the store's default one. */
export function servedChannelIds(chosen: readonly number[] | null | undefined): readonly number[] {
  return chosen === null || chosen === undefined || chosen.length === 0 ? [DEFAULT_CHANNEL_ID] : chosen;
}

/** The languages of the served storefronts (the default storefront's when storefronts are unknown). */
export function offeredLocales(lists: StoreListsSnapshot | null, chosen: readonly number[] | null): OfferedCodes {
  if (lists === null) return { codes: new Map(), complete: false };
  const fallback = (): OfferedCodes => ({
    codes: new Map(lists.locales.map((l) => [l.code, []])),
    complete: lists.localesFrom === 'graphql',
  });
  const storefronts = storefrontsOf(lists);
  if (storefronts === null) return fallback();
  const codes = new Map<string, string[]>();
  let complete = true;
  for (const channel of served(storefronts, chosen)) {
    if (channel.locales === null) {
      // The default storefront's languages were at least partly read with the other lists.
      if (channel.id === DEFAULT_CHANNEL_ID) for (const l of lists.locales) add(codes, l.code, channel.name);
      complete = false;
      continue;
    }
    for (const locale of channel.locales) add(codes, locale.code, channel.name);
  }
  return { codes, complete };
}

/** The enabled currencies of the served storefronts (the store's enabled ones when storefronts are unknown). */
export function offeredCurrencies(lists: StoreListsSnapshot | null, chosen: readonly number[] | null): OfferedCodes {
  if (lists === null) return { codes: new Map(), complete: false };
  const enabled = lists.currencies.filter((c) => c.enabled).map((c) => c.code);
  const storeWide = (): OfferedCodes => ({ codes: new Map(enabled.map((c) => [c, []])), complete: enabled.length > 0 });
  const storefronts = storefrontsOf(lists);
  if (storefronts === null) return storeWide();
  const enabledSet = new Set(enabled);
  const codes = new Map<string, string[]>();
  for (const channel of served(storefronts, chosen)) {
    for (const code of channel.currencies ?? enabled) {
      if (enabledSet.size === 0 || enabledSet.has(code)) add(codes, code, channel.name);
    }
  }
  return { codes, complete: codes.size > 0 };
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

function served(storefronts: readonly StoreChannel[], chosen: readonly number[] | null): StoreChannel[] {
  const ids = new Set(servedChannelIds(chosen));
  return storefronts.filter((c) => ids.has(c.id));
}

function add(codes: Map<string, string[]>, code: string, storefront: string): void {
  const names = codes.get(code) ?? [];
  if (!names.includes(storefront)) names.push(storefront);
  codes.set(code, names);
}
