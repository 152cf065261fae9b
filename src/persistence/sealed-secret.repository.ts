import { inject, injectable } from 'inversify';
import type { DataSource } from 'typeorm';

import { KERNEL_DATA_SOURCE } from '@pim/kernel';

import { CredentialNotFoundError } from '../errors/persistence.errors.js';
import { CredentialEntity } from './credential.entity.js';

/** The sealed secrets of one credential and the key that sealed them, read only when a caller needs them. */
export interface SealedSecrets {
  readonly clientSecretSealed: string;
  readonly accessTokenSealed: string;
  /** Null on rows written before the key id was recorded. */
  readonly secretKeyId: string | null;
}

/** The sealed-secret columns of the credentials: read for a call that needs a secret, and re-sealed after a key rotation. */
@injectable()
export class SealedSecretRepository {
  constructor(@inject(KERNEL_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The sealed secrets of a credential; throws {@link CredentialNotFoundError}. */
  async findSealedSecrets(id: number): Promise<SealedSecrets> {
    const row = await this.#query().where('c.id = :id', { id }).getOne();
    if (row === null) throw new CredentialNotFoundError(id);
    return sealed(row);
  }

  /** The sealed secrets of the credentials after `afterId`, in id order: one batch of a re-sealing pass. */
  async findSealedBatch(afterId: number, limit: number): Promise<(SealedSecrets & { readonly id: number })[]> {
    const rows = await this.#query().where('c.id > :afterId', { afterId }).orderBy('c.id', 'ASC').take(limit).getMany();
    return rows.map((row) => ({ id: row.id, ...sealed(row) }));
  }

  /**
   * Replaces the sealed secrets of a credential only if it still holds `expected` (compare-and-set),
   * leaving the version alone; false when an edit got there first.
   */
  async replaceSealedSecrets(
    id: number,
    expected: Omit<SealedSecrets, 'secretKeyId'>,
    next: SealedSecrets,
  ): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(CredentialEntity)
      .set({ ...next, version: () => 'version' })
      .where('id = :id AND client_secret_sealed = :cs AND access_token_sealed = :at', {
        id,
        cs: expected.clientSecretSealed,
        at: expected.accessTokenSealed,
      })
      .execute();
    return result.affected === 1;
  }

  /** How many credentials each recorded key id sealed (rows without a recorded key id left out). */
  async countBySecretKey(): Promise<[string, number][]> {
    const rows = await this.dataSource
      .getRepository(CredentialEntity)
      .createQueryBuilder('c')
      .select('c.secretKeyId', 'keyId')
      .addSelect('COUNT(*)', 'count')
      .where('c.secretKeyId IS NOT NULL')
      .groupBy('c.secretKeyId')
      .getRawMany<{ keyId: string; count: number | string }>();
    return rows.map((row) => [row.keyId, Number(row.count)]);
  }

  /** The sealed secrets of the rows written before the key id was recorded. */
  async findSealedWithoutKeyId(): Promise<SealedSecrets[]> {
    return (await this.#query().where('c.secretKeyId IS NULL').getMany()).map(sealed);
  }

  #query() {
    return this.dataSource
      .getRepository(CredentialEntity)
      .createQueryBuilder('c')
      .select(['c.id', 'c.clientSecretSealed', 'c.accessTokenSealed', 'c.secretKeyId']);
  }
}

const sealed = (row: CredentialEntity): SealedSecrets => ({
  clientSecretSealed: row.clientSecretSealed,
  accessTokenSealed: row.accessTokenSealed,
  secretKeyId: row.secretKeyId,
});
