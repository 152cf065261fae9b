import { inject, injectable } from 'inversify';

import {
  KERNEL_SECRET_CIPHER,
  SECRET_MASK,
  SecretDecryptionError,
  SecretSealingError,
  type SecretCipher,
  type SecretStore,
} from '@pim/kernel';

import { SecretUnavailableError } from '../errors/secret.errors.js';
import { SealedSecretRepository, type SealedSecrets } from '../persistence/sealed-secret.repository.js';

/** Cipher contexts: a sealed client secret cannot be opened as an access token, or vice versa. */
export const SECRET_CONTEXT = {
  clientSecret: 'bigcommerce.credential.client_secret',
  accessToken: 'bigcommerce.credential.access_token',
} as const;

/** Both secrets in the clear: only ever in memory, for the call that needs them. */
export interface PlainSecrets {
  readonly clientSecret: string;
  readonly accessToken: string;
}

/** A posted secret: blank or the fixed mask keeps the stored value, anything else replaces it. */
export function replacementSecret(posted: string | undefined): string | null {
  if (posted === undefined) return null;
  const value = posted.trim();
  return value === '' || value === SECRET_MASK ? null : value;
}

/** The host's cipher errors as the module's translated error; anything else passes through. */
function unavailable(error: unknown, sealed: string | null, cipher: SecretCipher): unknown {
  if (error instanceof SecretSealingError) return new SecretUnavailableError('cannot-seal', error.keyId);
  if (!(error instanceof SecretDecryptionError)) return error;
  let keyId = '?';
  try {
    if (sealed !== null) keyId = cipher.keyIdOf(sealed);
  } catch {
    // A malformed value names no key; the message says so with "?".
  }
  return new SecretUnavailableError('secret-unreadable', keyId);
}

/**
 * The only place the module seals or opens the two secrets of a credential. Both are always
 * sealed together, with the host's current key, so the row records one key id for both.
 */
@injectable()
export class CredentialSecrets {
  constructor(
    @inject(SealedSecretRepository) private readonly sealed: SealedSecretRepository,
    @inject(KERNEL_SECRET_CIPHER) private readonly cipher: SecretCipher,
  ) {}

  /** Seals both secrets; throws {@link SecretUnavailableError} when this host cannot seal now. */
  seal(plain: PlainSecrets): SealedSecrets {
    try {
      const accessTokenSealed = this.cipher.encrypt(plain.accessToken, SECRET_CONTEXT.accessToken);
      return {
        clientSecretSealed: this.cipher.encrypt(plain.clientSecret, SECRET_CONTEXT.clientSecret),
        accessTokenSealed,
        secretKeyId: this.cipher.keyIdOf(accessTokenSealed),
      };
    } catch (error) {
      throw unavailable(error, null, this.cipher);
    }
  }

  /** Opens both; throws {@link SecretUnavailableError} when a key is missing or a value was altered. */
  open(sealed: Pick<SealedSecrets, 'clientSecretSealed' | 'accessTokenSealed'>): PlainSecrets {
    return {
      clientSecret: this.#open(sealed.clientSecretSealed, SECRET_CONTEXT.clientSecret),
      accessToken: this.#open(sealed.accessTokenSealed, SECRET_CONTEXT.accessToken),
    };
  }

  /**
   * Why this host cannot open the stored secrets, without using them: null when both open, else
   * the translated error naming the missing key. What the edit page warns about before a save.
   */
  problemWith(sealed: Pick<SealedSecrets, 'clientSecretSealed' | 'accessTokenSealed'>): SecretUnavailableError | null {
    try {
      this.open(sealed);
      return null;
    } catch (error) {
      if (error instanceof SecretUnavailableError) return error;
      throw error;
    }
  }

  /** The stored access token of a credential, and its sealed form (to tie what is learnt with it to it). */
  async accessTokenOf(id: number): Promise<{ readonly accessToken: string; readonly accessTokenSealed: string }> {
    const { accessTokenSealed } = await this.sealed.findSealedSecrets(id);
    return { accessToken: this.#open(accessTokenSealed, SECRET_CONTEXT.accessToken), accessTokenSealed };
  }

  /** Both stored secrets of a credential, opened. */
  async storedOf(id: number): Promise<PlainSecrets> {
    return this.open(await this.sealed.findSealedSecrets(id));
  }

  #open(sealed: string, context: string): string {
    try {
      return this.cipher.decrypt(sealed, context);
    } catch (error) {
      throw unavailable(error, sealed, this.cipher);
    }
  }
}

const BATCH = 200;

/**
 * Re-seals the credentials' secrets with the host's current key after a rotation. Each record is
 * replaced only while it still holds the values read (compare-and-set), so an edit saved during
 * the rotation is never reverted; such a record keeps its new values and is looked at again on
 * the next call. The version is left alone: re-sealing is not an edit.
 */
@injectable()
export class CredentialSecretStore implements SecretStore {
  constructor(
    @inject(SealedSecretRepository) private readonly sealed: SealedSecretRepository,
    @inject(CredentialSecrets) private readonly secrets: CredentialSecrets,
    @inject(KERNEL_SECRET_CIPHER) private readonly cipher: SecretCipher,
  ) {}

  async reseal(): Promise<number> {
    let resealed = 0;
    for (let afterId = 0; ;) {
      const rows = await this.sealed.findSealedBatch(afterId, BATCH);
      if (rows.length === 0) return resealed;
      afterId = rows[rows.length - 1]!.id;
      for (const row of rows) {
        if (
          row.secretKeyId !== null &&
          !this.cipher.needsRotation(row.clientSecretSealed) &&
          !this.cipher.needsRotation(row.accessTokenSealed)
        )
          continue;
        const next = this.secrets.seal(this.secrets.open(row));
        if (await this.sealed.replaceSealedSecrets(row.id, row, next)) resealed++;
      }
    }
  }

  async keyUsage(): Promise<ReadonlyMap<string, number>> {
    const usage = new Map(await this.sealed.countBySecretKey());
    // Rows from before the key id was recorded: their key ids are read from the sealed values.
    for (const row of await this.sealed.findSealedWithoutKeyId()) {
      for (const keyId of new Set([this.#keyIdOf(row.clientSecretSealed), this.#keyIdOf(row.accessTokenSealed)]))
        usage.set(keyId, (usage.get(keyId) ?? 0) + 1);
    }
    return usage;
  }

  #keyIdOf(sealed: string): string {
    try {
      return this.cipher.keyIdOf(sealed);
    } catch {
      return '?';
    }
  }
}
