/**
 * The public contract of the BigCommerce credentials module for import and export jobs. Jobs
 * import this file and nothing else of the module; resolve the provider from the host container
 * with {@link BIGCOMMERCE_CREDENTIAL_PROVIDER}.
 */
import type { ServiceIdentifier } from 'inversify';

import type { Capabilities, CapabilityName } from './capabilities.js';

export { CAPABILITY_NAMES, satisfies, type Capabilities, type CapabilityName } from './capabilities.js';

/**
 * A capability a job may require of a credential's token: `products:modify` (exports write
 * products), `products:read` (imports read them; since 0.4.0), `channels:read` (the token lists
 * the store's storefronts, so a job can work per storefront; since 0.3.0).
 * `satisfies(capabilities, name)` answers whether a credential has one (since 0.5.0).
 * @public
 */
export type CredentialCapability = CapabilityName;

/** What a job filter's async select sends (UnoPim's `v-async-select-handler`). @public */
export interface CredentialOptionQuery {
  /** Search in labels (case-insensitive, anywhere in the label). */
  readonly query?: string;
  /** The page to answer, from 1 (default 1). */
  readonly page?: number;
  /** 1 to 100; default 20. */
  readonly perPage?: number;
  /** Rehydrate a saved choice: these ids, active or not, instead of a search. */
  readonly ids?: readonly (string | number)[];
  /** Only credentials whose token can do this (export jobs ask for `products:modify`). */
  readonly capability?: CredentialCapability;
}

/**
 * The last connection check of a credential (on save, Test connection, or the re-check
 * command): when, whether it succeeded, and its outcome code (`ok`, or a verification error
 * code such as `token-invalid` or `scope-products-missing`), with `summary`, the outcome as people
 * read it in the current user's language ("Connected", "Token revoked or mistyped"; since 0.6.0).
 * Null when it was never checked.
 * @public
 */
export type LastCheck = {
  readonly at: Date;
  readonly ok: boolean;
  readonly outcome: string;
  readonly summary: string;
} | null;

/**
 * One choice; `inactive` marks a rehydrated credential that can no longer be chosen. A credential
 * whose last check failed is still offered, flagged: `warning` says so in the user's language
 * (since 0.3.0).
 * @public
 */
export interface CredentialOption {
  /** The credential's id: what a job profile saves, and passes to `getActive`. */
  readonly id: number;
  /** The credential's label, as the store owner named it. */
  readonly label: string;
  /** Set on a rehydrated credential that is inactive now: shown, but not to be chosen again. */
  readonly inactive?: true;
  /** The credential's last connection check. */
  readonly lastCheck: LastCheck;
  /** Why the credential may not work (its last check failed), in the user's language. */
  readonly warning?: string;
}

/** A storefront (a BigCommerce channel) a credential serves. @public */
export interface CredentialStorefront {
  /** The channel id (`channel_id` in BigCommerce's APIs). */
  readonly id: number;
  /** The channel's name, as the store last reported it. */
  readonly name: string;
  /** Whether it is the store's default storefront (since 0.6.0). */
  readonly default: boolean;
}

/** UnoPim's async-select response. @public */
export interface CredentialOptionPage {
  /** The credentials of this page. */
  readonly options: readonly CredentialOption[];
  /** This page's number, from 1. */
  readonly page: number;
  /** The number of the last page (1 when there is none). */
  readonly lastPage: number;
}

/**
 * A credential as a job's filters and its check see it: everything but its API account (no
 * secret is opened to read it). Frozen. @public @since 0.6.0
 */
