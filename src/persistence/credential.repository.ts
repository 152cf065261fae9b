import { withCapabilityFlags, type CapabilityFlagColumn } from './capability-columns.js';
import { inject, injectable } from 'inversify';
import type { DataSource, EntityManager } from 'typeorm';

import {
  isUniqueViolation,
  KERNEL_CLOCK,
  KERNEL_CURRENT_USER,
  KERNEL_DATA_SOURCE,
  type Clock,
  type CurrentUser,
} from '@pim/kernel';

import { labelKey, type CredentialHistoryEvent, type FieldChange } from '../domain.js';
import { CredentialNotFoundError, DuplicateLabelError, StaleCredentialError } from '../errors/persistence.errors.js';
import { CredentialHistoryEntity } from './credential-history.entity.js';
import { CredentialEntity } from './credential.entity.js';

/** Everything an insert needs; id, version, timestamps and the label key (all derived here) excepted. */
export type NewCredentialRecord = Omit<
  CredentialEntity,
  'id' | 'version' | 'labelKey' | 'createdAt' | 'updatedAt' | CapabilityFlagColumn
>;

/** Fields an update may change (the label key follows the label, the update time is set here). */
export type CredentialChanges = Partial<
  Omit<CredentialEntity, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'labelKey' | CapabilityFlagColumn>
>;

/** What was learnt from BigCommerce about a credential's store: the last verification, the store's lists. */
export type StoreFacts = Partial<
  Pick<CredentialEntity, 'verifiedAt' | 'verificationOutcome' | 'storeName' | 'capabilities' | 'storeLists'>
>;

/** What a fact learnt from BigCommerce was learnt with: it is kept only while the credential still has both. */
export interface VerifiedConnection {
  readonly apiUrl: string;
  readonly accessTokenSealed: string;
}

/**
 * Credentials and their history. Each write is its own unit of work: it opens the transaction,
 * changes the row and appends the history entry (who, when, what changed), so neither is ever
 * stored without the other. Rows are read without their secrets.
 */
@injectable()
export class CredentialRepository {
  constructor(
    @inject(KERNEL_DATA_SOURCE) private readonly dataSource: DataSource,
    @inject(KERNEL_CURRENT_USER) private readonly user: CurrentUser,
    @inject(KERNEL_CLOCK) private readonly clock: Clock,
  ) {}

  /** The credential without its secrets, or null. */
  async findById(id: number): Promise<CredentialEntity | null> {
    return this.dataSource.manager.findOne(CredentialEntity, { where: { id } });
  }

  /**
   * The credential with its sealed secrets (still sealed), in one read: for the edit page, which
   * checks that this host can open them without a second query.
   */
  async findWithSealedSecrets(id: number): Promise<CredentialEntity | null> {
    return this.dataSource
      .getRepository(CredentialEntity)
      .createQueryBuilder('c')
      .addSelect(['c.clientSecretSealed', 'c.accessTokenSealed'])
      .where('c.id = :id', { id })
      .getOne();
  }

  /** The credential without its secrets; throws {@link CredentialNotFoundError} when there is none. */
  async get(id: number): Promise<CredentialEntity> {
    const entity = await this.findById(id);
    if (entity === null) throw new CredentialNotFoundError(id);
    return entity;
  }

  /** The other credentials (not `exceptId`) of store `storeHash`, oldest first, at most `limit`. */
  async sameStore(
    storeHash: string,
    exceptId: number | null,
    limit = 5,
  ): Promise<Pick<CredentialEntity, 'id' | 'label' | 'capabilities'>[]> {
    const qb = this.dataSource
      .getRepository(CredentialEntity)
      .createQueryBuilder('c')
      .select(['c.id', 'c.label', 'c.capabilities'])
      .where('c.storeHash = :storeHash', { storeHash });
    if (exceptId !== null) qb.andWhere('c.id <> :exceptId', { exceptId });
    return qb.orderBy('c.id', 'ASC').take(limit).getMany();
  }

