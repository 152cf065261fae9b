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
import { expectSuccess } from './response-status.js';
import { channelLocalesQuery, parseLocaleEdges, readChannels } from './store-channels.reader.js';
import { cleanStoreText } from './store-text.js';

/** More entries than any store has: a longer list is not believed. */
const MAX_LIST = 500;

/** The store's lists, and what could not be read (the edit page shows why). */
export interface StoreLists {
  readonly currencies: readonly StoreCurrency[];
  readonly locales: readonly StoreLocale[];
  /** `graphql` when channel 1's locales were listed; `default-language` when only the default is known. */
  readonly localesFrom: 'graphql' | 'default-language' | 'none';
  /** The store's channels; null when the token may not list them, or they could not be read. */
  readonly channels: readonly StoreChannel[] | null;
  /** Whether the token may list channels (Channel Settings); null when the call failed otherwise. */
  readonly channelsReadable: boolean | null;
  /** Each list that could not be read, and why (a BigCommerce error, or why nothing could be asked). */
  readonly problems: readonly {
    readonly list: StoreListName;
    readonly error: Pick<ModuleError, 'messageKey' | 'params'>;
  }[];
}

/** The lists read from a store. */
export type StoreListName = 'currencies' | 'locales' | 'channels';

/**
 * Reads the store's currencies, languages and storefronts, all requests at once: `GET
 * v2/currencies` (a 204 means none), `GET v3/settings/store/locale` (the default shopper
 * language), GraphQL `store.locales` of channel 1 where the store answers it, and the channels
 * with their currencies (then, only for a store with several storefronts, one more GraphQL
 * request for their languages). REST cannot list every language of a store, so a refused or
 * failed GraphQL call falls back to the default language alone.
 */
@injectable()
export class StoreListsReader {
  constructor(@inject(BigcommerceClientFactory) private readonly clients: BigcommerceClientFactory) {}

  async read(connection: StoreConnection): Promise<StoreLists> {
    const client = this.clients.create(connection);
    const [currencies, defaultLocale, graphql, channels] = await Promise.allSettled([
      client.get('v2/currencies', { limit: 250 }),
      client.get('v3/settings/store/locale'),
      client.post('graphql', { query: channelLocalesQuery([DEFAULT_CHANNEL_ID]) }),
      readChannels(client),
    ]);
    const problems: { list: StoreListName; error: BigcommerceError }[] = [];

    let currencyList: StoreCurrency[] = [];
    try {
      currencyList = parseCurrencies(expectSuccess(currencies, 'scope-information-missing'));
    } catch (error) {
      problems.push({ list: 'currencies', error: asBigcommerceError(error) });
    }

    let defaults: string[] = [];
    try {
      defaults = parseDefaultLanguages(expectSuccess(defaultLocale, 'scope-information-missing'));
    } catch (error) {
      problems.push({ list: 'locales', error: asBigcommerceError(error) });
    }
    const channelLocales = parseGraphqlLocales(graphql);
    const locales = mergeLocales(channelLocales ?? [], defaults);
    const localesFrom =
      channelLocales !== null && channelLocales.length > 0
        ? 'graphql'
        : defaults.length > 0
          ? 'default-language'
          : 'none';
    const reading =
      channels.status === 'fulfilled'
        ? channels.value
        : { outcome: 'failed' as const, error: asBigcommerceError(channels.reason) };
    if (reading.outcome === 'failed') problems.push({ list: 'channels', error: reading.error });
    return {
      currencies: currencyList,
      locales,
      localesFrom,
      // The default storefront's languages are those read with the other lists.
      channels:
        reading.outcome === 'read'
          ? reading.channels.map((c) => (c.id === DEFAULT_CHANNEL_ID ? { ...c, locales: channelLocales } : c))
          : null,
      channelsReadable: reading.outcome === 'read' ? true : reading.outcome === 'denied' ? false : null,
      problems,
    };
  }
}

function asBigcommerceError(error: unknown): BigcommerceError {
  if (error instanceof BigcommerceError) return error;
  return new BigcommerceError('malformed-response');
}

/** The store's currencies; a code that is not ISO 4217-shaped makes the whole answer nonsense. */
function parseCurrencies(response: ApiResponse): StoreCurrency[] {
  if (response.body === null) return []; // 204: the store has none to list
  if (!Array.isArray(response.body) || response.body.length > MAX_LIST)
    throw new BigcommerceError('malformed-response', { status: response.status });
  return response.body
    .filter(
      (c): c is Record<string, unknown> =>
        c !== null && typeof c === 'object' && typeof (c as { currency_code?: unknown }).currency_code === 'string',
    )
    .map((c) => {
      const code = String(c.currency_code).toUpperCase();
      if (!CURRENCY_CODE.test(code)) throw new BigcommerceError('malformed-response', { status: response.status });
      const name = typeof c.name === 'string' ? cleanStoreText(c.name, FIELD_LIMITS.currencyName) : '';
      return { code, name: name === '' ? code : name, enabled: c.enabled !== false, isDefault: c.is_default === true };
    });
}

/** `default_shopper_language` may be one code or a list (`'en, en-us'`, as the spec's example). */
function parseDefaultLanguages(response: ApiResponse): string[] {
  const data = (response.body as { data?: { default_shopper_language?: unknown } } | null)?.data;
  if (typeof data?.default_shopper_language !== 'string')
    throw new BigcommerceError('malformed-response', { status: response.status });
  const codes = data.default_shopper_language
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
  if (codes.length > MAX_LIST || !codes.every((code) => STORE_LOCALE_CODE.test(code)))
    throw new BigcommerceError('malformed-response', { status: response.status });
  return codes;
}

/** Channel 1's languages, or null (only the default language is then known). */
function parseGraphqlLocales(settled: PromiseSettledResult<ApiResponse>): StoreLocale[] | null {
  if (settled.status === 'rejected' || settled.value.status !== 200) return null;
  const store = (settled.value.body as { data?: { store?: Record<string, unknown> } } | null)?.data?.store;
  return parseLocaleEdges(store?.[`c${DEFAULT_CHANNEL_ID}`]);
}

function mergeLocales(channel: readonly StoreLocale[], defaults: readonly string[]): StoreLocale[] {
  const byCode = new Map<string, StoreLocale>();
  const hasDefault = channel.some((l) => l.isDefault);
  defaults.forEach((code, i) => byCode.set(code.toLowerCase(), { code, isDefault: !hasDefault && i === 0 }));
  for (const locale of channel) byCode.set(locale.code.toLowerCase(), locale);
  return [...byCode.values()].sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.code.localeCompare(b.code));
}
