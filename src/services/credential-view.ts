import { SECRET_MASK } from '@pim/kernel';
import type { CodeMapping, CredentialCapabilities, CredentialEntity } from '../persistence/credential.entity.js';
import type { CredentialStatus } from '../dto/create-credential.dto.js';

/**
 * What the edit form receives. Secrets appear only as the fixed mask (never their length) and
 * as whether one is stored.
 */
export interface CredentialEditView {
  readonly id: number;
  readonly version: number;
  readonly label: string;
  readonly apiUrl: string;
  readonly storeHash: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly accessToken: string;
  readonly hasClientSecret: boolean;
  readonly hasAccessToken: boolean;
  readonly status: CredentialStatus;
  readonly defaultCurrency: string | null;
  readonly defaultLocale: string | null;
  readonly localeMapping: CodeMapping;
  readonly currencyMapping: CodeMapping;
  readonly storeName: string | null;
  readonly verifiedAt: string | null;
  readonly verificationOutcome: string | null;
  readonly capabilities: CredentialCapabilities | null;
}

export function toEditView(entity: CredentialEntity, stored: { clientSecret: boolean; accessToken: boolean }): CredentialEditView {
  return {
    id: entity.id,
    version: entity.version,
    label: entity.label,
    apiUrl: entity.apiUrl,
    storeHash: entity.storeHash,
    clientId: entity.clientId,
    clientSecret: stored.clientSecret ? SECRET_MASK : '',
    accessToken: stored.accessToken ? SECRET_MASK : '',
    hasClientSecret: stored.clientSecret,
    hasAccessToken: stored.accessToken,
    status: entity.active ? 'active' : 'inactive',
    defaultCurrency: entity.defaultCurrency,
    defaultLocale: entity.defaultLocale,
    localeMapping: entity.localeMapping ?? {},
    currencyMapping: entity.currencyMapping ?? {},
    storeName: entity.storeName,
    verifiedAt: entity.verifiedAt?.toISOString() ?? null,
    verificationOutcome: entity.verificationOutcome,
    capabilities: entity.capabilities,
  };
}
