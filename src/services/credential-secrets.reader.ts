import { inject, injectable } from 'inversify';

import { KERNEL_SECRET_CIPHER, type SecretCipher } from '@pim/kernel';
import type { CredentialRepository } from '../persistence/credential.repository.js';
import { CREDENTIAL_REPOSITORY } from '../tokens.js';
import { SECRET_CONTEXT } from './credential-secrets.js';

/** Opens the stored secrets of a credential, for the calls that need them. Internal only. */
@injectable()
export class CredentialSecretsReader {
  readonly #credentials: CredentialRepository;
  readonly #cipher: SecretCipher;

  constructor(@inject(CREDENTIAL_REPOSITORY) credentials: CredentialRepository, @inject(KERNEL_SECRET_CIPHER) cipher: SecretCipher) {
    this.#credentials = credentials;
    this.#cipher = cipher;
  }

  async accessToken(id: number): Promise<string> {
    const sealed = await this.#credentials.findSealedSecrets(id);
    return this.#cipher.decrypt(sealed.accessTokenSealed, SECRET_CONTEXT.accessToken);
  }

  async both(id: number): Promise<{ clientSecret: string; accessToken: string }> {
    const sealed = await this.#credentials.findSealedSecrets(id);
    return {
      clientSecret: this.#cipher.decrypt(sealed.clientSecretSealed, SECRET_CONTEXT.clientSecret),
      accessToken: this.#cipher.decrypt(sealed.accessTokenSealed, SECRET_CONTEXT.accessToken),
    };
  }
}
