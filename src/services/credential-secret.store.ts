import { inject, injectable } from 'inversify';
import type { DataSource } from 'typeorm';

import { KERNEL_DATA_SOURCE, KERNEL_SECRET_CIPHER, type SecretCipher, type SecretStore } from '@pim/kernel';
import { CredentialEntity } from '../persistence/credential.entity.js';
import { SECRET_CONTEXT } from './credential-secrets.js';

const BATCH = 200;

/**
 * Re-seals the credentials' secrets with the host's current key after a rotation. Works in
 * batches by id, each in its own transaction; the version is left alone (not an edit).
 */
@injectable()
export class CredentialSecretStore implements SecretStore {
  readonly #dataSource: DataSource;
  readonly #cipher: SecretCipher;

  constructor(@inject(KERNEL_DATA_SOURCE) dataSource: DataSource, @inject(KERNEL_SECRET_CIPHER) cipher: SecretCipher) {
    this.#dataSource = dataSource;
    this.#cipher = cipher;
  }

  async reseal(): Promise<number> {
    let resealed = 0;
    let afterId = 0;
    for (;;) {
      const rows = await this.#dataSource
        .getRepository(CredentialEntity)
        .createQueryBuilder('c')
        .select(['c.id', 'c.clientSecretSealed', 'c.accessTokenSealed'])
        .where('c.id > :afterId', { afterId })
        .orderBy('c.id', 'ASC')
        .take(BATCH)
        .getMany();
      if (rows.length === 0) return resealed;
      afterId = rows[rows.length - 1]!.id;
      await this.#dataSource.transaction(async (manager) => {
        for (const row of rows) {
          if (!this.#cipher.needsRotation(row.clientSecretSealed) && !this.#cipher.needsRotation(row.accessTokenSealed)) continue;
          await manager
            .createQueryBuilder()
            .update(CredentialEntity)
            .set({
              clientSecretSealed: this.#reseal(row.clientSecretSealed, SECRET_CONTEXT.clientSecret),
              accessTokenSealed: this.#reseal(row.accessTokenSealed, SECRET_CONTEXT.accessToken),
              version: () => 'version',
            })
            .where('id = :id', { id: row.id })
            .execute();
          resealed++;
        }
      });
    }
  }

  #reseal(sealed: string, context: string): string {
    return this.#cipher.needsRotation(sealed) ? this.#cipher.encrypt(this.#cipher.decrypt(sealed, context), context) : sealed;
  }
}
