import { CAPABILITY_NAMES, satisfies, type Capabilities, type CapabilityName } from '../capabilities.js';
import type { CredentialEntity } from './credential.entity.js';

/**
 * The entity property of each capability a job may require: a boolean column beside the
 * `capabilities` JSON, so a job filter asks the database a plain `= true` (never a `LIKE` on the
 * JSON text).
 */
export const CAPABILITY_COLUMNS = {
  'products:modify': 'canWriteProducts',
  'products:read': 'canReadProducts',
  'channels:read': 'canReadChannels',
} as const satisfies Record<CapabilityName, keyof CredentialEntity>;

/** The entity properties of the flag columns: never set by hand, always taken from `capabilities`. */
export type CapabilityFlagColumn = (typeof CAPABILITY_COLUMNS)[CapabilityName];

/** The flag columns of `capabilities`, written in the same statement as the JSON they are taken from. */
export function capabilityFlags(capabilities: Capabilities | null): Pick<CredentialEntity, CapabilityFlagColumn> {
  const flags = CAPABILITY_NAMES.map((name) => [CAPABILITY_COLUMNS[name], satisfies(capabilities, name)] as const);
  return Object.fromEntries(flags) as Pick<CredentialEntity, CapabilityFlagColumn>;
}

/** `changes` with the flag columns, when they change the capabilities. */
export function withCapabilityFlags<T extends { readonly capabilities?: Capabilities | null }>(changes: T): T {
  return 'capabilities' in changes ? { ...changes, ...capabilityFlags(changes.capabilities ?? null) } : changes;
}
