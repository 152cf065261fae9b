import type { StoreLists } from './store-lists.reader.js';
import type { StoreListsSnapshot } from '../domain.js';

/**
 * What is kept of a reading of the store's lists. A list that could not be read keeps its
 * `previous` value (the last one known for the same store), so one failed call never erases it;
 * without one, what could be learnt is kept (the store's default language at least). Null when
 * nothing is known at all.
 */
export function toSnapshot(
  lists: StoreLists,
  now: Date,
  previous: StoreListsSnapshot | null = null,
): StoreListsSnapshot | null {
  const failed = new Set(lists.problems.map((p) => p.list));
  if (failed.has('currencies') && failed.has('locales') && failed.has('channels')) return previous;
  const keepLocales = failed.has('locales') && previous !== null;
  const keepChannels = failed.has('channels') && previous !== null;
  return {
    currencies: failed.has('currencies')
      ? (previous?.currencies ?? [])
      : lists.currencies.map(({ code, name, enabled, isDefault }) => ({ code, name, enabled, isDefault })),
    locales: keepLocales ? previous.locales : lists.locales,
    localesFrom: keepLocales ? previous.localesFrom : lists.localesFrom,
    channels: keepChannels ? (previous.channels ?? null) : lists.channels,
    defaultChannelId: lists.defaultChannelId,
    ...((keepChannels ? previous.channelsTruncated : lists.channelsTruncated) ? { channelsTruncated: true } : {}),
    readAt: now.toISOString(),
  };
}
