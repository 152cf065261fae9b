import type { Option } from '@pim/kernel';

import { defaultChannelOf, isChoosableStorefront, type StoreListsSnapshot } from '../domain.js';
import type { MessageKey } from '../i18n/message-key.js';
import {
  offeredCurrencies,
  offeredLocales,
  servedChannelIds,
  storefrontsOf,
  type OfferedCode,
} from '../mapping/storefront-lists.js';

type Translate = (key: MessageKey, params?: Record<string, string>) => string;

/**
 * The storefronts to tick: every storefront of the store (an inactive one is down for
 * maintenance and can still be served; one that is gone is shown but not offered); the default
 * storefront alone while the store's storefronts are not known.
 */
export function storefrontChoices(lists: StoreListsSnapshot | null, storeName: string, t: Translate): Option[] {
  const storefronts = storefrontsOf(lists);
  const defaultId = defaultChannelOf(lists);
  if (storefronts === null) {
    return [{ id: String(defaultId), label: storeName, hint: t('bigcommerce.credentials.form.storefront-default') }];
  }
  return storefronts.map((c) => {
    const choosable = isChoosableStorefront(c);
    const hint: MessageKey | null =
      c.id === defaultId
        ? 'bigcommerce.credentials.form.storefront-default'
        : !choosable
          ? 'bigcommerce.credentials.form.storefront-unavailable'
          : c.status === 'prelaunch'
            ? 'bigcommerce.credentials.form.storefront-prelaunch'
            : c.status === 'inactive'
              ? 'bigcommerce.credentials.form.storefront-inactive'
              : null;
    return {
      id: String(c.id),
      label: c.name,
      ...(choosable ? {} : { inactive: true }),
      ...(hint ? { hint: t(hint) } : {}),
    };
  });
}

/**
 * The languages of the served storefronts: defaults first (★), then active ones, then those a
 * storefront lists as inactive (marked; they may still be mapped); the store's default language
 * standing in for a storefront without an active one is marked too. Each says which storefronts
 * have it when several are served.
 */
export function localeChoices(
  lists: StoreListsSnapshot | null,
  chosen: readonly number[] | null,
  t: Translate,
): Option[] {
  const several = servedChannelIds(chosen, lists).length > 1;
  const rank = (o: OfferedCode) => (o.isDefault ? 0 : o.inactive ? 2 : 1);
  return [...offeredLocales(lists, chosen).codes]
    .sort(([a, x], [b, y]) => rank(x) - rank(y) || a.localeCompare(b))
    .map(([code, offered]) => {
      const marks = [
        offered.fallback ? t('bigcommerce.credentials.form.locale-fallback') : null,
        offered.inactive ? t('bigcommerce.credentials.form.locale-inactive') : null,
      ].filter((mark) => mark !== null);
      const label = `${code}${offered.isDefault ? ' ★' : ''}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}`;
      return { id: code, label: withStorefronts(label, several ? offered.storefronts : []) };
    });
}

/** The currencies enabled on the served storefronts, with their names (and, when several are served, which have them). */
export function currencyChoices(lists: StoreListsSnapshot | null, chosen: readonly number[] | null): Option[] {
  const names = new Map((lists?.currencies ?? []).map((c) => [c.code, c.name]));
  const several = servedChannelIds(chosen, lists).length > 1;
  return [...offeredCurrencies(lists, chosen).codes].map(([code, offered]) => ({
    id: code,
    label: withStorefronts(`${code} — ${names.get(code) ?? code}`, several ? offered.storefronts : []),
  }));
}

/** Whether the served storefronts' languages are all known (else a code may be typed). */
export function localesKnown(lists: StoreListsSnapshot | null, chosen: readonly number[] | null): boolean {
  return offeredLocales(lists, chosen).complete;
}

/**
 * The storefronts the page shows ticked: those served that the store still lists as servable,
 * else its default one, so that saving the page as shown is always a valid choice.
 */
export function servedIds(lists: StoreListsSnapshot | null, chosen: readonly number[] | null): string[] {
  const storefronts = storefrontsOf(lists);
  const served = servedChannelIds(chosen, lists);
  if (storefronts === null) return served.map(String);
  const servable = served.filter((id) => storefronts.some((c) => c.id === id && isChoosableStorefront(c)));
  return (servable.length > 0 ? servable : [defaultChannelOf(lists)]).map(String);
}

function withStorefronts(label: string, storefronts: readonly string[]): string {
  return storefronts.length === 0 ? label : `${label} · ${storefronts.join(', ')}`;
}
