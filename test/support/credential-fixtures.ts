import type { NewCredentialRecord } from '../../src/persistence/credential.repository.js';

/** A storable credential row; secrets are opaque sealed-looking strings, not real ciphertext. */
export function credentialRecord(overrides: Partial<NewCredentialRecord> = {}): NewCredentialRecord {
  const hash = overrides.storeHash ?? 'abc123';
  return {
    label: 'Production Store',
    apiUrl: `https://api.bigcommerce.com/stores/${hash}/`,
    storeHash: hash,
    clientId: 'client-id-1',
    clientSecretSealed: 'v1.k1.sealed-client-secret',
    accessTokenSealed: 'v1.k1.sealed-access-token',
    secretKeyId: 'k1',
    status: 'active',
    defaultCurrency: null,
    defaultLocale: null,
    localeMapping: null,
    currencyMapping: null,
    channelIds: null,
    storeName: null,
    verifiedAt: null,
    verificationOutcome: null,
    capabilities: null,
    storeLists: null,
    ...overrides,
  };
}
