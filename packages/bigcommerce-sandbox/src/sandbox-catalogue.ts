import {
  describeChannels,
  sandboxStore,
  type SandboxChannel,
  type SandboxChannelStatus,
  type SandboxCurrency,
  type SandboxLocale,
  type SandboxLocaleEdge,
  type SandboxStore,
} from './sandbox-store.js';

/** A store of the catalogue, the token to paste and a sentence saying what it shows. */
export interface CatalogueEntry {
  readonly store: SandboxStore;
  /** The access token to paste into Create Credential. */
  readonly token: string;
  /** What this store shows, in one sentence. */
  readonly shows: string;
  /** Whether a credential for it can be saved (false: the save is refused, with a clear error). */
  readonly saves: boolean;
}

const ACTIVE = (code: string, isDefault = false): SandboxLocale => ({ code, status: 'ACTIVE', isDefault });
const INACTIVE = (code: string, isDefault = false): SandboxLocale => ({ code, status: 'INACTIVE', isDefault });
const currency = (code: string, name: string, isDefault = false, enabled = true): SandboxCurrency => ({
  code,
  name,
  enabled,
  isDefault,
  transactional: enabled,
});

/**
 * A multi-storefront, multi-currency, multi-language store: the plain store of `npm run sandbox`
 * and `npm run demo`. Storefronts: the main one (USD, EUR; en, fr), a European one (EUR, GBP; en,
 * fr, de), a UK one still being set up (GBP; en-GB), an outlet down for maintenance (inactive),
 * and a marketplace. GBP is enabled in the store but not on the main storefront.
 */
export function showcaseStore(hash: string, name: string): SandboxStore {
  const main = [ACTIVE('en', true), ACTIVE('fr')];
  return sandboxStore({
    hash,
    name,
    currencies: [currency('USD', 'US Dollar', true), currency('EUR', 'Euro'), currency('GBP', 'Pound Sterling')],
    graphqlLocales: main,
    channels: [
      storefront(1, name, 'active', ['USD', 'EUR'], main),
      storefront(2, `${name} Europe`, 'active', ['EUR', 'GBP'], [ACTIVE('en'), ACTIVE('fr'), ACTIVE('de', true)]),
      storefront(3, `${name} UK`, 'prelaunch', ['GBP'], [ACTIVE('en-GB', true)]),
      storefront(4, `${name} Outlet`, 'inactive', ['USD'], [ACTIVE('en', true)]),
      { ...storefront(5, 'Amazon', 'connected', ['USD'], []), type: 'marketplace' },
    ],
  });
}

function storefront(
  id: number,
  name: string,
  status: SandboxChannelStatus,
  currencies: readonly string[],
  locales: readonly SandboxLocaleEdge[],
): SandboxChannel {
  return { id, name, type: 'storefront', status, currencies, defaultCurrency: currencies[0]!, locales };
}

/** 120 channels: storefronts in every status, marketplaces and points of sale, over several pages. */
function hundredHalls(hash: string): SandboxStore {
  const statuses: readonly SandboxChannelStatus[] = ['active', 'prelaunch', 'inactive', 'archived', 'deleted'];
  const channels: SandboxChannel[] = [storefront(1, 'Hundred Halls', 'active', ['USD', 'EUR'], [ACTIVE('en', true)])];
  for (let id = 2; id <= 110; id++) {
    const status = id % 37 === 0 ? 'terminated' : statuses[id % statuses.length]!;
    const locales = id % 2 === 0 ? [ACTIVE('en', true), ACTIVE('fr')] : [ACTIVE('de', true), INACTIVE('en')];
    channels.push(storefront(id, `Hall ${id}`, status, id % 3 === 0 ? ['EUR'] : ['USD', 'EUR'], locales));
  }
  for (let id = 111; id <= 120; id++) {
    const type = id % 2 === 0 ? 'marketplace' : 'pos';
    channels.push({
      ...storefront(id, `Outlet ${id}`, id % 3 === 0 ? 'disconnected' : 'connected', ['USD'], []),
      type,
    });
  }
  return sandboxStore({
    hash,
    name: 'Hundred Halls',
    currencies: [currency('USD', 'US Dollar', true), currency('EUR', 'Euro')],
    channels,
  });
}

/** A store of the catalogue, with the token it is reached with (its first one unless said). */
function entry(store: SandboxStore, shows: string, saves = true, token = store.tokens[0]!.token): CatalogueEntry {
  return { store, token, shows, saves };
}

