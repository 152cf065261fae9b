import { STORE_LOCALE_CODE, type StoreLocale } from '../domain.js';
import type { ApiResponse, BigcommerceClient } from './bigcommerce-client.js';

/** The languages GraphQL gave per channel, and the channels whose answer made no sense. */
export interface ChannelLocales {
  /** Channel id → its languages as listed (possibly none); a channel missing here was not answered. */
  readonly byChannel: ReadonlyMap<number, readonly StoreLocale[]>;
  /** Channels whose answer was not a list of locales (null edges, wrong types). */
  readonly malformed: ReadonlySet<number>;
}

/** Aliased fields per GraphQL request: a store with many storefronts is asked in a few requests. */
const CHANNELS_PER_QUERY = 25;
const LOCALE_NODE = '{ edges { node { code status isDefault } } }';
/** "Each storefront can have up to 5 locales" (`docs/store-operations/settings/locales.mdx`); more is nonsense. */
const MAX_LOCALES = 5;

/** The GraphQL query for the languages of several channels, one aliased field each (`c1`, `c2`…). */
export function channelLocalesQuery(channelIds: readonly number[]): string {
  const fields = channelIds.map(
    (id) => `c${id}: locales(input: { channelId: "bc/store/channel/${id}" }) ${LOCALE_NODE}`,
  );
  return `query StorefrontLocales { store { ${fields.join(' ')} } }`;
}

/**
 * Reads the languages of `channelIds` with the GraphQL Admin API (`store.locales`, the only API
 * that lists them: `docs/store-operations/settings/locales.mdx`), in requests of at most 25
 * channels at once. A refused or failed request leaves its channels unanswered (the store then
 * says only its default language).
 */
export async function readChannelLocales(
  client: BigcommerceClient,
  channelIds: readonly number[],
): Promise<ChannelLocales> {
  const byChannel = new Map<number, readonly StoreLocale[]>();
  const malformed = new Set<number>();
  const chunks: number[][] = [];
  for (let i = 0; i < channelIds.length; i += CHANNELS_PER_QUERY)
    chunks.push(channelIds.slice(i, i + CHANNELS_PER_QUERY));
  const answers = await Promise.allSettled(
    chunks.map((ids) => client.post('graphql', { query: channelLocalesQuery(ids) })),
  );
  answers.forEach((settled, i) => {
    const store = storeOf(settled);
    if (store === null) return;
    for (const id of chunks[i]!) {
      const field = store[`c${id}`];
      if (field === undefined || field === null) continue; // not answered, e.g. a GraphQL error for that field
      const locales = parseLocaleEdges(field);
      if (locales === null) malformed.add(id);
      else byChannel.set(id, locales);
    }
  });
  return { byChannel, malformed };
}

/** `data.store` of a GraphQL answer, or null when there is none to read. */
function storeOf(settled: PromiseSettledResult<ApiResponse>): Record<string, unknown> | null {
  if (settled.status === 'rejected' || settled.value.status !== 200) return null;
  const store = (settled.value.body as { data?: { store?: unknown } | null } | null)?.data?.store;
  return store !== null && typeof store === 'object' && !Array.isArray(store)
    ? (store as Record<string, unknown>)
    : null;
}

/**
 * A `locales` connection as the languages it lists, `ACTIVE` and `INACTIVE`; null when it is not
 * one: an edge that is null or not an object, a code that is no locale, a status that is neither.
 */
export function parseLocaleEdges(connection: unknown): StoreLocale[] | null {
  if (connection === null || typeof connection !== 'object') return null;
  const edges = (connection as { edges?: unknown }).edges;
  if (!Array.isArray(edges) || edges.length > MAX_LOCALES * 4) return null;
  const locales: StoreLocale[] = [];
  for (const edge of edges as unknown[]) {
    const node = edge !== null && typeof edge === 'object' ? (edge as { node?: unknown }).node : undefined;
    if (node === null || typeof node !== 'object') return null;
    const { code, status, isDefault } = node as { code?: unknown; status?: unknown; isDefault?: unknown };
    if (typeof code !== 'string' || !STORE_LOCALE_CODE.test(code)) return null;
    if (status !== 'ACTIVE' && status !== 'INACTIVE') return null;
    locales.push({ code, isDefault: isDefault === true, ...(status === 'INACTIVE' ? { inactive: true } : {}) });
  }
  return locales;
}

/**
 * What a storefront speaks, given the languages it lists: those, when one is active; otherwise
 * (none listed, or only `INACTIVE` ones, as the docs' own example: `en`, `INACTIVE`, `isDefault`)
 * the store's default language, marked as standing in, followed by the inactive ones (which may
 * still be mapped). Never empty while the store's default language is known.
 */
export function withLanguageFallback(listed: readonly StoreLocale[], storeLanguage: string | null): StoreLocale[] {
  if (listed.some((l) => l.inactive !== true) || storeLanguage === null) return [...listed];
  const same = (l: StoreLocale) => l.code.toLowerCase() === storeLanguage.toLowerCase();
  const code = listed.find(same)?.code ?? storeLanguage;
  return [
    { code, isDefault: true, fallback: true },
    ...listed.filter((l) => !same(l)).map((l) => ({ ...l, isDefault: false })),
  ];
}
