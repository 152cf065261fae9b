import { createHash } from 'node:crypto';

/*
 * The module's own words: what a credential is made of, independent of where it is stored,
 * how it is validated or how BigCommerce is asked. Every other folder imports from here.
 */

/** Whether jobs may use a credential; inactive ones are hidden from job filters. */
export type CredentialStatus = 'active' | 'inactive';
export const CREDENTIAL_STATUSES: readonly CredentialStatus[] = ['active', 'inactive'];

/** PIM code → store code, e.g. `{ en_US: 'en' }` or `{ USD: 'USD' }`. */
export type CodeMapping = Readonly<Record<string, string>>;

/** A currency of the store, as remembered. */
export interface StoreCurrency {
  readonly code: string;
  readonly name: string;
  readonly enabled: boolean;
  readonly isDefault: boolean;
}

/**
 * A shopper language of a storefront, as a BCP-47-like code (`en`, `en-US`). GraphQL
 * `store.locales` lists each with `status` `ACTIVE` or `INACTIVE` (`docs/store-operations/settings/locales.mdx`).
 */
export interface StoreLocale {
  readonly code: string;
  readonly isDefault: boolean;
  /** Listed `INACTIVE`: the storefront does not show it yet, but values may be mapped to it. */
  readonly inactive?: boolean;
  /**
   * Not listed by the storefront: the store's default language (`v2/store` `language`), which the
   * storefront speaks when it lists no active language (every non-Catalyst storefront).
   */
  readonly fallback?: boolean;
}

/** A channel of the store (a storefront, a marketplace, a point of sale…), as remembered. */
export interface StoreChannel {
  readonly id: number;
  readonly name: string;
  /** `storefront`, `marketplace`, `marketing`, `pos`: only storefronts have languages and can be chosen. */
  readonly type: string;
  /**
   * `active`, `prelaunch`, `inactive` (down for maintenance), `archived`…; null when the answer
   * left it out (it is optional in `ChannelWithoutCurrencies`).
   */
  readonly status: string | null;
  /** The currencies enabled on this channel; null when they could not be read. */
  readonly currencies: readonly string[] | null;
  readonly defaultCurrency: string | null;
  /** The channel's languages (GraphQL), never empty once read; null when they could not be read. */
  readonly locales: readonly StoreLocale[] | null;
}

/** The store's lists as last read from BigCommerce, kept to show and validate mappings without asking again. */
export interface StoreListsSnapshot {
  /** The store's currencies (`v2/currencies`), enabled or not. */
  readonly currencies: readonly StoreCurrency[];
  /** The default storefront's languages: never empty once read (the store's default language at least). */
  readonly locales: readonly StoreLocale[];
  /**
   * `graphql`: the default storefront's languages as GraphQL listed them (complete); otherwise
   * only the store's default language is known, and other codes may be typed.
   */
  readonly localesFrom: 'graphql' | 'default-language' | 'none';
  /**
   * The store's storefronts; null when the token may not list them (no Channel Settings scope):
   * the store then counts as one storefront, its default. Absent on lists read before storefronts
   * were known.
   */
  readonly channels?: readonly StoreChannel[] | null;
  /** The store's default storefront (`v2/store` `default_channel_id`); absent: 1, the spec's default. */
  readonly defaultChannelId?: number;
  /** True when the store has more storefronts than are read ({@link MAX_STOREFRONTS}). */
  readonly channelsTruncated?: boolean;
  /** ISO time of the reading. */
  readonly readAt: string;
}

/** The default storefront when the store does not say: `default_channel_id` defaults to 1 (`store_information.v2.yml`). */
export const DEFAULT_CHANNEL_ID = 1;

/** The default storefront of a store as remembered. */
export function defaultChannelOf(lists: Pick<StoreListsSnapshot, 'defaultChannelId'> | null): number {
  return lists?.defaultChannelId ?? DEFAULT_CHANNEL_ID;
}

/**
 * Storefront statuses a credential may serve: active, being set up, or inactive ("down for
 * maintenance": products can still be assigned to it). Archived, deleted and terminated ones are
 * gone (`reference/channels.v3.yml`, `available` and `ChannelStatus`).
 */
