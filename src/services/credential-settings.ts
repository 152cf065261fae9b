import { defaultChannelOf } from '../domain.js';
import {
  acceptable,
  offeredCurrencies,
  offeredLocales,
  servedChannelIds,
  storefrontsOf,
  type OfferedCodes,
} from '../mapping/storefront-lists.js';
import type { JobCredentialRow } from '../persistence/job-credential.reader.js';
import type { CredentialSettings, CredentialStorefront, LastCheck } from '../public-api.js';

/** What a credential's settings are read against: the PIM's active codes, and how an outcome reads. */
export interface SettingsContext {
  readonly activeLocales: readonly string[];
  readonly activeCurrencies: readonly string[];
  /** The outcome of a check as the current user reads it. */
  readonly summary: (outcome: string) => string;
}

/** A credential's settings as jobs get them, frozen: nothing secret. */
export function settingsOf(row: JobCredentialRow, context: SettingsContext): CredentialSettings {
  const storeLocales = offeredLocales(row.storeLists, row.channelIds);
  const storeCurrencies = offeredCurrencies(row.storeLists, row.channelIds);
  return Object.freeze({
    id: row.id,
    label: row.label,
    baseUrl: row.apiUrl,
    storeHash: row.storeHash,
    defaultCurrency: row.defaultCurrency,
    defaultLocale: row.defaultLocale,
    localeMapping: usable(row.localeMapping, context.activeLocales, storeLocales),
    currencyMapping: usable(row.currencyMapping, context.activeCurrencies, storeCurrencies),
    storefronts: Object.freeze(servedStorefronts(row).map((s) => Object.freeze(s))),
    lastCheck: lastCheckOf(row, context.summary),
    capabilities: Object.freeze({
      informationRead: row.capabilities?.informationRead ?? false,
      productsRead: row.capabilities?.productsRead ?? false,
      productsWrite: row.capabilities?.productsWrite ?? null,
      channelsRead: row.capabilities?.channelsRead ?? null,
      ...(row.capabilities?.planLimitReached === true ? { planLimitReached: true } : {}),
    }),
  });
}

/** The last check of a row, with its outcome as people read it; null when never checked. */
export function lastCheckOf(
  row: { readonly verifiedAt: Date | null; readonly verificationOutcome: string | null },
  summary: (outcome: string) => string,
): LastCheck {
  if (row.verifiedAt === null || row.verificationOutcome === null) return null;
  const outcome = row.verificationOutcome;
  return Object.freeze({ at: row.verifiedAt, ok: outcome === 'ok', outcome, summary: summary(outcome) });
}

/**
 * The rows of a mapping a job may use: for a PIM code active now, to a store code the served
 * storefronts have (as last read; a code that cannot be refuted while their list is unknown passes).
 */
function usable(
  mapping: Readonly<Record<string, string>> | null,
  active: readonly string[],
  offer: OfferedCodes,
): Readonly<Record<string, string>> {
  const allowed = new Set(active);
  return Object.freeze(
    Object.fromEntries(
      Object.entries(mapping ?? {}).filter(([code, value]) => allowed.has(code) && acceptable(offer, value)),
    ),
  );
}

/** The storefronts served, named as last read (the store's name for its default one while unknown). */
function servedStorefronts(row: JobCredentialRow): CredentialStorefront[] {
  const known = new Map((storefrontsOf(row.storeLists) ?? []).map((c) => [c.id, c.name]));
  const defaultId = defaultChannelOf(row.storeLists);
  return servedChannelIds(row.channelIds, row.storeLists).map((id) => ({
    id,
    name: known.get(id) ?? (id === defaultId ? (row.storeName ?? row.storeHash) : `#${id}`),
    default: id === defaultId,
  }));
}
