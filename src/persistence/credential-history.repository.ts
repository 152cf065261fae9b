import { inject, injectable } from 'inversify';
import type { DataSource, EntityManager } from 'typeorm';

import { KERNEL_DATA_SOURCE } from '@pim/kernel';
import { CredentialHistoryEntity } from './credential-history.entity.js';

/** A history entry to append; the caller has already redacted secrets. */
export type NewHistoryEntry = Omit<CredentialHistoryEntity, 'id'>;

/** The append-only audit trail of credentials. */
@injectable()
export class CredentialHistoryRepository {
  readonly #dataSource: DataSource;

  constructor(@inject(KERNEL_DATA_SOURCE) dataSource: DataSource) {
    this.#dataSource = dataSource;
  }

  async append(entry: NewHistoryEntry, manager?: EntityManager): Promise<void> {
    const em = manager ?? this.#dataSource.manager;
    await em.save(em.create(CredentialHistoryEntity, entry));
  }

  /** Newest first. */
  async listFor(credentialId: number, limit = 50): Promise<CredentialHistoryEntity[]> {
    return this.#dataSource.manager.find(CredentialHistoryEntity, {
      where: { credentialId },
      order: { occurredAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }
}
