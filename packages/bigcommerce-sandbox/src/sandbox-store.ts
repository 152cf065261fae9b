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

/** A channel locale as GraphQL `store.locales` returns it. */
export interface SandboxLocale {
  readonly code: string;
  readonly status: 'ACTIVE' | 'INACTIVE';
  readonly isDefault: boolean;
}

/** A channel as `GET /v3/channels` lists it, with its currency assignment and GraphQL locales. */
export interface SandboxChannel {
  readonly id: number;
  readonly name: string;
  readonly type: 'storefront' | 'marketplace' | 'marketing' | 'pos';
  readonly status: 'active' | 'prelaunch' | 'inactive' | 'connected' | 'disconnected' | 'archived';
  /** `enabled_currencies` of `/v3/channels/{id}/currency-assignments`. */
  readonly currencies: readonly string[];
  readonly defaultCurrency: string;
  /** GraphQL `store.locales(input:{channelId})` of this channel. */
  readonly locales: readonly SandboxLocale[];
}

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
  readonly defaultLanguage: string;
  /** Channel 1 locales, or `'forbidden'` when the store refuses GraphQL with 403. */
  readonly graphqlLocales: readonly SandboxLocale[] | 'forbidden';
  /** `id` that `GET /v2/store` answers; defaults to the hash (a different one mimics a mix-up). */
  readonly reportedId?: string;
  /**
   * The store's channels. Left out: one active storefront, channel 1, named after the store,
   * with the store's enabled currencies and `graphqlLocales`.
   */
  readonly channels?: readonly SandboxChannel[];
  /**
   * Enforced per store: past the quota in a window, 429 with the X-Rate-Limit-* headers. Left out,
   * the store never runs out (its headers always show the whole quota left).
   */
  readonly rateLimit?: SandboxRateLimit;
}

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

/** The store's channels as one line for people: `Main (active), … Amazon (marketplace, connected)`. */
export function describeChannels(store: SandboxStore): string {
  return channelsOf(store)
    .map((c) => `${c.name} (${c.type === 'storefront' ? c.status : `${c.type}, ${c.status}`})`)
    .join(', ');
}

/** A store with one all-powerful token: the usual case, and what `npm run sandbox` prints. */
export function sandboxStore(overrides: Partial<SandboxStore> & Pick<SandboxStore, 'hash'>): SandboxStore {
  return {
    name: `Sandbox store ${overrides.hash}`,
    tokens: [{ token: `token-${overrides.hash}`, information: 'modify', products: 'modify', channels: 'read' }],
    currencies: [{ code: 'USD', name: 'US Dollar', enabled: true, isDefault: true, transactional: true }],
    defaultLanguage: 'en',
    graphqlLocales: [{ code: 'en', status: 'ACTIVE', isDefault: true }],
    ...overrides,
  };
}

const ACTIVE = (code: string, isDefault = false): SandboxLocale => ({ code, status: 'ACTIVE', isDefault });

/**
 * A multi-storefront, multi-currency, multi-language store for demos: what `npm run sandbox` and
 * `npm run demo` offer. Storefronts: the main one (USD, EUR; en, fr), a European one (EUR, GBP;
 * en, fr, de), a UK one still being set up (GBP; en-GB), an inactive outlet, and a marketplace.
 */
export function showcaseStore(hash: string, name: string): SandboxStore {
  const graphqlLocales = [ACTIVE('en', true), ACTIVE('fr')];
  return sandboxStore({
    hash,
    name,
    currencies: [
      { code: 'USD', name: 'US Dollar', enabled: true, isDefault: true, transactional: true },
      { code: 'EUR', name: 'Euro', enabled: true, isDefault: false, transactional: true },
      { code: 'GBP', name: 'Pound Sterling', enabled: true, isDefault: false, transactional: true },
    ],
    graphqlLocales,
    channels: [
      {
        id: 1,
        name,
        type: 'storefront',
        status: 'active',
        currencies: ['USD', 'EUR'],
        defaultCurrency: 'USD',
        locales: graphqlLocales,
      },
      {
        id: 2,
        name: `${name} Europe`,
        type: 'storefront',
        status: 'active',
        currencies: ['EUR', 'GBP'],
        defaultCurrency: 'EUR',
        locales: [ACTIVE('en'), ACTIVE('fr'), ACTIVE('de', true)],
      },
      {
        id: 3,
        name: `${name} UK`,
        type: 'storefront',
        status: 'prelaunch',
        currencies: ['GBP'],
        defaultCurrency: 'GBP',
        locales: [ACTIVE('en-GB', true)],
      },
      {
        id: 4,
        name: `${name} Outlet`,
        type: 'storefront',
        status: 'inactive',
        currencies: ['USD'],
        defaultCurrency: 'USD',
        locales: [ACTIVE('en', true)],
      },
      {
        id: 5,
        name: 'Amazon',
        type: 'marketplace',
        status: 'connected',
        currencies: ['USD'],
        defaultCurrency: 'USD',
        locales: [],
      },
    ],
  });
}
