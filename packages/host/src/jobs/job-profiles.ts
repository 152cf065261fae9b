import type { DataSource } from 'typeorm';

import { JobProfileEntity } from '../persistence/job-profile.entity.js';

/** Saved job profiles: the filter values of each, by code. */
export class JobProfiles {
  readonly #dataSource: DataSource;

  constructor(dataSource: DataSource) {
    this.#dataSource = dataSource;
  }

  /** The saved filters of profile `code`; empty when it was never saved. */
  async filters(code: string): Promise<Record<string, string>> {
    const row = await this.#dataSource.getRepository(JobProfileEntity).findOneBy({ code });
    if (row === null) return {};
    const parsed = JSON.parse(row.filters) as unknown;
    return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  }

  /** Saves profile `code` with `filters` (one row a profile: the last save wins). */
  async save(code: string, type: string, filters: Record<string, string>, by: string): Promise<void> {
    await this.#dataSource
      .getRepository(JobProfileEntity)
      .upsert({ code, type, filters: JSON.stringify(filters), updatedBy: by, updatedAt: Date.now() }, ['code']);
  }
}
