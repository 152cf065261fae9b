import { inject, injectable } from 'inversify';
import type { DataSource } from 'typeorm';

import { KERNEL_DATA_SOURCE } from '@pim/kernel';

import { CredentialHistoryEntity } from './credential-history.entity.js';

/** Reads the audit trail of credentials; entries are appended by the credential repository with each write. */
@injectable()
export class CredentialHistoryRepository {
  constructor(@inject(KERNEL_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Newest first. */
  async listFor(credentialId: number, limit = 50): Promise<CredentialHistoryEntity[]> {
    return this.dataSource.manager.find(CredentialHistoryEntity, {
      where: { credentialId },
      order: { occurredAt: 'DESC', id: 'DESC' },
      take: limit,
    });
  }
}
