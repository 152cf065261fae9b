import type { SecretCipher } from '@pim/kernel';
import { SECRET_MASK } from '@pim/kernel';

/** Cipher contexts: a sealed client secret cannot be opened as an access token, or vice versa. */
export const SECRET_CONTEXT = {
  clientSecret: 'bigcommerce.credential.client_secret',
  accessToken: 'bigcommerce.credential.access_token',
} as const;

/** A posted secret: blank or the fixed mask keeps the stored value, anything else replaces it. */
export function replacementSecret(posted: string | undefined): string | null {
  if (posted === undefined) return null;
  const value = posted.trim();
  return value === '' || value === SECRET_MASK ? null : value;
}

export function sealSecrets(cipher: SecretCipher, secrets: { clientSecret: string; accessToken: string }): { clientSecretSealed: string; accessTokenSealed: string } {
  return {
    clientSecretSealed: cipher.encrypt(secrets.clientSecret, SECRET_CONTEXT.clientSecret),
    accessTokenSealed: cipher.encrypt(secrets.accessToken, SECRET_CONTEXT.accessToken),
  };
}
