import { Column, Entity, PrimaryColumn } from 'typeorm';

import { epochMs } from './epoch-ms.transformer.js';

/** A saved job profile: its code, and the filter values a run will use (JSON), as UnoPim keeps them. */
@Entity({ name: 'pim_job_profiles' })
export class JobProfileEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  code!: string;

  /** `export` or `import`. */
  @Column({ type: 'varchar', length: 16 })
  type!: string;

  /** JSON object: filter name → value (e.g. `{"credentials":"7"}`). */
  @Column({ type: 'text' })
  filters!: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 255, nullable: true })
  updatedBy!: string | null;

  @Column({ name: 'updated_at', type: 'bigint', transformer: epochMs })
  updatedAt!: number;
}
