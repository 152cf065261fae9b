import type { StoreLists } from './store-lists.reader.js';
import type { StoreListsSnapshot } from '../domain.js';

/**
 * What is kept of a reading of the store's lists. A list that could not be read keeps its
 * `previous` value (the last one known for the same store), so one failed call never erases it.
 * Null when nothing is known at all.
 */
export function toSnapshot(
  lists: StoreLists,
  now: Date,
  previous: StoreListsSnapshot | null = null,
): StoreListsSnapshot | null {
  const failed = new Set(lists.problems.map((p) => p.list));
  if (failed.has('currencies') && failed.has('locales') && failed.has('channels')) return previous;
  const currencies = failed.has('currencies')
    ? previous?.currencies
    : lists.currencies.map(({ code, name, enabled, isDefault }) => ({ code, name, enabled, isDefault }));
  const locales = failed.has('locales')
    ? previous?.locales
    : lists.locales.map(({ code, isDefault }) => ({ code, isDefault }));
  return {
    currencies: currencies ?? [],
    locales: locales ?? [],
    localesFrom: failed.has('locales') ? (previous?.localesFrom ?? 'none') : lists.localesFrom,
    channels: failed.has('channels') ? (previous?.channels ?? null) : lists.channels,
    readAt: now.toISOString(),
  };
}
