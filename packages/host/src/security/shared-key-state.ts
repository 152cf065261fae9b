import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

import type { Logger } from '@pim/kernel';
import type { DataSource } from 'typeorm';

import { HostInstanceEntity } from '../persistence/host-instance.entity.js';
import { SecretKeyStateEntity } from '../persistence/secret-key-state.entity.js';
import { isUniqueViolation } from '@pim/kernel';
import type { AesGcmSecretCipher, SecretKey } from './aes-gcm-secret-cipher.js';

/** A host process seen recently, as its heartbeat describes it. */
export interface RunningHost {
  readonly instanceId: string;
  readonly hostName: string;
  readonly keyIds: readonly string[];
  /** The key it seals with; null while it lacks the current one. */
  readonly sealingKeyId: string | null;
}

const STATE_ROW = 1;
/** Heartbeats older than this are deleted by the sweep. */
const FORGET_AFTER_MS = 60 * 60 * 1000;

/**
 * The key every host on one database seals with, kept in the database (its id only, never key
 * material), so a rotation decided by one process reaches the running others without a restart.
 * Each serving host re-reads it every `refreshMs` (re-reading its key file too, when it has one)
 * and leaves a heartbeat naming the keys it holds and the one it seals with: what `rotate-keys`
 * checks before and after it switches keys.
 */
export class SharedKeyState {
  readonly instanceId = `${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`;
  readonly #dataSource: DataSource;
  readonly #cipher: AesGcmSecretCipher;
  readonly #reload: () => readonly SecretKey[] | null;
  readonly #refreshMs: number;
  readonly #logger: Logger;
  readonly #now: () => number;
  #timer: NodeJS.Timeout | null = null;

  constructor(
    dataSource: DataSource,
    cipher: AesGcmSecretCipher,
    options: { reloadKeys: () => readonly SecretKey[] | null; refreshMs: number; logger: Logger; now?: () => number },
  ) {
    this.#dataSource = dataSource;
    this.#cipher = cipher;
    this.#reload = options.reloadKeys;
    this.#refreshMs = options.refreshMs;
    this.#logger = options.logger;
    this.#now = options.now ?? Date.now;
  }

  get refreshMs(): number {
    return this.#refreshMs;
  }

  /**
   * At boot: takes the shared current key, or records this host's configured one when none is
   * recorded yet (the first boot). Throws when the shared key is one this host does not hold.
   */
  async adopt(configuredKeyId: string): Promise<void> {
    const states = this.#dataSource.getRepository(SecretKeyStateEntity);
    let state = await states.findOneBy({ id: STATE_ROW });
    if (state === null) {
      try {
        await states.insert({ id: STATE_ROW, currentKeyId: configuredKeyId, changedAt: this.#now() });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      state = await states.findOneByOrFail({ id: STATE_ROW });
    }
    this.#apply(state.currentKeyId);
    if (!this.#cipher.canSeal) {
      throw new Error(
        `The hosts on this database seal secrets with key "${state.currentKeyId}", which this host does not have. ` +
          `Add it to PIM_SECRET_KEYS (keeping the others) and start again. This host holds: ${this.#cipher.keyIds.join(', ')}.`,
      );
    }
  }

  /** Re-reads the shared key (and the key file) and beats once. */
  async refresh(): Promise<void> {
    const state = await this.#dataSource.getRepository(SecretKeyStateEntity).findOneBy({ id: STATE_ROW });
    this.#apply(state?.currentKeyId ?? this.#cipher.currentKeyId);
    await this.#beat();
  }

  /** Starts the heartbeat of a serving host. */
  start(): void {
    if (this.#timer !== null) return;
    const tick = () =>
      void this.refresh().catch((error: unknown) =>
        this.#logger.warn('could not refresh the shared secret key', {
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    tick();
    this.#timer = setInterval(tick, this.#refreshMs);
    this.#timer.unref();
  }

  /** Stops beating and removes this host's heartbeat. */
  async stop(): Promise<void> {
    if (this.#timer === null) return;
    clearInterval(this.#timer);
    this.#timer = null;
    await this.#dataSource.getRepository(HostInstanceEntity).delete({ instanceId: this.instanceId });
  }

  /** Makes `keyId` the key every host seals with from its next refresh on (`rotate-keys`). */
  async setCurrent(keyId: string): Promise<void> {
    await this.#dataSource
      .getRepository(SecretKeyStateEntity)
      .update({ id: STATE_ROW }, { currentKeyId: keyId, changedAt: this.#now() });
    this.#apply(keyId);
  }

  /** Hosts whose heartbeat is younger than three of their beats, this process left out. */
  async runningHosts(): Promise<RunningHost[]> {
    const rows = await this.#dataSource
      .getRepository(HostInstanceEntity)
      .createQueryBuilder('h')
      .where('h.seenAt + 3 * h.refreshMs > :now', { now: this.#now() })
      .andWhere('h.instanceId <> :self', { self: this.instanceId })
      .orderBy('h.instanceId')
      .getMany();
    return rows.map((row) => ({
      instanceId: row.instanceId,
      hostName: row.hostName,
      keyIds: JSON.parse(row.keyIds) as string[],
      sealingKeyId: row.sealingKeyId,
    }));
  }

  /** The longest a running host may take to notice a change: three of the slowest beats. */
  async noticeBoundMs(): Promise<number> {
    const slowest = await this.#dataSource.getRepository(HostInstanceEntity).maximum('refreshMs');
    return 3 * Math.max(this.#refreshMs, Number(slowest ?? 0));
  }

  /** Forgets heartbeats of hosts gone for an hour. */
  async sweep(): Promise<void> {
    await this.#dataSource
      .getRepository(HostInstanceEntity)
      .createQueryBuilder()
      .delete()
      .where('seen_at < :before', { before: this.#now() - FORGET_AFTER_MS })
      .execute();
  }

  #apply(keyId: string): void {
    const keys = this.#reload();
    if (keys !== null) this.#cipher.addKeys(keys);
    if (keyId === this.#cipher.currentKeyId) return;
    this.#cipher.useKey(keyId);
    this.#logger[this.#cipher.canSeal ? 'info' : 'error'](
      this.#cipher.canSeal
        ? 'now sealing secrets with a new key'
        : 'the current secret key is not one this host holds: saving secrets is refused',
      { keyId },
    );
  }

  async #beat(): Promise<void> {
    await this.#dataSource.getRepository(HostInstanceEntity).upsert(
      {
        instanceId: this.instanceId,
        hostName: `${hostname()} (pid ${process.pid})`.slice(0, 255),
        keyIds: JSON.stringify(this.#cipher.keyIds),
        sealingKeyId: this.#cipher.canSeal ? this.#cipher.currentKeyId : null,
        refreshMs: this.#refreshMs,
        seenAt: this.#now(),
      },
      ['instanceId'],
    );
  }
}
