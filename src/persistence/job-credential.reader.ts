import type { Capabilities } from '../capabilities.js';
import { inject, injectable } from 'inversify';
import type { DataSource } from 'typeorm';

import { KERNEL_DATA_SOURCE } from '@pim/kernel';

import { TABLES } from '../constants.js';
import type { CodeMapping, StoreListsSnapshot } from '../domain.js';
import { CredentialEntity } from './credential.entity.js';

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
 * The one credential a job runs with, read fresh on every call: the credential provider's hot path.
 * Nothing here writes.
 */
@injectable()
export class JobCredentialReader {
  constructor(@inject(KERNEL_DATA_SOURCE) private readonly dataSource: DataSource) {}

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
      capabilities: parseJson<Capabilities>(row.capabilities),
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
   * a raw SELECT. TypeORM's public API costs too much here: `findOne` reaches about 0.2 and
   * `DataSource.query` about 0.5 of a raw mysql2 SELECT, against the 0.9 asked of this path
   * (BENCHMARKS.md, "Credential provider", measures both). Other engines go through the DataSource.
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
}
