import { inject, injectable } from 'inversify';
import type { DataSource } from 'typeorm';

import { KERNEL_DATA_SOURCE, type DatagridPage, type DatagridQuery, type DatagridRepository } from '@pim/kernel';

import { TABLES } from '../constants.js';
import type { CodeMapping, CredentialCapabilities, CredentialStatus, StoreListsSnapshot } from '../domain.js';
import { CredentialEntity } from './credential.entity.js';
import { containsPattern, lastPage, parseCredentialListQuery } from './credential-list.query.js';

/** A row of the credentials grid: nothing secret, nothing the grid does not show. */
export interface CredentialListRow {
  readonly id: number;
  readonly label: string;
  readonly apiUrl: string;
  /** True when active (a boolean grid column). */
  readonly status: boolean;
}

/** One credential as a job gets it, secrets still sealed. */
export type JobCredentialRow = Pick<
  CredentialEntity,
  | 'id'
  | 'label'
  | 'apiUrl'
  | 'storeHash'
  | 'clientId'
  | 'clientSecretSealed'
  | 'accessTokenSealed'
  | 'status'
  | 'defaultCurrency'
  | 'defaultLocale'
  | 'localeMapping'
  | 'currencyMapping'
  | 'capabilities'
  | 'channelIds'
  | 'storeLists'
  | 'storeName'
  | 'verifiedAt'
  | 'verificationOutcome'
>;

/** A credential a job filter may name, with what decides whether it can be chosen, and its last check. */
export interface CredentialChoice {
  readonly id: number;
  readonly label: string;
  readonly status: CredentialStatus;
  readonly capabilities: CredentialCapabilities | null;
  readonly verifiedAt: Date | null;
  readonly verificationOutcome: string | null;
}

/** What a job filter may require of a token, as the flag its verification stored. */
export type RequiredCapability = 'productsWrite' | 'channelsRead' | null;

const JOB_ROW_SQL = `SELECT id, label, api_url, store_hash, client_id, client_secret_sealed, access_token_sealed, status,
  default_currency, default_locale, locale_mapping, currency_mapping, capabilities, channel_ids, store_lists, store_name,
  verified_at, verification_outcome FROM ${TABLES.credentials} WHERE id = :id`;

/** The part of mysql2's callback pool (TypeORM's MysqlDriver.pool) the hot path uses. */
interface MysqlPool {
  execute(
    sql: string,
    values: unknown[],
    callback: (error: Error | null, rows: Record<string, unknown>[]) => void,
  ): void;
}

const parseJson = <T>(raw: unknown): T | null => (typeof raw === 'string' ? (JSON.parse(raw) as T) : null);

/**
 * The reads that list credentials: the admin grid, the job filter's options, and the one
 * credential a job runs with. Nothing here writes.
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
      .select(['c.id', 'c.label', 'c.apiUrl', 'c.status']);
    if (criteria.search !== null)
      qb.andWhere("LOWER(c.label) LIKE :pattern ESCAPE '!'", { pattern: containsPattern(criteria.search) });
    if (criteria.statuses.length > 0)
      qb.andWhere('c.status IN (:...statuses)', { statuses: criteria.statuses.map((status) => status === 'active') });
    // Labels sort case-insensitively, so the order is the same under every engine's collation.
    const sortExpression = criteria.sortProperty === 'label' ? 'LOWER(c.label)' : `c.${criteria.sortProperty}`;
    qb.orderBy(sortExpression, criteria.order === 'asc' ? 'ASC' : 'DESC');
    if (criteria.sortProperty !== 'id') qb.addOrderBy('c.id', 'ASC');
    qb.skip((criteria.page - 1) * criteria.perPage).take(criteria.perPage);

    const [entities, total] = await qb.getManyAndCount();
    return {
      rows: entities.map((c) => ({ id: c.id, label: c.label, apiUrl: c.apiUrl, status: c.status === 'active' })),
      total,
      page: criteria.page,
      perPage: criteria.perPage,
      lastPage: lastPage(total, criteria.perPage),
    };
  }

  /**
   * What a job needs of one credential, sealed secrets included, in one plain query. This is the
   * provider's hot path: a raw parameterised SELECT costs a fraction of a query-builder round.
   */
  async findForJob(id: number): Promise<JobCredentialRow | null> {
    const row = (await this.#jobRows(id))[0];
    if (row === undefined) return null;
    return {
      id: Number(row.id),
      label: String(row.label),
      apiUrl: String(row.api_url),
      storeHash: String(row.store_hash),
      clientId: String(row.client_id),
      clientSecretSealed: String(row.client_secret_sealed),
      accessTokenSealed: String(row.access_token_sealed),
      status: row.status === true || Number(row.status) === 1 ? 'active' : 'inactive',
      defaultCurrency: (row.default_currency as string | null) ?? null,
      defaultLocale: (row.default_locale as string | null) ?? null,
      localeMapping: parseJson<CodeMapping>(row.locale_mapping),
      currencyMapping: parseJson<CodeMapping>(row.currency_mapping),
      capabilities: parseJson<CredentialCapabilities>(row.capabilities),
      channelIds: parseJson<number[]>(row.channel_ids),
      storeLists: parseJson<StoreListsSnapshot>(row.store_lists),
      storeName: (row.store_name as string | null) ?? null,
      verifiedAt: this.#date(row.verified_at),
      verificationOutcome: (row.verification_outcome as string | null) ?? null,
    };
  }

  /** A raw date column as a Date, the way TypeORM reads it on this engine (SQLite keeps UTC text). */
  #date(raw: unknown): Date | null {
    if (raw === null || raw === undefined) return null;
    const column = this.dataSource.getMetadata(CredentialEntity).findColumnWithPropertyName('verifiedAt')!;
    return this.dataSource.driver.prepareHydratedValue(raw, column) as Date;
  }

  /**
   * On MySQL / MariaDB, a prepared statement on the driver's own mysql2 pool: it skips TypeORM's
   * per-query runner and lets the server reuse the plan, which is what keeps `getActive` close to
   * a raw SELECT. Other engines go through the DataSource.
   */
  async #jobRows(id: number): Promise<Record<string, unknown>[]> {
    const pool = (this.dataSource.driver as { pool?: MysqlPool }).pool;
    if (
      (this.dataSource.options.type === 'mysql' || this.dataSource.options.type === 'mariadb') &&
      typeof pool?.execute === 'function'
    ) {
      return new Promise((resolve, reject) =>
        pool.execute(JOB_ROW_SQL.replace(':id', '?'), [id], (error, rows) => (error ? reject(error) : resolve(rows))),
      );
    }
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(JOB_ROW_SQL, { id });
    return this.dataSource.query<Record<string, unknown>[]>(sql, parameters);
  }

  /**
   * Active credentials for a job filter: label search, optionally only those whose token proved it
   * can write products, ordered by label, one page and the total.
   */
  async findActiveOptions(criteria: {
    search: string | null;
    requires: RequiredCapability;
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
    // Capabilities are JSON written by this module only, so the serialised flag is exact.
    if (criteria.requires !== null)
      qb.andWhere('c.capabilities LIKE :capability', { capability: `%"${criteria.requires}":true%` });
    qb.orderBy('LOWER(c.label)', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .skip((criteria.page - 1) * criteria.perPage)
      .take(criteria.perPage);
    const [entities, total] = await qb.getManyAndCount();
    return { rows: entities.map(toChoice), total };
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
