import { Column, Entity, PrimaryColumn } from 'typeorm';

import { epochMs } from './epoch-ms.transformer.js';

/** The heartbeat of a running host: which keys it holds and which one it seals with. */
@Entity({ name: 'pim_host_instances' })
export class HostInstanceEntity {
  @PrimaryColumn({ name: 'instance_id', type: 'varchar', length: 64 })
  instanceId!: string;

  /** Machine name and process id, for people reading a refusal. */
  @Column({ name: 'host_name', type: 'varchar', length: 255 })
  hostName!: string;

  /** JSON array of the key ids this host holds. */
  @Column({ name: 'key_ids', type: 'text' })
  keyIds!: string;

  /** The key it seals with now; null while it lacks the current one. */
  @Column({ name: 'sealing_key_id', type: 'varchar', length: 32, nullable: true })
  sealingKeyId!: string | null;

  /** How often it beats: it counts as running while seen within three of these. */
  @Column({ name: 'refresh_ms', type: 'integer' })
  refreshMs!: number;

  @Column({ name: 'seen_at', type: 'bigint', transformer: epochMs })
  seenAt!: number;
}
