import { REDACTED, type FieldChange } from '../persistence/credential-history.entity.js';

/** Fields whose values the history may show. Anything else is left out: an allowlist, not a denylist. */
const AUDITED = ['label', 'apiUrl', 'storeHash', 'clientId', 'active', 'defaultCurrency', 'defaultLocale', 'localeMapping', 'currencyMapping'] as const;
/** Fields whose change is recorded without values. */
const SECRET = ['clientSecret', 'accessToken'] as const;

export type AuditedValues = { readonly [K in (typeof AUDITED)[number]]?: unknown };
export type SecretChanges = { readonly [K in (typeof SECRET)[number]]?: boolean };

/**
 * The changes between two states of a credential, for the history. Secrets appear only as
 * "changed", with both sides {@link REDACTED}.
 */
export function diffCredential(before: AuditedValues, after: AuditedValues, secretsChanged: SecretChanges = {}): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of AUDITED) {
    if (!(field in after)) continue;
    const old = before[field] ?? null;
    const next = after[field] ?? null;
    if (JSON.stringify(old) !== JSON.stringify(next)) changes.push({ field, old, new: next });
  }
  for (const field of SECRET) if (secretsChanged[field]) changes.push({ field, old: REDACTED, new: REDACTED });
  return changes;
}
