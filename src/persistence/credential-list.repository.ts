import type { Capabilities, CapabilityName } from '../capabilities.js';
import { CAPABILITY_COLUMNS } from './capability-columns.js';
import { inject, injectable } from 'inversify';
import { Brackets, type DataSource } from 'typeorm';

import { KERNEL_DATA_SOURCE, type DatagridPage, type DatagridQuery, type DatagridRepository } from '@pim/kernel';

import type { CredentialStatus } from '../domain.js';
import { CredentialEntity } from './credential.entity.js';
import { containsPattern, lastPage, parseCredentialListQuery, type LastCheckState } from './credential-list.query.js';

/** Each state of the last-check filter as a condition (`:ok` is `'ok'`). */
const LAST_CHECK_CONDITION: Readonly<Record<LastCheckState, string>> = {
  ok: 'c.verificationOutcome = :ok',
  failed: 'c.verificationOutcome IS NOT NULL AND c.verificationOutcome <> :ok',
  never: 'c.verificationOutcome IS NULL',
};

/** A row of the credentials grid: nothing secret, nothing the grid does not show. */
export interface CredentialListRow {
  readonly id: number;
  readonly label: string;
  readonly apiUrl: string;
  /** True when active (a boolean grid column). */
  readonly status: boolean;
  readonly verifiedAt: Date | null;
  /** `ok` or the code of the verification error; null when never checked. */
  readonly verificationOutcome: string | null;
}

/** A credential a job filter may name, with what decides whether it can be chosen, and its last check. */
export interface CredentialChoice {
  readonly id: number;
  readonly label: string;
  readonly status: CredentialStatus;
  readonly capabilities: Capabilities | null;
  readonly verifiedAt: Date | null;
  readonly verificationOutcome: string | null;
}

/** What a job filter may require of a token, as the flag its verification stored. */

/**
 * The reads that list credentials: the admin grid, the job filter's options, what a re-check goes
 * through. Nothing here writes.
 */
@injectable()
export class CredentialListRepository implements DatagridRepository<CredentialListRow> {
  constructor(@inject(KERNEL_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The grid query: search by label, status filter, whitelisted sort, pagination with a total. */
  async findPage(query: DatagridQuery): Promise<DatagridPage<CredentialListRow>> {
    const criteria = parseCredentialListQuery(query);
    const qb = this.dataSource
      .getRepository(CredentialEntity)
      .createQueryBuilder('c')
      .select(['c.id', 'c.label', 'c.apiUrl', 'c.status', 'c.verifiedAt', 'c.verificationOutcome']);
    if (criteria.search !== null)
      qb.andWhere("LOWER(c.label) LIKE :pattern ESCAPE '!'", { pattern: containsPattern(criteria.search) });
    if (criteria.statuses.length > 0)
      qb.andWhere('c.status IN (:...statuses)', { statuses: criteria.statuses.map((status) => status === 'active') });
    if (criteria.lastChecks.length > 0)
      qb.andWhere(
        new Brackets((any) => {
          for (const state of criteria.lastChecks) any.orWhere(LAST_CHECK_CONDITION[state]);
        }),
        { ok: 'ok' },
      );
    const order = criteria.order === 'asc' ? 'ASC' : 'DESC';
    // Never-checked credentials come last either way, the same on every engine.
    if (criteria.sortProperty === 'verifiedAt')
      qb.orderBy('CASE WHEN c.verifiedAt IS NULL THEN 1 ELSE 0 END', 'ASC').addOrderBy('c.verifiedAt', order);
    // Labels sort case-insensitively, so the order is the same under every engine's collation.
    else qb.orderBy(criteria.sortProperty === 'label' ? 'LOWER(c.label)' : `c.${criteria.sortProperty}`, order);
    if (criteria.sortProperty !== 'id') qb.addOrderBy('c.id', 'ASC');
    qb.skip((criteria.page - 1) * criteria.perPage).take(criteria.perPage);

    // The page and its total at once, on two connections (getManyAndCount asks one after the other).
    const [entities, total] = await Promise.all([qb.getMany(), qb.getCount()]);
    return {
      rows: entities.map((c) => ({
        id: c.id,
        label: c.label,
        apiUrl: c.apiUrl,
        status: c.status === 'active',
        verifiedAt: c.verifiedAt,
        verificationOutcome: c.verificationOutcome,
      })),
      total,
      page: criteria.page,
      perPage: criteria.perPage,
      lastPage: lastPage(total, criteria.perPage),
    };
  }

  /**
   * Active credentials for a job filter: label search, optionally only those whose token proved it
   * can write products, ordered by label, one page and the total.
   */
  async findActiveOptions(criteria: {
    search: string | null;
    requires: CapabilityName | undefined;
    page: number;
    perPage: number;
  }): Promise<{ rows: CredentialChoice[]; total: number }> {
    const qb = this.dataSource
      .getRepository(CredentialEntity)
      .createQueryBuilder('c')
      .select(CHOICE_COLUMNS)
      .where('c.status = :active', { active: true });
    if (criteria.search !== null)
      qb.andWhere("LOWER(c.label) LIKE :pattern ESCAPE '!'", { pattern: containsPattern(criteria.search) });
    // The flag's own column, indexed, written with the capabilities it copies (see CredentialEntity).
    if (criteria.requires !== undefined)
      qb.andWhere(`c.${CAPABILITY_COLUMNS[criteria.requires]} = :yes`, { yes: true });
    qb.orderBy('LOWER(c.label)', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .skip((criteria.page - 1) * criteria.perPage)
      .take(criteria.perPage);
    const [entities, total] = await Promise.all([qb.getMany(), qb.getCount()]);
    return { rows: entities.map(toChoice), total };
  }

  /** Every active credential, by label: what a re-check of all of them goes through. */
  async findActiveForCheck(): Promise<Pick<CredentialEntity, 'id' | 'label' | 'storeHash'>[]> {
    return this.dataSource
      .getRepository(CredentialEntity)
      .createQueryBuilder('c')
      .select(['c.id', 'c.label', 'c.storeHash'])
      .where('c.status = :active', { active: true })
      .orderBy('LOWER(c.label)', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  /** These credentials (those that exist), for rehydrating a saved choice. */
  async findChoices(ids: readonly number[]): Promise<CredentialChoice[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(CredentialEntity)
      .createQueryBuilder('c')
      .select(CHOICE_COLUMNS)
      .where('c.id IN (:...ids)', { ids })
      .getMany();
    return rows.map(toChoice);
  }
}

const CHOICE_COLUMNS = ['c.id', 'c.label', 'c.status', 'c.capabilities', 'c.verifiedAt', 'c.verificationOutcome'];

const toChoice = (c: CredentialEntity): CredentialChoice => ({
  id: c.id,
  label: c.label,
  status: c.status,
  capabilities: c.capabilities,
  verifiedAt: c.verifiedAt,
  verificationOutcome: c.verificationOutcome,
});
