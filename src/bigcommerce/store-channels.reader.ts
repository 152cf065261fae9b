import { BigcommerceError } from '../errors/bigcommerce.errors.js';
import {
  CURRENCY_CODE,
  DEFAULT_CHANNEL_ID,
  isChoosableStorefront,
  MAX_CHANNELS,
  STORE_LOCALE_CODE,
  type StoreChannel,
  type StoreLocale,
} from '../domain.js';
import type { ApiResponse, BigcommerceClient } from './bigcommerce-client.js';
import { expectSuccess } from './response-status.js';
import { cleanStoreText } from './store-text.js';

/** The store's channels as read: `denied` when the token lacks the Channel Settings scope. */
export type ChannelsReading =
  | { readonly outcome: 'read'; readonly channels: readonly StoreChannel[] }
  | { readonly outcome: 'denied' }
  | { readonly outcome: 'failed'; readonly error: BigcommerceError };

const WORD = /^[a-z_]{1,32}$/;
const LOCALE_NODE = '{ edges { node { code status isDefault } } }';

/** The GraphQL query for the languages of several channels, one aliased field each (`c2`, `c3`…). */
export function channelLocalesQuery(channelIds: readonly number[]): string {
  const fields = channelIds.map(
    (id) => `c${id}: locales(input: { channelId: "bc/store/channel/${id}" }) ${LOCALE_NODE}`,
  );
  return `query StorefrontLocales { store { ${fields.join(' ')} } }`;
}

/**
 * Reads the store's channels (`GET v3/channels`) and their currencies
 * (`GET v3/channels/currency-assignments`) at once, then, in one GraphQL request, the languages of
 * every choosable storefront but the default one (whose languages the caller reads with the other
 * lists). Both REST calls need the Channel Settings scope; a 403 is `denied`, not an error: the
 * store then counts as its default storefront alone.
 */
export async function readChannels(client: BigcommerceClient): Promise<ChannelsReading> {
  const [listed, assigned] = await Promise.allSettled([
    client.get('v3/channels', { limit: MAX_CHANNELS }),
    client.get('v3/channels/currency-assignments'),
  ]);
  if (listed.status === 'fulfilled' && listed.value.status === 403) return { outcome: 'denied' };
  let channels: StoreChannel[];
  try {
    channels = parseChannels(expectSuccess(listed, 'scope-channels-missing'));
  } catch (error) {
    return {
      outcome: 'failed',
      error: error instanceof BigcommerceError ? error : new BigcommerceError('malformed-response'),
    };
  }
  const currencies = parseAssignments(assigned);
  const others = channels.filter((c) => isChoosableStorefront(c) && c.id !== DEFAULT_CHANNEL_ID).map((c) => c.id);
  const locales = others.length === 0 ? new Map<number, StoreLocale[]>() : await readLocales(client, others);
  return {
    outcome: 'read',
    channels: channels.map((channel) => ({
      ...channel,
      currencies: currencies.get(channel.id)?.enabled ?? null,
      defaultCurrency: currencies.get(channel.id)?.defaultCurrency ?? null,
      locales: locales.get(channel.id) ?? null,
    })),
  };
}

function parseChannels(response: ApiResponse): StoreChannel[] {
  const data = (response.body as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) throw new BigcommerceError('malformed-response', { status: response.status });
  const channels: StoreChannel[] = [];
  for (const raw of data.slice(0, MAX_CHANNELS)) {
    const c = raw as { id?: unknown; name?: unknown; type?: unknown; status?: unknown } | null;
    const ok =
      Number.isSafeInteger(c?.id) &&
      (c!.id as number) > 0 &&
      typeof c!.name === 'string' &&
      typeof c!.type === 'string' &&
      WORD.test(c!.type) &&
      typeof c!.status === 'string' &&
      WORD.test(c!.status);
    if (!ok) throw new BigcommerceError('malformed-response', { status: response.status });
    const name = cleanStoreText(c!.name as string);
    channels.push({
      id: c!.id as number,
      name: name === '' ? `#${String(c!.id)}` : name,
      type: c!.type as string,
      status: c!.status as string,
      currencies: null,
      defaultCurrency: null,
      locales: null,
    });
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
  for (const raw of data.slice(0, MAX_CHANNELS)) {
    const a = raw as { channel_id?: unknown; enabled_currencies?: unknown; default_currency?: unknown } | null;
    const enabled = a?.enabled_currencies;
    if (!Number.isSafeInteger(a?.channel_id) || !Array.isArray(enabled) || enabled.length > 500) continue;
    if (!enabled.every((code) => typeof code === 'string' && CURRENCY_CODE.test(code))) continue;
    const fallback = typeof a!.default_currency === 'string' && CURRENCY_CODE.test(a!.default_currency);
    byChannel.set(a!.channel_id as number, {
      enabled: enabled as string[],
      defaultCurrency: fallback ? (a!.default_currency as string) : null,
    });
  }
  return byChannel;
}

/** The languages of `channelIds`, one GraphQL request; a channel whose answer is missing stays unknown. */
async function readLocales(
  client: BigcommerceClient,
  channelIds: readonly number[],
): Promise<Map<number, StoreLocale[]>> {
  const byChannel = new Map<number, StoreLocale[]>();
  let response: ApiResponse;
  try {
    response = await client.post('graphql', { query: channelLocalesQuery(channelIds) });
  } catch {
    return byChannel;
  }
  if (response.status !== 200) return byChannel;
  const store = (response.body as { data?: { store?: Record<string, unknown> } } | null)?.data?.store;
  for (const id of channelIds) {
    const locales = parseLocaleEdges(store?.[`c${id}`]);
    if (locales !== null) byChannel.set(id, locales);
  }
  return byChannel;
}

/**
 * A GraphQL `locales` connection as the active languages it lists, or null when it is not one
 * (a list with a code that is no locale is no list).
 */
export function parseLocaleEdges(connection: unknown): StoreLocale[] | null {
  const edges = (connection as { edges?: unknown } | null | undefined)?.edges;
  if (!Array.isArray(edges) || edges.length > 500) return null;
  const locales = edges
    .map((edge) => (edge as { node?: { code?: unknown; status?: unknown; isDefault?: unknown } }).node)
    .filter((node) => typeof node?.code === 'string' && node.status !== 'INACTIVE')
    .map((node) => ({ code: String(node!.code), isDefault: node!.isDefault === true }));
  return locales.every((locale) => STORE_LOCALE_CODE.test(locale.code)) ? locales : null;
}
