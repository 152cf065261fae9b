import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { TABLES } from '../constants.js';
import type { CredentialHistoryEvent, FieldChange } from '../domain.js';
import { jsonColumn } from './json-column.transformer.js';

/**
 * The audit trail of a credential. It has no foreign key: a deleted credential keeps its history.
 */
@Entity({ name: TABLES.credentialHistory })
export class CredentialHistoryEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'credential_id', type: 'integer' })
  credentialId!: number;

  @Column({ type: 'varchar', length: 32 })
  event!: CredentialHistoryEvent;

  @Column({ name: 'user_id', type: 'varchar', length: 64, nullable: true })
  userId!: string | null;

  @Column({ name: 'user_name', type: 'varchar', length: 255, nullable: true })
  userName!: string | null;

  @Column({ name: 'occurred_at', type: Date })
  occurredAt!: Date;

  @Column({ type: 'text', transformer: jsonColumn<readonly FieldChange[]>() })
  changes!: readonly FieldChange[];
}
