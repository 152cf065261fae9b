/** Access a token has to one scope, as set on a BigCommerce API account. */
export type ScopeLevel = 'none' | 'read' | 'modify';

/** A store-level API token of the sandbox. */
export interface SandboxToken {
  readonly token: string;
  readonly information: ScopeLevel;
  readonly products: ScopeLevel;
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
}

/** A store with one all-powerful token: the usual case, and what `npm run sandbox` prints. */
export function sandboxStore(overrides: Partial<SandboxStore> & Pick<SandboxStore, 'hash'>): SandboxStore {
  return {
    name: `Sandbox store ${overrides.hash}`,
    tokens: [{ token: `token-${overrides.hash}`, information: 'modify', products: 'modify' }],
    currencies: [{ code: 'USD', name: 'US Dollar', enabled: true, isDefault: true, transactional: true }],
    defaultLanguage: 'en',
    graphqlLocales: [{ code: 'en', status: 'ACTIVE', isDefault: true }],
    ...overrides,
  };
}

/** A multi-currency, multi-language store for demos: what `npm run sandbox` and `npm run demo` offer. */
export function showcaseStore(hash: string, name: string): SandboxStore {
  return sandboxStore({
    hash,
    name,
    currencies: [
      { code: 'USD', name: 'US Dollar', enabled: true, isDefault: true, transactional: true },
      { code: 'EUR', name: 'Euro', enabled: true, isDefault: false, transactional: true },
      { code: 'GBP', name: 'Pound Sterling', enabled: true, isDefault: false, transactional: false },
    ],
    graphqlLocales: [
      { code: 'en', status: 'ACTIVE', isDefault: true },
      { code: 'fr', status: 'ACTIVE', isDefault: false },
      { code: 'de', status: 'ACTIVE', isDefault: false },
    ],
  });
}
