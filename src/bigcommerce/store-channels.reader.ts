import { BigcommerceError } from '../errors/bigcommerce.errors.js';
import {
  CHANNELS_PAGE_SIZE,
  CURRENCY_CODE,
  isChoosableStorefront,
  MAX_CHANNEL_PAGES,
  type StoreChannel,
} from '../domain.js';
import type { ApiResponse, BigcommerceClient } from './bigcommerce-client.js';
import { asBigcommerceError } from './response-status.js';
import { readV3Pages } from './store-pages.js';
import { cleanStoreText } from './store-text.js';

/** The store's storefronts as read: `denied` when the token lacks the Channel Settings scope. */
export type ChannelsReading =
  | { readonly outcome: 'read'; readonly channels: readonly StoreChannel[]; readonly truncated: boolean }
  | { readonly outcome: 'denied' }
  | { readonly outcome: 'failed'; readonly error: BigcommerceError };

const WORD = /^[a-z_]{1,32}$/;
/** More currency assignments than channels a store can have: a longer list is not believed. */
const MAX_ASSIGNMENTS = 10_000;

/**
 * Reads the store's storefronts (`GET v3/channels?type:in=storefront&available=true`, every page
 * up to 10 of 50: `available=true` leaves out archived, deleted and terminated channels,
 * `reference/channels.v3.yml`) and every channel's currencies (`GET
 * v3/channels/currency-assignments`, one unpaged list) at once. Their languages are read by the
 * caller. Both calls need the Channel Settings scope; a 403 is `denied`, not an error: the store
 * then counts as its default storefront alone.
 */
export async function readStorefronts(client: BigcommerceClient): Promise<ChannelsReading> {
  const [listed, assigned] = await Promise.allSettled([
    readV3Pages(
      client,
      'v3/channels',
      { 'type:in': 'storefront', available: 'true' },
      { limit: CHANNELS_PAGE_SIZE, maxPages: MAX_CHANNEL_PAGES, onForbidden: 'scope-channels-missing' },
    ),
    client.get('v3/channels/currency-assignments'),
  ]);
  if (listed.status === 'rejected') {
    const error = asBigcommerceError(listed.reason);
    return error.code === 'scope-channels-missing' ? { outcome: 'denied' } : { outcome: 'failed', error };
  }
  let channels: StoreChannel[];
  try {
    channels = parseStorefronts(listed.value.items);
  } catch (error) {
    return { outcome: 'failed', error: asBigcommerceError(error) };
  }
  const currencies = parseAssignments(assigned);
  return {
    outcome: 'read',
    truncated: listed.value.truncated,
    channels: channels.map((channel) => ({
      ...channel,
      currencies: currencies.get(channel.id)?.enabled ?? null,
      defaultCurrency: currencies.get(channel.id)?.defaultCurrency ?? null,
    })),
  };
}

/**
 * The storefronts among the channels listed. Only `id` and `name` are required
 * (`ChannelWithoutCurrencies`): a channel without `type` is a storefront (only storefronts were
 * asked for), one without `status` is kept with an unknown status. A channel the filters should
 * have left out (another type, a status that is gone) is skipped; one without an id or a name
 * makes the answer nonsense.
 */
function parseStorefronts(items: readonly unknown[]): StoreChannel[] {
  const channels: StoreChannel[] = [];
  const seen = new Set<number>();
  for (const raw of items) {
    const c = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const { id, name, type, status } = c;
    const wellFormed =
      typeof id === 'number' &&
      Number.isSafeInteger(id) &&
      id > 0 &&
      typeof name === 'string' &&
      (type === undefined || (typeof type === 'string' && WORD.test(type))) &&
      (status === undefined || status === null || (typeof status === 'string' && WORD.test(status)));
    if (!wellFormed) throw new BigcommerceError('malformed-response');
    const channel: StoreChannel = {
      id,
      name: cleanStoreText(name) || `#${String(id)}`,
      type: type ?? 'storefront',
      status: typeof status === 'string' ? status : null,
      currencies: null,
      defaultCurrency: null,
      locales: null,
    };
    if (isChoosableStorefront(channel) && !seen.has(id)) {
      seen.add(id);
      channels.push(channel);
    }
  }
  return channels;
}

/** Each channel's currencies; an answer that fails or makes no sense leaves them unknown. */
function parseAssignments(
  settled: PromiseSettledResult<ApiResponse>,
): Map<number, { enabled: string[]; defaultCurrency: string | null }> {
  const byChannel = new Map<number, { enabled: string[]; defaultCurrency: string | null }>();
  if (settled.status === 'rejected' || settled.value.status !== 200) return byChannel;
  const data = (settled.value.body as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return byChannel;
  for (const raw of data.slice(0, MAX_ASSIGNMENTS) as unknown[]) {
    const a = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const { channel_id: id, enabled_currencies: enabled, default_currency: fallback } = a;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || !Array.isArray(enabled) || enabled.length > 500)
      continue;
    const codes = (enabled as unknown[]).map((code) => (typeof code === 'string' ? code.toUpperCase() : code));
    if (!codes.every((code): code is string => typeof code === 'string' && CURRENCY_CODE.test(code))) continue;
    const defaultCurrency = typeof fallback === 'string' ? fallback.toUpperCase() : null;
    byChannel.set(id, {
      enabled: codes,
      defaultCurrency: defaultCurrency !== null && CURRENCY_CODE.test(defaultCurrency) ? defaultCurrency : null,
    });
  }
  return byChannel;
}
