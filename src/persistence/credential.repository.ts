import { inject, injectable } from 'inversify';
import type { DataSource, EntityManager } from 'typeorm';

import { isUniqueViolation, KERNEL_DATA_SOURCE, type DatagridPage, type DatagridQuery, type DatagridRepository } from '@pim/kernel';
import { labelKey } from '../domain.js';
import { CredentialNotFoundError, DuplicateLabelError, StaleCredentialError } from '../errors/persistence.errors.js';
import { TABLES } from '../constants.js';
import { CredentialEntity, type CodeMapping, type CredentialCapabilities } from './credential.entity.js';
import { containsPattern, parseCredentialListQuery } from './credential-list.query.js';

/** A row of the credentials grid: nothing secret, nothing the grid does not show. */
export interface CredentialListRow {
  readonly id: number;
  readonly label: string;
  readonly apiUrl: string;
  readonly status: boolean;
}

const JOB_ROW_SQL = `SELECT id, label, api_url, store_hash, client_id, client_secret_sealed, access_token_sealed, status,
  default_currency, default_locale, locale_mapping, currency_mapping, capabilities FROM ${TABLES.credentials} WHERE id = :id`;

/** One credential as a job gets it, secrets still sealed. */
export type JobCredentialRow = Pick<
  CredentialEntity,
  | 'id' | 'label' | 'apiUrl' | 'storeHash' | 'clientId' | 'clientSecretSealed' | 'accessTokenSealed' | 'active'
  | 'defaultCurrency' | 'defaultLocale' | 'localeMapping' | 'currencyMapping' | 'capabilities'
>;

/** The part of mysql2's callback pool (TypeORM's MysqlDriver.pool) the hot path uses. */
interface MysqlPool {
  execute(sql: string, values: unknown[], callback: (error: Error | null, rows: Record<string, unknown>[]) => void): void;
}

function parseJson<T>(raw: unknown): T | null {
  return typeof raw === 'string' ? (JSON.parse(raw) as T) : null;
}

/** The sealed secrets of one credential and the key that sealed them, read only when a caller needs them. */
export interface SealedSecrets {
  readonly clientSecretSealed: string;
  readonly accessTokenSealed: string;
  /** Null on rows written before the key id was recorded. */
  readonly secretKeyId: string | null;
}

/** What a fact learnt from BigCommerce was learnt with: it is kept only while the credential still has both. */
export interface VerifiedConnection {
  readonly apiUrl: string;
  readonly accessTokenSealed: string;
}

/** Everything an insert needs; id, version and the label key (derived here) excepted. */
export type NewCredentialRecord = Omit<CredentialEntity, 'id' | 'version' | 'labelKey'>;

/** What was learnt from BigCommerce about a credential's store: the last verification, the store's lists. */
export type StoreFacts = Partial<Pick<CredentialEntity, 'verifiedAt' | 'verificationOutcome' | 'storeName' | 'capabilities' | 'storeLists'>>;

/** Fields an update may change (the label key follows the label). */
export type CredentialChanges = Partial<Omit<CredentialEntity, 'id' | 'version' | 'createdAt' | 'labelKey'>> & { updatedAt: Date };

/**
 * Storage of credentials. Each write takes an optional EntityManager so a caller can put it in
 * the same transaction as its history entry.
 */
@injectable()
export class CredentialRepository implements DatagridRepository<CredentialListRow> {
  readonly #dataSource: DataSource;

  constructor(@inject(KERNEL_DATA_SOURCE) dataSource: DataSource) {
    this.#dataSource = dataSource;
  }

  /** The grid query: search by label, status filter, whitelisted sort, pagination with a total. */
  async findPage(query: DatagridQuery): Promise<DatagridPage<CredentialListRow>> {
    const criteria = parseCredentialListQuery(query);
    const qb = this.#dataSource
      .getRepository(CredentialEntity)
      .createQueryBuilder('c')
      .select(['c.id', 'c.label', 'c.apiUrl', 'c.active']);
    if (criteria.search !== null) {
      qb.andWhere("LOWER(c.label) LIKE :pattern ESCAPE '!'", { pattern: containsPattern(criteria.search) });
    }
    if (criteria.statuses.length > 0) {
      qb.andWhere('c.active IN (:...statuses)', { statuses: criteria.statuses });
    }
    // Labels sort case-insensitively, so the order is the same under every engine's collation.
    const sortExpression = criteria.sortProperty === 'label' ? 'LOWER(c.label)' : `c.${criteria.sortProperty}`;
    qb.orderBy(sortExpression, criteria.order === 'asc' ? 'ASC' : 'DESC');
    if (criteria.sortProperty !== 'id') qb.addOrderBy('c.id', 'ASC');
    qb.skip((criteria.page - 1) * criteria.perPage).take(criteria.perPage);

    const [entities, total] = await qb.getManyAndCount();
    return {
      rows: entities.map((c) => ({ id: c.id, label: c.label, apiUrl: c.apiUrl, status: c.active })),
      total,
      page: criteria.page,
      perPage: criteria.perPage,
      lastPage: Math.max(1, Math.ceil(total / criteria.perPage)),
    };
  }

