import type { CredentialSettings, CredentialStorefront } from '@pim/bigcommerce-credentials/public-api';

/** Where a store value came from: the credential's mapping of the PIM code, or its default. */
export type Source = 'mapping' | 'default';

/** A PIM code (null: none was chosen) and the store code a job uses for it. */
export interface ResolvedCode {
  readonly pim: string | null;
  readonly store: string;
  readonly from: Source;
}

/** Why a filter value cannot be used. */
export type CodeProblem =
  | { readonly kind: 'not-active'; readonly code: string }
  | { readonly kind: 'unresolved'; readonly code: string }
  | { readonly kind: 'no-default' };

/** What a locale or currency filter becomes: a store code for each chosen PIM code, and what cannot be. */
export interface ResolvedCodes {
  readonly rows: readonly ResolvedCode[];
  readonly problems: readonly CodeProblem[];
}

/** The store code of one PIM code: its mapping, else the default; null when neither is set. */
export function resolveCode(
  pim: string,
  mapping: Readonly<Record<string, string>>,
  fallback: string | null,
): ResolvedCode | null {
  const mapped = mapping[pim];
  if (mapped !== undefined) return { pim, store: mapped, from: 'mapping' };
  return fallback === null ? null : { pim, store: fallback, from: 'default' };
}

/**
 * Each chosen PIM code as the job would use it. With none chosen, a job falls back to the
 * store's default (UnoPim's BigCommerce export: "without a locale it falls back to the store's
 * defaults"). A code no longer active in the PIM, or one neither mapped nor covered by a default,
 * is a problem.
 */
export function resolveCodes(
  chosen: readonly string[],
  active: readonly string[],
  mapping: Readonly<Record<string, string>>,
  fallback: string | null,
): ResolvedCodes {
  if (chosen.length === 0)
    return fallback === null
      ? { rows: [], problems: [{ kind: 'no-default' }] }
      : { rows: [{ pim: null, store: fallback, from: 'default' }], problems: [] };
  const activeCodes = new Set(active);
  const rows: ResolvedCode[] = [];
  const problems: CodeProblem[] = [];
  for (const code of chosen) {
    const resolved = resolveCode(code, mapping, fallback);
    if (!activeCodes.has(code)) problems.push({ kind: 'not-active', code });
    else if (resolved === null) problems.push({ kind: 'unresolved', code });
    else rows.push(resolved);
  }
  return { rows, problems };
}

/** The storefront a job writes when none is chosen: the store's default one if served, else the first served. */
export function fallbackStorefront(served: readonly CredentialStorefront[]): CredentialStorefront | undefined {
  return served.find((s) => s.default) ?? served[0];
}

/** What a storefront filter becomes: the storefronts a job writes, and chosen ones no longer served. */
export interface ResolvedStorefronts {
  readonly storefronts: readonly (CredentialStorefront & { readonly from: 'chosen' | 'default' })[];
  readonly notServed: readonly string[];
}

/** The chosen storefronts the credential still serves; none chosen: its fallback storefront. */
export function resolveStorefronts(
  chosen: readonly string[],
  served: readonly CredentialStorefront[],
): ResolvedStorefronts {
  if (chosen.length === 0) {
    const fallback = fallbackStorefront(served);
    return { storefronts: fallback === undefined ? [] : [{ ...fallback, from: 'default' }], notServed: [] };
  }
  const byId = new Map(served.map((s) => [String(s.id), s]));
  return {
    storefronts: chosen.flatMap((id) => {
      const storefront = byId.get(id);
      return storefront === undefined ? [] : [{ ...storefront, from: 'chosen' as const }];
    }),
    notServed: chosen.filter((id) => !byId.has(id)),
  };
}

/** The PIM codes a filter of this credential offers: each active one a store code can be found for. */
export function offeredCodes(
  active: readonly string[],
  mapping: Readonly<Record<string, string>>,
  fallback: string | null,
): ResolvedCode[] {
  return active.flatMap((code) => {
    const resolved = resolveCode(code, mapping, fallback);
    return resolved === null ? [] : [resolved];
  });
}

/** The locale and currency mappings and defaults of a credential, by filter. */
export const CODE_FILTERS = {
  locales: (c: CredentialSettings) => ({ mapping: c.localeMapping, fallback: c.defaultLocale }),
  currencies: (c: CredentialSettings) => ({ mapping: c.currencyMapping, fallback: c.defaultCurrency }),
} as const;

export type CodeFilter = keyof typeof CODE_FILTERS;