export interface CredentialSettings {
  /** The credential's id. */
  readonly id: number;
  /** The credential's label, for a job's log and messages. */
  readonly label: string;
  /** `https://api.bigcommerce.com/stores/<hash>/`; append `v2/...`, `v3/...` or `graphql`. */
  readonly baseUrl: string;
  /** The store hash of the API URL (`abc123` of `…/stores/abc123/`). */
  readonly storeHash: string;
  /** The store currency for a PIM currency without a mapping (see {@link resolveStoreCurrency}); null: none set. */
  readonly defaultCurrency: string | null;
  /** The store locale for a PIM locale without a mapping (see {@link resolveStoreLocale}); null: none set. */
  readonly defaultLocale: string | null;
  /**
   * PIM locale → store locale, only for locales active in the PIM and languages the served
   * storefronts have (as last read from the store; while their languages cannot be read, a typed
   * code is passed on as typed).
   */
  readonly localeMapping: Readonly<Record<string, string>>;
  /** PIM currency → store currency, only for currencies active in the PIM and enabled on the served storefronts. */
  readonly currencyMapping: Readonly<Record<string, string>>;
  /**
   * The storefronts (channels) this credential serves, at least one: the store's default
   * storefront unless others were chosen (since 0.3.0).
   */
  readonly storefronts: readonly CredentialStorefront[];
  /** The last connection check (since 0.3.0). */
  readonly lastCheck: LastCheck;
  /**
   * What the token may do, as the last verification proved it: `productsWrite` and `channelsRead`
   * are `null` when not known (Channel Settings since 0.3.0; `planLimitReached` since 0.5.0).
   */
  readonly capabilities: Readonly<
    Required<Pick<Capabilities, 'informationRead' | 'productsRead' | 'productsWrite' | 'channelsRead'>>
  > &
    Pick<Capabilities, 'planLimitReached'>;
}

/**
 * An active credential, decrypted, frozen: its {@link CredentialSettings} and its API account.
 * It holds secrets: never log it, never send it to a browser, never keep it longer than the job
 * that asked for it. Prefer {@link BigcommerceCredentialProvider.connect}, which sends the token
 * for you.
 * @public
 */
export interface ActiveCredential extends CredentialSettings {
  /** The API account's client id (`X-Auth-Client`, where an API asks for it). */
  readonly clientId: string;
  /** The API account's client secret. A secret: never log it. */
  readonly clientSecret: string;
  /** Send as `X-Auth-Token`. A secret: never log it. */
  readonly accessToken: string;
}

/** A path of a store's REST API, relative to its base: `v2/store`, `v3/catalog/products`. @public @since 0.6.0 */
export type StorePath = `v2/${string}` | `v3/${string}`;

/** Query parameters of a store request. @public @since 0.6.0 */
export type StoreQuery = Readonly<Record<string, string | number>>;

/** A store's answer: any HTTP status BigCommerce answered with, and the parsed JSON (null for none). @public @since 0.6.0 */
export interface StoreAnswer {
  /** The HTTP status BigCommerce answered with (a 4xx or 5xx too: the job decides). */
  readonly status: number;
  /** The answer's JSON, parsed; null for 204 or an empty body. */
  readonly body: unknown;
}

/**
 * Requests to one credential's store, with the module's policies: the token header set once, each
 * call within the module's time budget (retries included) and answer size, redirects refused, a
 * 429 waited out as the store's `X-Rate-Limit-*` headers ask (GETs also retried after a 5xx), and
 * the store's quota shared with everything else the module sends, a share of each window left to
 * the store's other apps. Every answer is returned, whatever its status; a call that gets none
 * throws a {@link StoreRequestError}, which never holds a token or a header.
 * @public @since 0.6.0
 */
export interface StoreConnection {
  /** The credential it is for. */
  readonly credentialId: number;
  /** GET a path, e.g. `v3/catalog/products` with `{ limit: 250, page: 2 }`; tried again after a 5xx. */
  get(path: StorePath, query?: StoreQuery): Promise<StoreAnswer>;
  /** POST JSON to a path; never tried again after a 5xx (BigCommerce may have done it). */
  post(path: StorePath, body: unknown): Promise<StoreAnswer>;
  /** PUT JSON to a path, e.g. a batch of `v3/catalog/products`; never tried again after a 5xx. */
  put(path: StorePath, body: unknown): Promise<StoreAnswer>;
  /** DELETE a path, with query parameters (e.g. `id:in`); never tried again after a 5xx. */
  delete(path: StorePath, query?: StoreQuery): Promise<StoreAnswer>;
  /** A query of the store's GraphQL Admin API (`POST graphql`). */
  graphql(query: string, variables?: Readonly<Record<string, unknown>>): Promise<StoreAnswer>;
}

/** Why a store request got no answer a job can use. @public @since 0.6.0 */
export type StoreRequestFailure =
  | 'rate-limited'
  | 'quota-reserve-reached'
  | 'timeout'
  | 'unreachable'
  | 'redirect-refused'
  | 'response-too-large'
  | 'malformed-response'
  | 'origin-not-allowed';

/**
 * A store request that got no usable answer. `message` is translated into the current user's
 * language; `messageKey` and `params` let a job log it in its own. Holds no token, no header.
 * @public @since 0.6.0
 */
export class StoreRequestError extends Error {
  /** Always `StoreRequestError`. */
  override readonly name = 'StoreRequestError';

