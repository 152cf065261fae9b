import { inject, injectable } from 'inversify';

import { BigcommerceError } from '../errors/bigcommerce.errors.js';
import type { ModuleError } from '../errors/module-error.js';
import type { ApiResponse } from './bigcommerce-client.js';
import { BigcommerceClientFactory, type StoreConnection } from './bigcommerce-client.factory.js';
import { FIELD_LIMITS } from '../constants.js';
import {
  CURRENCY_CODE,
  DEFAULT_CHANNEL_ID,
  STORE_LOCALE_CODE,
  type StoreChannel,
  type StoreCurrency,
  type StoreLocale,
} from '../domain.js';
import { asBigcommerceError, expectOk } from './response-status.js';
import { readStorefronts, type ChannelsReading } from './store-channels.reader.js';
import { readChannelLocales, withLanguageFallback, type ChannelLocales } from './store-locales.reader.js';
import { readV2Pages } from './store-pages.js';
import { cleanStoreText } from './store-text.js';
import type { StoreInformation } from './store-verifier.js';

/** Pages of `v2/currencies` read at most, of 50 (the spec's default `limit`; it names no maximum). */
const CURRENCY_PAGING = { limit: 50, maxPages: 10, onForbidden: 'scope-information-missing' } as const;
/** More shopper languages than a store lists: a longer list is not believed. */
const MAX_LANGUAGES = 50;

/** The store's lists, and what could not be read (the edit page shows why). */
export interface StoreLists {
  readonly currencies: readonly StoreCurrency[];
  /** The default storefront's languages: never empty while the store's default language is known. */
  readonly locales: readonly StoreLocale[];
  /** `graphql` when the default storefront's languages were listed; `default-language` when only the store's is known. */
  readonly localesFrom: 'graphql' | 'default-language' | 'none';
  /** The store's storefronts; null when the token may not list them, or they could not be read. */
  readonly channels: readonly StoreChannel[] | null;
  /** The store has more storefronts than were read. */
  readonly channelsTruncated: boolean;
  /** Whether the token may list channels (Channel Settings); null when the call failed otherwise. */
  readonly channelsReadable: boolean | null;
  readonly defaultChannelId: number;
  /** Each list that could not be read, and why (a BigCommerce error, or why nothing could be asked). */
  readonly problems: readonly {
    readonly list: StoreListName;
    readonly error: Pick<ModuleError, 'messageKey' | 'params'>;
  }[];
}

/** The lists read from a store. */
export type StoreListName = 'currencies' | 'locales' | 'channels';

type Problem = { list: StoreListName; error: BigcommerceError };

/**
 * Reads the store's currencies, languages and storefronts. At once: `GET v2/currencies` (every
 * page; a 204 means none), `GET v3/settings/store/locale` (the default shopper language) and the
 * storefronts with their currencies, while the caller's `GET v2/store` says which storefront is
 * the default. Then, in one GraphQL request per 25 storefronts, the languages of the default
 * storefront and of every storefront that can be served. REST cannot list a storefront's
 * languages, so a refused GraphQL call leaves the store's default language alone known; a
 * storefront that lists no active language speaks the store's default language.
 */
@injectable()
export class StoreListsReader {
  constructor(@inject(BigcommerceClientFactory) private readonly clients: BigcommerceClientFactory) {}

