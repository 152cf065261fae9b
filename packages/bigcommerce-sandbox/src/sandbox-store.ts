import type { SandboxRoute } from './sandbox-fault.js';

/** Access a token has to one scope, as set on a BigCommerce API account. */
export type ScopeLevel = 'none' | 'read' | 'modify';

/** A store-level API token of the sandbox. */
export interface SandboxToken {
  readonly token: string;
  readonly information: ScopeLevel;
  readonly products: ScopeLevel;
  /** Channel Settings (`/v3/channels...`); `none` when left out, as on an API account without it. */
  readonly channels?: ScopeLevel;
}

/** A currency as `GET /v2/currencies` returns it (the fields the module reads). */
export interface SandboxCurrency {
  readonly code: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly isDefault: boolean;
  readonly transactional: boolean;
}

/** A channel locale as GraphQL `store.locales` returns it (`docs/store-operations/settings/locales.mdx`). */
export interface SandboxLocale {
  readonly code: string;
  readonly status: 'ACTIVE' | 'INACTIVE';
  readonly isDefault: boolean;
}

/** An edge of `store.locales`: a locale, or `null` for an edge the store answers as null (a malformed answer). */
export type SandboxLocaleEdge = SandboxLocale | null;

/** `type` of a channel (`reference/channels.v3.yml` `ChannelType`). */
export type SandboxChannelType = 'storefront' | 'marketplace' | 'marketing' | 'pos';

/** `status` of a channel (`reference/channels.v3.yml` `ChannelStatus`). */
export type SandboxChannelStatus =
  'active' | 'prelaunch' | 'inactive' | 'connected' | 'disconnected' | 'archived' | 'deleted' | 'terminated';

/** A channel as `GET /v3/channels` lists it, with its currency assignment and GraphQL locales. */
export interface SandboxChannel {
  readonly id: number;
  readonly name: string;
  readonly type: SandboxChannelType;
  readonly status: SandboxChannelStatus;
  /** `enabled_currencies` of `/v3/channels/currency-assignments`. */
  readonly currencies: readonly string[];
  readonly defaultCurrency: string;
  /** GraphQL `store.locales(input:{channelId})` of this channel: at most 5, each ACTIVE or INACTIVE. */
  readonly locales: readonly SandboxLocaleEdge[];
}

/** Fields of a channel the published schema makes optional (only `id` and `name` are required). */
export type OptionalChannelField =
  | 'type'
  | 'status'
  | 'platform'
  | 'is_listable_from_ui'
  | 'is_visible'
  | 'date_created'
  | 'date_modified'
  | 'external_id'
  | 'icon_url';

/** The quota of one store: BigCommerce's is 150 requests per 30 s on a standard plan. */
export interface SandboxRateLimit {
  readonly quota: number;
  readonly windowMs: number;
}

/** One BigCommerce store of the sandbox. */
export interface SandboxStore {
  readonly hash: string;
  readonly name: string;
  readonly tokens: readonly SandboxToken[];
  readonly currencies: readonly SandboxCurrency[];
  /** `language` of `GET /v2/store` and `default_shopper_language` of `GET /v3/settings/store/locale`. */
  readonly defaultLanguage: string;
  /** Channel 1 locales, or `'forbidden'` when the store refuses GraphQL with 403. */
  readonly graphqlLocales: readonly SandboxLocaleEdge[] | 'forbidden';
  /** `id` that `GET /v2/store` answers; defaults to the hash (a different one mimics a mix-up). */
  readonly reportedId?: string;
  /**
   * The store's channels. Left out: one active storefront, channel 1, named after the store,
   * with the store's enabled currencies and `graphqlLocales`.
   */
  readonly channels?: readonly SandboxChannel[];
  /** `default_channel_id` of `GET /v2/store`; 1 when left out, as the spec's default. */
  readonly defaultChannelId?: number;
  /** `currency` of `GET /v2/store` as this store spells it (e.g. `usd`); else its default currency's code. */
  readonly reportedCurrency?: string;
  /** Fields `GET /v3/channels` leaves out of every channel: the schema requires only `id` and `name`. */
  readonly omittedChannelFields?: readonly OptionalChannelField[];
  /**
   * 503 on every request: "suspended due to administrative action or a billing issue"
   * (`docs/start/about/status-codes.mdx`).
   */
  readonly suspended?: boolean;
  /**
   * The store has reached a limit of its plan, e.g. its product count: creating a product (the
   * write probe) answers 507 (`docs/start/about/status-codes.mdx`).
   */
  readonly planLimitReached?: boolean;
  /** A body (with 200) this store answers on a route instead of the usual one: a store answering nonsense. */
  readonly answers?: Partial<Readonly<Record<SandboxRoute, unknown>>>;
  /**
   * Enforced per store: past the quota in a window, 429 with the X-Rate-Limit-* headers. Left out,
   * the store never runs out (its headers always show the whole quota left).
   */
  readonly rateLimit?: SandboxRateLimit;
}