export const SERVABLE_CHANNEL_STATUSES: ReadonlySet<string> = new Set(['active', 'prelaunch', 'inactive']);

/** A storefront a credential may serve: a storefront channel that is not gone (an unknown status counts as there). */
export function isChoosableStorefront(channel: Pick<StoreChannel, 'type' | 'status'>): boolean {
  return channel.type === 'storefront' && (channel.status === null || SERVABLE_CHANNEL_STATUSES.has(channel.status));
}

/** Pages of `v3/channels` read at most (of {@link CHANNELS_PAGE_SIZE}): a store with more is told so. */
export const MAX_CHANNEL_PAGES = 10;
/** Channels asked for per page. */
export const CHANNELS_PAGE_SIZE = 50;
/** At most this many storefronts are read and remembered per store, and may be served. */
export const MAX_STOREFRONTS = MAX_CHANNEL_PAGES * CHANNELS_PAGE_SIZE;

/** A BigCommerce locale: BCP-47-like, `en`, `en-US`, and the odd non-ISO `en-UK` or `ua`. */
export const STORE_LOCALE_CODE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,2}$/i;
/** An ISO 4217 currency code. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;

/** What happened to a credential. */
export type CredentialHistoryEvent = 'created' | 'updated' | 'deleted' | 'verified';

/** One changed field. Secret fields carry {@link REDACTED} instead of values. */
export interface FieldChange {
  readonly field: string;
  readonly old: unknown;
  readonly new: unknown;
}

/** Stands for a secret value in the history: the fact that it changed, never the value. */
export const REDACTED = '[redacted]';

/** Fields whose values the history may show. Anything else is left out: an allowlist, not a denylist. */
export const AUDITED_FIELDS = [
  'label',
  'apiUrl',
  'storeHash',
  'clientId',
  'status',
  'defaultCurrency',
  'defaultLocale',
  'localeMapping',
  'currencyMapping',
  'channelIds',
] as const;
/** Fields whose change is recorded without values. */
export const SECRET_FIELDS = ['clientSecret', 'accessToken'] as const;

/** A credential id as it may appear in a URL or a job's saved filter: 1 to 9,999,999,999, digits only. */
const CREDENTIAL_ID = /^[1-9][0-9]{0,9}$/;

/**
 * The credential id `raw` names, or null. Only the canonical decimal form is accepted, so `0x1`,
 * `1e0`, `+1`, ` 1` and `01` name nothing (a 404), never credential 1.
 */
export function parseCredentialId(raw: unknown): number | null {
  const text = typeof raw === 'number' ? String(raw) : raw;
  return typeof text === 'string' && CREDENTIAL_ID.test(text) ? Number(text) : null;
}

/**
 * What makes two labels the same to a person reading them: letters compared without case or
 * accents, compatibility forms folded (`ﬁ` is `fi`), runs of spaces as one. Stored as a SHA-256
 * with a unique index, so every engine refuses `casedup` beside `CaseDup` and `Cafe` beside `Café`.
 */
export function labelKey(label: string): string {
  const folded = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .normalize('NFC');
  return createHash('sha256').update(folded, 'utf8').digest('hex');
}

/**
 * Characters a person cannot see, or that reorder what they see: control characters (C0, DEL,
 * C1), the soft hyphen, bidirectional marks, embeddings, overrides and isolates, zero-width
 * characters, word joiners, the line and paragraph separators and the byte-order mark.
 */
const INVISIBLE_OR_CONTROL =
  '\\u0000-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u206F\\uFEFF';
const ANY = new RegExp(`[${INVISIBLE_OR_CONTROL}]`, 'u');
const EVERY = new RegExp(`[${INVISIBLE_OR_CONTROL}]`, 'gu');

/** True when `text` has a character of {@link INVISIBLE_OR_CONTROL}. */
export function hasInvisibleOrControl(text: string): boolean {
  return ANY.test(text);
}

/** `text` without the characters of {@link INVISIBLE_OR_CONTROL}. */
export function stripInvisibleOrControl(text: string): string {
  return text.replace(EVERY, '');
}

/** Text as it is compared and stored: NFC (one encoding per accented letter), without surrounding spaces. */
export function cleanText(text: string): string {
  return text.normalize('NFC').trim();
}