  constructor(
    /** Why. */
    readonly code: StoreRequestFailure,
    message: string,
    /** The translation key of the message. */
    readonly messageKey: string,
    /** The message's placeholders (e.g. `seconds` to wait). */
    readonly params: Readonly<Record<string, string | number>>,
  ) {
    super(message);
  }
}

/** What import and export jobs call. @public */
export interface BigcommerceCredentialProvider {
  /** The credentials a job filter may offer: active only, ordered by label, paginated. */
  listOptions(query: CredentialOptionQuery): Promise<CredentialOptionPage>;
  /**
   * The credential a job runs with, read fresh (a deactivation or deletion applies at once).
   * @throws {@link CredentialUnavailableError} when it is missing, deleted or inactive.
   */
  getActive(id: number | string): Promise<ActiveCredential>;
  /**
   * A credential's settings, read fresh, without opening its secrets: what a job filter offers
   * (storefronts, languages, currencies) for it.
   * @throws {@link CredentialUnavailableError} when it is missing, deleted or inactive.
   * @since 0.6.0
   */
  describe(id: number | string): Promise<CredentialSettings>;
  /**
   * A connection to the store of a credential `getActive` gave: the job sends requests, the
   * module sends the token. Nothing is sent until a request is made.
   * @throws {@link StoreRequestError} `origin-not-allowed` when this host no longer allows the credential's API origin.
   * @since 0.6.0
   */
  connect(credential: ActiveCredential): StoreConnection;
}

/** The container identifier jobs resolve the {@link BigcommerceCredentialProvider} with. @public */
export const BIGCOMMERCE_CREDENTIAL_PROVIDER = Symbol.for(
  'bigcommerce.CredentialProvider',
) as ServiceIdentifier<BigcommerceCredentialProvider>;

/** Why a job cannot use a credential. @public */
export type CredentialUnavailableReason = 'missing' | 'inactive' | 'secret-unreadable';

/** The translation key of each {@link CredentialUnavailableReason}'s message. @public */
export type CredentialUnavailableMessageKey =
  | 'bigcommerce.provider.credential-missing'
  | 'bigcommerce.provider.credential-inactive'
  | 'bigcommerce.provider.credential-secret-unreadable';

const UNAVAILABLE_KEYS = {
  missing: 'bigcommerce.provider.credential-missing',
  inactive: 'bigcommerce.provider.credential-inactive',
  'secret-unreadable': 'bigcommerce.provider.credential-secret-unreadable',
} as const satisfies Record<CredentialUnavailableReason, CredentialUnavailableMessageKey>;

/**
 * A job asked for a credential it cannot use: it is missing or deleted, inactive, or its secrets
 * cannot be opened on this host (sealed with a key the host lacks; since 0.2.0). `message` is
 * translated into the current user's language; `messageKey` and `params` let a job log it in its own.
 * @public
 */
export class CredentialUnavailableError extends Error {
  /** Always `CredentialUnavailableError`, to tell it from other errors in a log. */
  override readonly name = 'CredentialUnavailableError';
  /** The translation key of the message, to log it in a job's own language. */
  readonly messageKey: CredentialUnavailableMessageKey;
  /** The message's placeholders: `id`, and `keyId` for `secret-unreadable`. */
  readonly params: Readonly<Record<string, string>>;

  constructor(
    /** The id the job asked for, as it asked. */
    readonly credentialId: string,
    /** Why the credential cannot be used. */
    readonly reason: CredentialUnavailableReason,
    message: string,
    params: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.messageKey = CredentialUnavailableError.messageKeyFor(reason);
    this.params = { ...params, id: credentialId };
  }

  /** The translation key of a reason's message (placeholders: `id`, and `keyId` for `secret-unreadable`). */
  static messageKeyFor(reason: CredentialUnavailableReason): CredentialUnavailableMessageKey {
    return UNAVAILABLE_KEYS[reason];
  }
}

/** The store locale for a PIM locale: its mapping, else the credential's default locale. @public */
export function resolveStoreLocale(credential: ActiveCredential, pimLocale: string): string | null {
  return credential.localeMapping[pimLocale] ?? credential.defaultLocale;
}

/** The store currency for a PIM currency: its mapping, else the credential's default currency. @public */
export function resolveStoreCurrency(credential: ActiveCredential, pimCurrency: string): string | null {
  return credential.currencyMapping[pimCurrency] ?? credential.defaultCurrency;
}