/** Each storefront can have up to 5 locales (`docs/store-operations/settings/locales.mdx`, "Getting started"). */
export const MAX_LOCALES_PER_STOREFRONT = 5;

/** The channels of a store, the implicit channel 1 included. */
export function channelsOf(store: SandboxStore): readonly SandboxChannel[] {
  if (store.channels !== undefined) return store.channels;
  const enabled = store.currencies.filter((c) => c.enabled);
  return [
    {
      id: 1,
      name: store.name,
      type: 'storefront',
      status: 'active',
      currencies: enabled.map((c) => c.code),
      defaultCurrency: (enabled.find((c) => c.isDefault) ?? enabled[0])?.code ?? 'USD',
      locales: store.graphqlLocales === 'forbidden' ? [] : store.graphqlLocales,
    },
  ];
}

/**
 * Refuses a store BigCommerce could not have: more than 5 locales on a storefront, two default
 * locales, two channels with one id, or a default channel that is not one of its channels.
 */
export function checkStore(store: SandboxStore): SandboxStore {
  const channels = channelsOf(store);
  const ids = new Set(channels.map((c) => c.id));
  if (ids.size !== channels.length) throw new Error(`Sandbox store ${store.hash}: two channels share an id.`);
  if (!ids.has(store.defaultChannelId ?? 1))
    throw new Error(`Sandbox store ${store.hash}: its default channel is not one of its channels.`);
  for (const channel of channels) {
    if (channel.locales.length > MAX_LOCALES_PER_STOREFRONT)
      throw new Error(`Sandbox store ${store.hash}: channel ${channel.id} has more than 5 locales.`);
    if (channel.locales.filter((l) => l?.isDefault === true).length > 1)
      throw new Error(`Sandbox store ${store.hash}: channel ${channel.id} has two default locales.`);
  }
  return store;
}

/** The store's channels as one line for people: `Main (active), … Amazon (marketplace, connected)`. */
export function describeChannels(store: SandboxStore): string {
  const channels = channelsOf(store);
  const shown = channels
    .slice(0, 6)
    .map((c) => `${c.name} (${c.type === 'storefront' ? c.status : `${c.type}, ${c.status}`})`);
  return channels.length > 6 ? `${shown.join(', ')} and ${channels.length - 6} more` : shown.join(', ');
}

/** A store with one all-powerful token: the usual case. */
export function sandboxStore(overrides: Partial<SandboxStore> & Pick<SandboxStore, 'hash'>): SandboxStore {
  return checkStore({
    name: `Sandbox store ${overrides.hash}`,
    tokens: [{ token: `token-${overrides.hash}`, information: 'modify', products: 'modify', channels: 'read' }],
    currencies: [{ code: 'USD', name: 'US Dollar', enabled: true, isDefault: true, transactional: true }],
    defaultLanguage: 'en',
    graphqlLocales: [{ code: 'en', status: 'ACTIVE', isDefault: true }],
    ...overrides,
  });
}
