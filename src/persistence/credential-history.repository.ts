import { inject, injectable } from 'inversify';
import type { DataSource } from 'typeorm';

import { KERNEL_DATA_SOURCE } from '@pim/kernel';

import { CredentialHistoryEntity } from './credential-history.entity.js';
import { CredentialEntity } from './credential.entity.js';

/** One page of history entries, newest first, and how many there are in all. */
export interface HistoryPage {
  readonly entries: readonly CredentialHistoryEntity[];
  readonly total: number;
}

/** A page of the history of deleted credentials, with the label each had when it was deleted. */
export interface DeletedHistoryPage extends HistoryPage {
  readonly labels: ReadonlyMap<number, string>;
}

/**
 * Reads the audit trail of credentials; entries are appended by the credential repository with
 * each write. The trail of a deleted credential stays: it has no foreign key.
 */
@injectable()
export class CredentialHistoryRepository {
  constructor(@inject(KERNEL_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Newest first. */
  async listFor(credentialId: number, limit = 50): Promise<CredentialHistoryEntity[]> {
    return (await this.pageFor(credentialId, 1, limit)).entries as CredentialHistoryEntity[];
  }

  /** One page of a credential's history, newest first. */
  async pageFor(credentialId: number, page: number, perPage: number): Promise<HistoryPage> {
    const [entries, total] = await this.dataSource.manager.findAndCount(CredentialHistoryEntity, {
      where: { credentialId },
      order: { occurredAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * perPage,
      take: perPage,
    });
    return { entries, total };
  }

  /** One page of the history of credentials that no longer exist, newest first. */
  async deletedPage(page: number, perPage: number): Promise<DeletedHistoryPage> {
    const deletions = this.dataSource
      .getRepository(CredentialHistoryEntity)
      .createQueryBuilder('d')
      .select('d.credentialId')
      .where("d.event = 'deleted'")
      .andWhere(`NOT EXISTS (SELECT 1 FROM ${this.#credentials()} c WHERE c.id = d.credential_id)`);
    const [entries, total] = await this.dataSource
      .getRepository(CredentialHistoryEntity)
      .createQueryBuilder('h')
      .where(`h.credentialId IN (${deletions.getQuery()})`)
      .orderBy('h.occurredAt', 'DESC')
      .addOrderBy('h.id', 'DESC')
      .skip((page - 1) * perPage)
      .take(perPage)
      .getManyAndCount();
    const ids = [...new Set(entries.map((e) => e.credentialId))];
    const labels = new Map<number, string>();
    if (ids.length > 0) {
      const deleted = await this.dataSource
        .getRepository(CredentialHistoryEntity)
        .createQueryBuilder('d')
        .where("d.event = 'deleted'")
        .andWhere('d.credentialId IN (:...ids)', { ids })
        .getMany();
      for (const entry of deleted) {
        const label = entry.changes.find((c) => c.field === 'label')?.old;
        if (typeof label === 'string') labels.set(entry.credentialId, label);
      }
    }
    return { entries, total, labels };
  }

  #credentials(): string {
    return this.dataSource.driver.escape(this.dataSource.getMetadata(CredentialEntity).tableName);
  }
}
