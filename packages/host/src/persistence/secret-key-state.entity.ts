import { Column, Entity, PrimaryColumn } from 'typeorm';

import { epochMs } from './epoch-ms.transformer.js';

/** The one row naming the key every host seals new secrets with (ids only, never key material). */
@Entity({ name: 'pim_secret_key_state' })
export class SecretKeyStateEntity {
  /** Always 1. */
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'current_key_id', type: 'varchar', length: 32 })
  currentKeyId!: string;

  @Column({ name: 'changed_at', type: 'bigint', transformer: epochMs })
  changedAt!: number;
}