  /**
   * `store` is the store's information as `GET v2/store` gives it beside this reading (null when
   * unknown); when it rejects (verification failed), the reading stops without the second round.
   */
  async read(connection: StoreConnection, store: Promise<StoreInformation | null>): Promise<StoreLists> {
    const client = this.clients.create(connection);
    const [currencies, shopperLanguages, storefronts, info] = await Promise.allSettled([
      readV2Pages(client, 'v2/currencies', CURRENCY_PAGING).then(({ items }) => parseCurrencies(items)),
      client
        .get('v3/settings/store/locale')
        .then((r) => parseShopperLanguages(expectOk(r, 'scope-information-missing'))),
      readStorefronts(client),
      store,
    ]);
    const problems: Problem[] = [];
    const value = <T>(settled: PromiseSettledResult<T>, list: StoreListName, fallback: T): T => {
      if (settled.status === 'fulfilled') return settled.value;
      problems.push({ list, error: asBigcommerceError(settled.reason) });
      return fallback;
    };
    const currencyList = value(currencies, 'currencies', []);
    const languages = shopperLanguages.status === 'fulfilled' ? shopperLanguages.value : [];
    // A verification that failed ends the reading here: nothing more is asked of a store that refused.
    if (info.status === 'rejected') throw info.reason;
    const facts = info.value;
    const reading: ChannelsReading =
      storefronts.status === 'fulfilled'
        ? storefronts.value
        : { outcome: 'failed', error: asBigcommerceError(storefronts.reason) };
    if (reading.outcome === 'failed') problems.push({ list: 'channels', error: reading.error });
    const defaultChannelId = facts?.defaultChannelId ?? DEFAULT_CHANNEL_ID;
    const storeLanguage = facts?.defaultLanguage ?? languages[0] ?? null;
    const ids = [defaultChannelId, ...(reading.outcome === 'read' ? reading.channels.map((c) => c.id) : [])];
    const locales = await readChannelLocales(client, [...new Set(ids)]);
    const main = defaultStorefrontLocales(locales, defaultChannelId, storeLanguage, languages);
    // The store's language settings matter only when GraphQL did not list the default storefront's languages.
    const settingsFailed = main.from !== 'graphql' && shopperLanguages.status === 'rejected';
    const problem = main.problem ?? (settingsFailed ? asBigcommerceError(shopperLanguages.reason) : null);
    if (problem !== null) problems.push({ list: 'locales', error: problem });
    return {
      currencies: currencyList,
      locales: main.locales,
      localesFrom: main.from,
      channels: reading.outcome === 'read' ? withLocales(reading.channels, locales, storeLanguage) : null,
      channelsTruncated: reading.outcome === 'read' && reading.truncated,
      channelsReadable: reading.outcome === 'read' ? true : reading.outcome === 'denied' ? false : null,
      defaultChannelId,
      problems,
    };
  }
}

/**
 * The default storefront's languages: as GraphQL lists them (with the store's default language
 * standing in when none is active); else, when GraphQL did not answer, the store's language
 * settings, and any other code may be typed. A GraphQL answer that makes no sense is a problem.
 */
function defaultStorefrontLocales(
  locales: ChannelLocales,
  defaultChannelId: number,
  storeLanguage: string | null,
  shopperLanguages: readonly string[],
): { locales: StoreLocale[]; from: StoreLists['localesFrom']; problem: BigcommerceError | null } {
  const listed = locales.byChannel.get(defaultChannelId);
  const fallback = withLanguageFallback(listed ?? [], storeLanguage);
  if (listed !== undefined && fallback.length > 0) return { locales: fallback, from: 'graphql', problem: null };
  const problem = locales.malformed.has(defaultChannelId) ? new BigcommerceError('malformed-response') : null;
  const codes = [...new Set([storeLanguage, ...shopperLanguages].filter((c): c is string => c !== null))];
  const known = codes.map((code, i) => ({ code, isDefault: i === 0, fallback: true }));
  return { locales: known, from: known.length > 0 ? 'default-language' : 'none', problem };
}

/** Each storefront with its languages (never an empty list once read); null where they could not be read. */
function withLocales(
  channels: readonly StoreChannel[],
  locales: ChannelLocales,
  storeLanguage: string | null,
): StoreChannel[] {
  return channels.map((channel) => {
    const listed = locales.byChannel.get(channel.id);
    const known = listed === undefined ? null : withLanguageFallback(listed, storeLanguage);
    return { ...channel, locales: known !== null && known.length > 0 ? known : null };
  });
}

/** The store's currencies; a code that is not ISO 4217-shaped makes the whole answer nonsense. */
function parseCurrencies(items: readonly unknown[]): StoreCurrency[] {
  const seen = new Set<string>();
  const currencies: StoreCurrency[] = [];
  for (const raw of items) {
    const c = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    if (typeof c.currency_code !== 'string') throw new BigcommerceError('malformed-response');
    const code = c.currency_code.toUpperCase();
    if (!CURRENCY_CODE.test(code)) throw new BigcommerceError('malformed-response');
    if (seen.has(code)) continue;
    seen.add(code);
    const name = typeof c.name === 'string' ? cleanStoreText(c.name, FIELD_LIMITS.currencyName) : '';
    currencies.push({
      code,
      name: name === '' ? code : name,
      enabled: c.enabled !== false,
      isDefault: c.is_default === true,
    });
  }
  return currencies;
}

/** `default_shopper_language` may be one code or a list (`'en, en-us'`, as the spec's example). */
function parseShopperLanguages(response: ApiResponse): string[] {
  const data = (response.body as { data?: { default_shopper_language?: unknown } | null } | null)?.data;
  if (typeof data?.default_shopper_language !== 'string')
    throw new BigcommerceError('malformed-response', { status: response.status });
  const codes = data.default_shopper_language
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
  if (codes.length > MAX_LANGUAGES || !codes.every((code) => STORE_LOCALE_CODE.test(code)))
    throw new BigcommerceError('malformed-response', { status: response.status });
  return codes;
}
