import { createHash } from 'node:crypto';

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
  const folded = label.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim().normalize('NFC');
  return createHash('sha256').update(folded, 'utf8').digest('hex');
}
