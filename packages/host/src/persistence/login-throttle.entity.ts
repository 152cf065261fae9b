import { Column, Entity, PrimaryColumn } from 'typeorm';

import { epochMs } from './epoch-ms.transformer.js';

/** Sign-in attempts of one (client address, account) pair within the current window. */
@Entity({ name: 'pim_login_throttle' })
export class LoginThrottleEntity {
  /** SHA-256 of the address and the account: no e-mail is kept here. */
  @PrimaryColumn({ name: 'throttle_key', type: 'varchar', length: 64 })
  throttleKey!: string;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'window_started_at', type: 'bigint', transformer: epochMs })
  windowStartedAt!: number;
}
