import type { Option } from '@pim/kernel';

import { DEFAULT_CHANNEL_ID, isChoosableStorefront, type StoreListsSnapshot } from '../domain.js';
import type { MessageKey } from '../i18n/message-key.js';
import { offeredCurrencies, offeredLocales, servedChannelIds, storefrontsOf } from '../mapping/storefront-lists.js';

type Translate = (key: MessageKey, params?: Record<string, string>) => string;

/**
 * The storefronts to tick: every storefront of the store, those that cannot be served shown
 * but not offered; the default storefront alone while the store's storefronts are not known.
 */
export function storefrontChoices(lists: StoreListsSnapshot | null, storeName: string, t: Translate): Option[] {
  const storefronts = storefrontsOf(lists);
  if (storefronts === null) {
    return [
      { id: String(DEFAULT_CHANNEL_ID), label: storeName, hint: t('bigcommerce.credentials.form.storefront-default') },
    ];
  }
  return storefronts.map((c) => {
    const choosable = isChoosableStorefront(c);
    const hint =
      c.id === DEFAULT_CHANNEL_ID
        ? t('bigcommerce.credentials.form.storefront-default')
        : c.status === 'prelaunch'
          ? t('bigcommerce.credentials.form.storefront-prelaunch')
          : choosable
            ? undefined
            : t('bigcommerce.credentials.form.storefront-unavailable');
    return { id: String(c.id), label: c.name, ...(choosable ? {} : { inactive: true }), ...(hint ? { hint } : {}) };
  });
}

/**
 * The languages of the served storefronts (★: a storefront's default), each saying which of
 * them have it when there are several.
 */
export function localeChoices(lists: StoreListsSnapshot | null, chosen: readonly number[] | null): Option[] {
  const defaults = new Set(
    (storefrontsOf(lists) ?? [])
      .flatMap((c) => c.locales ?? [])
      .concat(lists?.locales ?? [])
      .filter((l) => l.isDefault)
      .map((l) => l.code),
  );
  const several = servedChannelIds(chosen).length > 1;
  const offered = [...offeredLocales(lists, chosen).codes].sort(
    ([a], [b]) => Number(defaults.has(b)) - Number(defaults.has(a)) || a.localeCompare(b),
  );
  return offered.map(([code, storefronts]) => ({
    id: code,
    label: withStorefronts(defaults.has(code) ? `${code} ★` : code, several ? storefronts : []),
  }));
}

/** The currencies enabled on the served storefronts, with their names (and, when several are served, which have them). */
export function currencyChoices(lists: StoreListsSnapshot | null, chosen: readonly number[] | null): Option[] {
  const names = new Map((lists?.currencies ?? []).map((c) => [c.code, c.name]));
  const several = servedChannelIds(chosen).length > 1;
  return [...offeredCurrencies(lists, chosen).codes].map(([code, storefronts]) => ({
    id: code,
    label: withStorefronts(`${code} — ${names.get(code) ?? code}`, several ? storefronts : []),
  }));
}

/** Whether the served storefronts' languages are all known (else a code may be typed). */
export function localesKnown(lists: StoreListsSnapshot | null, chosen: readonly number[] | null): boolean {
  return offeredLocales(lists, chosen).complete;
}

export const servedIds = (chosen: readonly number[] | null): string[] => servedChannelIds(chosen).map(String);

function withStorefronts(label: string, storefronts: readonly string[]): string {
  return storefronts.length === 0 ? label : `${label} · ${storefronts.join(', ')}`;
}