  /** True when another credential (not `exceptId`) already has this label, as a person reads it. */
  async labelTaken(label: string, exceptId?: number): Promise<boolean> {
    const qb = this.dataSource
      .getRepository(CredentialEntity)
      .createQueryBuilder('c')
      .where('c.labelKey = :key', { key: labelKey(label) });
    if (exceptId !== undefined) qb.andWhere('c.id <> :exceptId', { exceptId });
    return (await qb.getCount()) > 0;
  }

  /** Inserts a credential and its `created` entry; a taken label throws {@link DuplicateLabelError}. */
  async insert(record: NewCredentialRecord, history: readonly FieldChange[]): Promise<CredentialEntity> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const entity = manager.create(CredentialEntity, {
        ...withCapabilityFlags(record),
        labelKey: labelKey(record.label),
        createdAt: now,
        updatedAt: now,
      });
      try {
        await manager.insert(CredentialEntity, entity);
      } catch (error) {
        if (isUniqueViolation(error)) throw new DuplicateLabelError(record.label);
        throw error;
      }
      await this.#append(manager, entity.id, 'created', history);
      return entity;
    });
  }

  /**
   * Applies `changes` only if the stored version is still `expectedVersion`, bumps it, and appends
   * an `updated` entry when `history` has changes. Throws {@link StaleCredentialError},
   * {@link CredentialNotFoundError} or {@link DuplicateLabelError}.
   */
  async update(
    id: number,
    expectedVersion: number,
    changes: CredentialChanges,
    history: readonly FieldChange[],
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      let affected: number | undefined;
      try {
        const result = await manager
          .createQueryBuilder()
          .update(CredentialEntity)
          .set({
            ...withCapabilityFlags(changes),
            ...(changes.label === undefined ? {} : { labelKey: labelKey(changes.label) }),
            updatedAt: this.clock.now(),
            version: () => 'version + 1',
          })
          .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
          .execute();
        affected = result.affected;
      } catch (error) {
        if (isUniqueViolation(error) && changes.label !== undefined) throw new DuplicateLabelError(changes.label);
        throw error;
      }
      if (affected === 0) {
        const exists = await manager.exists(CredentialEntity, { where: { id } });
        throw exists ? new StaleCredentialError(id) : new CredentialNotFoundError(id);
      }
      if (history.length > 0) await this.#append(manager, id, 'updated', history);
    });
  }

  /**
   * Records what BigCommerce said about the store (a connection test, a fresh reading of its
   * lists), but only while the credential still has the API URL and the access token it was
   * learnt with: a slow answer about a token replaced meanwhile is dropped (false). With
   * `history`, a `verified` entry is appended. The version is left alone on purpose: that is not
   * an edit, and must not turn an open edit form stale.
   */
  async recordStoreFacts(
    id: number,
    facts: StoreFacts,
    verified: VerifiedConnection,
    history?: readonly FieldChange[],
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(CredentialEntity)
        .set({ ...withCapabilityFlags(facts), version: () => 'version' })
        .where('id = :id AND api_url = :apiUrl AND access_token_sealed = :sealed', {
          id,
          apiUrl: verified.apiUrl,
          sealed: verified.accessTokenSealed,
        })
        .execute();
      if (result.affected !== 1) return false;
      if (history !== undefined) await this.#append(manager, id, 'verified', history);
      return true;
    });
  }

  /** Deletes a credential and appends its `deleted` entry; throws {@link CredentialNotFoundError} when there is none. */
  async delete(id: number, history: readonly FieldChange[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.delete(CredentialEntity, { id });
      if (result.affected === 0) throw new CredentialNotFoundError(id);
      await this.#append(manager, id, 'deleted', history);
    });
  }

  async #append(
    manager: EntityManager,
    credentialId: number,
    event: CredentialHistoryEvent,
    changes: readonly FieldChange[],
  ): Promise<void> {
    const user = this.user.get();
    await manager.save(
      manager.create(CredentialHistoryEntity, {
        credentialId,
        event,
        userId: user?.id ?? null,
        userName: user?.name ?? null,
        occurredAt: this.clock.now(),
        changes,
      }),
    );
  }
}
