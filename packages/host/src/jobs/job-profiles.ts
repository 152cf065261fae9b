import type { JobFilterValue, JobFilterValues, JobType } from '@pim/kernel';
import type { DataSource } from 'typeorm';

import { JobProfileEntity } from '../persistence/job-profile.entity.js';

/** A saved value as the contract types it; anything else in the row is ignored. */
function isFilterValue(value: unknown): value is JobFilterValue {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (Array.isArray(value) && value.every((v) => typeof v === 'string'))
  );
}

/** Saved job profiles: the filter values of each, by job code. */
export class JobProfiles {
  readonly #dataSource: DataSource;

  constructor(dataSource: DataSource) {
    this.#dataSource = dataSource;
  }

  /** The saved filters of job `code`; empty when it was never saved. */
  async filters(code: string): Promise<JobFilterValues> {
    const row = await this.#dataSource.getRepository(JobProfileEntity).findOneBy({ code });
    if (row === null) return {};
    const parsed = JSON.parse(row.filters) as unknown;
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, JobFilterValue] => isFilterValue(entry[1])),
    );
  }

  /** Saves job `code`'s filters (one row a profile: the last save wins). */
  async save(code: string, type: JobType, filters: JobFilterValues, by: string): Promise<void> {
    await this.#dataSource
      .getRepository(JobProfileEntity)
      .upsert({ code, type, filters: JSON.stringify(filters), updatedBy: by, updatedAt: Date.now() }, ['code']);
  }
}