  /** The credential without its secrets, or null. */
  async findById(id: number, manager?: EntityManager): Promise<CredentialEntity | null> {
    return (manager ?? this.#dataSource.manager).findOne(CredentialEntity, { where: { id } });
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
      active: row.status === true || Number(row.status) === 1,
      defaultCurrency: (row.default_currency as string | null) ?? null,
      defaultLocale: (row.default_locale as string | null) ?? null,
      localeMapping: parseJson<CodeMapping>(row.locale_mapping),
      currencyMapping: parseJson<CodeMapping>(row.currency_mapping),
      capabilities: parseJson<CredentialCapabilities>(row.capabilities),
    };
  }

  /**
   * On MySQL / MariaDB, a prepared statement on the driver's own mysql2 pool: it skips TypeORM's
   * per-query runner and lets the server reuse the plan, which is what keeps `getActive` close to
   * a raw SELECT. Other engines go through the DataSource.
   */
  async #jobRows(id: number): Promise<Record<string, unknown>[]> {
    const pool = (this.#dataSource.driver as { pool?: MysqlPool }).pool;
    if ((this.#dataSource.options.type === 'mysql' || this.#dataSource.options.type === 'mariadb') && typeof pool?.execute === 'function') {
      return new Promise((resolve, reject) => pool.execute(JOB_ROW_SQL.replace(':id', '?'), [id], (error, rows) => (error ? reject(error) : resolve(rows))));
    }
    const [sql, parameters] = this.#dataSource.driver.escapeQueryWithParameters(JOB_ROW_SQL, { id });
    return (await this.#dataSource.query(sql, parameters)) as Record<string, unknown>[];
  }

  /**
   * Active credentials for a job filter: label search, optionally only those whose token proved it
   * can write products, ordered by label, one page and the total.
   */
  async findActiveOptions(criteria: { search: string | null; requireProductsWrite: boolean; page: number; perPage: number }): Promise<{ rows: { id: number; label: string }[]; total: number }> {
    const qb = this.#dataSource
      .getRepository(CredentialEntity)
      .createQueryBuilder('c')
      .select(['c.id', 'c.label'])
      .where('c.active = :active', { active: true });
    if (criteria.search !== null) qb.andWhere("LOWER(c.label) LIKE :pattern ESCAPE '!'", { pattern: containsPattern(criteria.search) });
    // Capabilities are JSON written by this module only, so the serialised flag is exact.
    if (criteria.requireProductsWrite) qb.andWhere('c.capabilities LIKE :writable', { writable: '%"productsWrite":true%' });
    qb.orderBy('LOWER(c.label)', 'ASC').addOrderBy('c.id', 'ASC').skip((criteria.page - 1) * criteria.perPage).take(criteria.perPage);
    const [entities, total] = await qb.getManyAndCount();
    return { rows: entities.map(({ id, label }) => ({ id, label })), total };
  }

  /** Id, label and status of these credentials (those that exist), for rehydrating a saved choice. */
  async findLabels(ids: readonly number[]): Promise<{ id: number; label: string; active: boolean; productsWrite: boolean | null }[]> {
    if (ids.length === 0) return [];
    const rows = await this.#dataSource
      .getRepository(CredentialEntity)
      .createQueryBuilder('c')
      .select(['c.id', 'c.label', 'c.active', 'c.capabilities'])
      .where('c.id IN (:...ids)', { ids })
      .getMany();
    return rows.map((c) => ({ id: c.id, label: c.label, active: c.active, productsWrite: c.capabilities?.productsWrite ?? null }));
  }

  /** The sealed secrets of a credential; throws {@link CredentialNotFoundError}. */
  async findSealedSecrets(id: number, manager?: EntityManager): Promise<SealedSecrets> {
    const row = await (manager ?? this.#dataSource.manager)
      .createQueryBuilder(CredentialEntity, 'c')
      .select(['c.id', 'c.clientSecretSealed', 'c.accessTokenSealed', 'c.secretKeyId'])
      .where('c.id = :id', { id })
      .getOne();
    if (row === null) throw new CredentialNotFoundError(id);
    return { clientSecretSealed: row.clientSecretSealed, accessTokenSealed: row.accessTokenSealed, secretKeyId: row.secretKeyId };
  }

  /** The sealed secrets of the credentials after `afterId`, in id order: one batch of a re-sealing pass. */
  async findSealedBatch(afterId: number, limit: number): Promise<(SealedSecrets & { readonly id: number })[]> {
    const rows = await this.#dataSource
      .getRepository(CredentialEntity)
      .createQueryBuilder('c')
      .select(['c.id', 'c.clientSecretSealed', 'c.accessTokenSealed', 'c.secretKeyId'])
      .where('c.id > :afterId', { afterId })
      .orderBy('c.id', 'ASC')
      .take(limit)
      .getMany();
    return rows.map(({ id, clientSecretSealed, accessTokenSealed, secretKeyId }) => ({ id, clientSecretSealed, accessTokenSealed, secretKeyId }));
  }

  /**
   * Replaces the sealed secrets of a credential only if it still holds `expected` (compare-and-set),
   * leaving the version alone; false when an edit got there first.
   */
  async replaceSealedSecrets(id: number, expected: Omit<SealedSecrets, 'secretKeyId'>, next: SealedSecrets): Promise<boolean> {
    const result = await this.#dataSource
      .createQueryBuilder()
      .update(CredentialEntity)
      .set({ ...next, version: () => 'version' })
      .where('id = :id AND client_secret_sealed = :cs AND access_token_sealed = :at', { id, cs: expected.clientSecretSealed, at: expected.accessTokenSealed })
      .execute();
    return result.affected === 1;
  }

  /** How many credentials each recorded key id sealed (rows without a recorded key id left out). */
  async countBySecretKey(): Promise<[string, number][]> {
    const rows = await this.#dataSource
      .getRepository(CredentialEntity)
      .createQueryBuilder('c')
      .select('c.secretKeyId', 'keyId')
      .addSelect('COUNT(*)', 'count')
      .where('c.secretKeyId IS NOT NULL')
      .groupBy('c.secretKeyId')
      .getRawMany<{ keyId: string; count: number | string }>();
    return rows.map((row) => [row.keyId, Number(row.count)]);
  }

  /** The sealed secrets of the rows written before the key id was recorded. */
  async findSealedWithoutKeyId(): Promise<Omit<SealedSecrets, 'secretKeyId'>[]> {
    return this.#dataSource
      .getRepository(CredentialEntity)
      .createQueryBuilder('c')
      .select(['c.id', 'c.clientSecretSealed', 'c.accessTokenSealed'])
      .where('c.secretKeyId IS NULL')
      .getMany();
  }

  /** Inserts a credential; a taken label throws {@link DuplicateLabelError}. */
  async insert(record: NewCredentialRecord, manager?: EntityManager): Promise<CredentialEntity> {
    const em = manager ?? this.#dataSource.manager;
    const entity = em.create(CredentialEntity, { ...record, labelKey: labelKey(record.label) });
    try {
      await em.insert(CredentialEntity, entity);
    } catch (error) {
      if (isUniqueViolation(error)) throw new DuplicateLabelError(record.label);
      throw error;
    }
    return entity;
  }

  /**
   * Applies `changes` only if the stored version is still `expectedVersion`, and bumps it.
   * Throws {@link StaleCredentialError}, {@link CredentialNotFoundError} or {@link DuplicateLabelError}.
   */
  async update(id: number, expectedVersion: number, changes: CredentialChanges, manager?: EntityManager): Promise<void> {
    const em = manager ?? this.#dataSource.manager;
    let affected: number | undefined;
    try {
      const result = await em
        .createQueryBuilder()
        .update(CredentialEntity)
        .set({ ...changes, ...(changes.label === undefined ? {} : { labelKey: labelKey(changes.label) }), version: () => 'version + 1' })
        .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
        .execute();
      affected = result.affected;
    } catch (error) {
      if (isUniqueViolation(error) && changes.label !== undefined) throw new DuplicateLabelError(changes.label);
      throw error;
    }
    if (affected === 0) {
      const exists = await em.exists(CredentialEntity, { where: { id } });
      throw exists ? new StaleCredentialError(id) : new CredentialNotFoundError(id);
    }
  }

  /** True when another credential (not `exceptId`) already has this label, as a person reads it. */
  async labelTaken(label: string, exceptId?: number): Promise<boolean> {
    const qb = this.#dataSource.getRepository(CredentialEntity).createQueryBuilder('c').where('c.labelKey = :key', { key: labelKey(label) });
    if (exceptId !== undefined) qb.andWhere('c.id <> :exceptId', { exceptId });
    return (await qb.getCount()) > 0;
  }

  /**
   * Records what BigCommerce said about the store (a connection test, a fresh reading of its
   * lists), but only while the credential still has the API URL and the access token it was
   * learnt with: a slow answer about a token replaced meanwhile is dropped (false). The version
   * is left alone on purpose: that is not an edit, and must not turn an open edit form stale.
   */
  async recordStoreFacts(id: number, facts: StoreFacts, verified: VerifiedConnection, manager?: EntityManager): Promise<boolean> {
    const result = await (manager ?? this.#dataSource.manager)
      .createQueryBuilder()
      .update(CredentialEntity)
      .set({ ...facts, version: () => 'version' })
      .where('id = :id AND api_url = :apiUrl AND access_token_sealed = :sealed', { id, apiUrl: verified.apiUrl, sealed: verified.accessTokenSealed })
      .execute();
    return result.affected === 1;
  }

  /** Deletes a credential; throws {@link CredentialNotFoundError} when there is none. */
  async delete(id: number, manager?: EntityManager): Promise<void> {
    const result = await (manager ?? this.#dataSource.manager).delete(CredentialEntity, { id });
    if (result.affected === 0) throw new CredentialNotFoundError(id);
  }
}
