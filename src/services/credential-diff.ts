import { AUDITED_FIELDS, REDACTED, SECRET_FIELDS, type FieldChange } from '../domain.js';

export type AuditedValues = { readonly [K in (typeof AUDITED_FIELDS)[number]]?: unknown };
export type SecretChanges = { readonly [K in (typeof SECRET_FIELDS)[number]]?: boolean };

/**
 * The changes between two states of a credential, for the history: each audited field present in
 * `after` whose value differs from `before`, and each secret that was replaced, shown only as
 * "changed" with both sides {@link REDACTED}. Fields that are not audited never appear.
 */
export function diffCredential(
  before: AuditedValues,
  after: AuditedValues,
  secretsChanged: SecretChanges = {},
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of AUDITED_FIELDS) {
    if (!(field in after)) continue;
    const old = before[field] ?? null;
    const next = after[field] ?? null;
    if (comparable(old) !== comparable(next)) changes.push({ field, old, new: next });
  }
  for (const field of SECRET_FIELDS)
    if (secretsChanged[field] === true) changes.push({ field, old: REDACTED, new: REDACTED });
  return changes;
}

/** A value as JSON with object keys sorted: two mappings holding the same pairs compare equal. */
function comparable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The audited fields of `source` that it has (e.g. the changes of an update). */
export function auditedOf(source: object): AuditedValues {
  return Object.fromEntries(
    AUDITED_FIELDS.filter((field) => field in source).map((field) => [
      field,
      (source as Record<string, unknown>)[field],
    ]),
  );
}