/** Stores whose languages are not what one would guess (locales.mdx, GraphQL `store.locales`). */
function languageStores(): CatalogueEntry[] {
  return [
    entry(
      sandboxStore({
        hash: 'catalyst1',
        name: 'Catalyst Corner',
        graphqlLocales: [INACTIVE('en', true), INACTIVE('fr')],
      }),
      "its storefront's languages are all INACTIVE, as in the docs' example (locales.mdx): the store's default language is offered, the inactive ones can still be mapped.",
    ),
    entry(
      sandboxStore({
        hash: 'quiet1',
        name: 'Quiet Quarters',
        defaultLanguage: 'de',
        currencies: [currency('EUR', 'Euro', true)],
        graphqlLocales: [],
      }),
      'GraphQL lists no language at all for its storefront (not a Catalyst one): the store default language, de, is offered.',
    ),
    entry(
      sandboxStore({ hash: 'edges1', name: 'Broken Edges', graphqlLocales: [null] }),
      'GraphQL answers its languages with a null edge: the languages are said to be unreadable, the rest works.',
    ),
  ];
}

/** Stores whose channels and store settings are not what one would guess (channels.v3.yml, store_information.v2.yml). */
function channelStores(): CatalogueEntry[] {
  return [
    entry(
      hundredHalls('halls1'),
      '120 channels over several pages of GET v3/channels (channels.v3.yml pages them), storefronts in every status, marketplaces and points of sale.',
    ),
    entry(
      sandboxStore({
        hash: 'second1',
        name: 'Second Street',
        defaultChannelId: 2,
        currencies: [currency('USD', 'US Dollar', true), currency('CAD', 'Canadian Dollar')],
        channels: [
          storefront(1, 'Second Street (old site)', 'inactive', ['USD'], [ACTIVE('en', true)]),
          storefront(2, 'Second Street', 'active', ['USD', 'CAD'], [ACTIVE('en', true), ACTIVE('fr')]),
        ],
      }),
      'its default storefront is channel 2 (v2/store default_channel_id), not channel 1.',
    ),
    entry(
      sandboxStore({
        hash: 'bare1',
        name: 'Bare Channels',
        omittedChannelFields: ['type', 'status', 'platform', 'is_listable_from_ui', 'is_visible', 'icon_url'],
        channels: [
          storefront(1, 'Bare Channels', 'active', ['USD'], [ACTIVE('en', true)]),
          storefront(2, 'Bare Channels Two', 'active', ['USD'], [ACTIVE('en', true), ACTIVE('es')]),
        ],
      }),
      'its channels carry only id and name, the two fields channels.v3.yml requires.',
    ),
    entry(
      sandboxStore({ hash: 'lower1', name: 'Lowercase Lane', reportedCurrency: 'usd' }),
      'v2/store spells its default currency in lower case ("usd"): the schema only says it is a string.',
    ),
  ];
}

/** Stores in a state the account is in, not the credential (status-codes.mdx, api-accounts.mdx). */
function accountStores(): CatalogueEntry[] {
  return [
    entry(
      sandboxStore({ hash: 'shelves1', name: 'Full Shelves', planLimitReached: true }),
      "it has reached its plan's product limit: creating a product answers 507 (status-codes.mdx).",
    ),
    entry(
      sandboxStore({ hash: 'paused1', name: 'Paused Provisions', suspended: true }),
      'the store is suspended (every request answers 503, status-codes.mdx): nothing is saved, and the error says why.',
      false,
    ),
    entry(
      sandboxStore({ hash: 'revoked1', name: 'Revoked Rugs', tokens: [] }),
      'its API account was deleted: every request answers 401 (api-accounts.mdx: deleting the account revokes its token).',
      false,
      'token-revoked1',
    ),
  ];
}

/**
 * Every store `npm run demo` lists: one plain store first, then one for each way BigCommerce's
 * published API differs from the easy assumptions (`bigcommerce/docs`, cited in each sentence).
 */
export function sandboxCatalogue(mainHash: string, mainName: string): readonly CatalogueEntry[] {
  return [
    entry(
      showcaseStore(mainHash, mainName),
      'the plain store: four storefronts (one being set up, one inactive) and a marketplace, each storefront with its own currencies and languages.',
    ),
    ...languageStores(),
    ...channelStores(),
    ...accountStores(),
  ];
}

/**
 * The catalogue as people read it: the plain store ready to paste (API URL, client id and secret,
 * token, storefronts), then every other store with its token and what it shows.
 */
export function catalogueLines(
  entries: readonly CatalogueEntry[],
  apiUrl: (hash: string) => string,
  client: { readonly id: string; readonly secret: string },
): string[] {
  const [main, ...others] = entries;
  if (main === undefined) return [];
  return [
    `  API URL:       ${apiUrl(main.store.hash)}`,
    `  Client ID:     ${client.id}`,
    `  Client Secret: ${client.secret}`,
    `  Access Token:  ${main.token}`,
    `  Storefronts:   ${describeChannels(main.store)}`,
    '',
    'Other stores of the sandbox (same client id and secret), each showing one thing:',
    ...others.flatMap((e) => [
      `  ${e.store.name}: ${e.shows}`,
      `    API URL ${apiUrl(e.store.hash)}  Access Token ${e.token}`,
    ]),
  ];
}
