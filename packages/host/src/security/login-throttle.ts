import { createHash } from 'node:crypto';

import type { DataSource, Repository } from 'typeorm';

import { isUniqueViolation } from '@pim/kernel';

import { LoginThrottleEntity } from '../persistence/login-throttle.entity.js';

/** Failed sign-ins allowed per (address, account) in one window. */
export const MAX_ATTEMPTS = 5;
/** The window: after MAX_ATTEMPTS, sign-in waits until it ends. */
export const WINDOW_MS = 15 * 60 * 1000;

/** What the throttle says about one sign-in attempt. */
export type AttemptVerdict =
  { readonly allowed: true; readonly key: string } | { readonly allowed: false; readonly retryAfterSeconds: number };

/**
 * Slows down password guessing, in the database so every host process counts the same attempts.
 * An attempt is counted before its password is checked, by one conditional UPDATE, so however
 * many guesses arrive at once, on however many hosts, at most {@link MAX_ATTEMPTS} per window are
 * checked. A successful sign-in clears the count. The key is a hash of the client address and the
 * account: the user an e-mail resolves to (so every spelling the database treats as that e-mail
 * counts together), or the normalised e-mail when it names nobody.
 */
export class LoginThrottle {
  readonly #attempts: Repository<LoginThrottleEntity>;
  readonly #now: () => number;

  constructor(dataSource: DataSource, now: () => number = Date.now) {
    this.#attempts = dataSource.getRepository(LoginThrottleEntity);
    this.#now = now;
  }

  /** The key of an attempt: `account` is `user:<id>` or `email:<normalised e-mail>`. */
  static key(ip: string, account: string): string {
    return createHash('sha256').update(`${ip}\u0000${account}`, 'utf8').digest('hex');
  }

  /** Counts an attempt; `allowed: false` when the window's attempts are used up. */
  async attempt(key: string): Promise<AttemptVerdict> {
    const now = this.#now();
    const windowStart = now - WINDOW_MS;
    // Assignments read the row as it was: `attempts` is set before `window_started_at` changes (MySQL assigns left to right).
    const reserve = () =>
      this.#attempts
        .createQueryBuilder()
        .update()
        .set({
          attempts: () => 'CASE WHEN window_started_at <= :windowStart THEN 1 ELSE attempts + 1 END',
          windowStartedAt: () => 'CASE WHEN window_started_at <= :windowStart THEN :now ELSE window_started_at END',
        })
        .where('throttle_key = :key AND (window_started_at <= :windowStart OR attempts < :max)', {
          key,
          windowStart,
          now,
          max: MAX_ATTEMPTS,
        })
        .execute();
    if ((await reserve()).affected === 1) return { allowed: true, key };
    try {
      await this.#attempts.insert({ throttleKey: key, attempts: 1, windowStartedAt: now });
      return { allowed: true, key };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    // Another request created the row meanwhile: count against it.
    if ((await reserve()).affected === 1) return { allowed: true, key };
    const row = await this.#attempts.findOneBy({ throttleKey: key });
    const until = (row?.windowStartedAt ?? now) + WINDOW_MS;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) };
  }

  /** A correct password: the count starts again. */
  async succeeded(key: string): Promise<void> {
    await this.#attempts.delete({ throttleKey: key });
  }

  /** Deletes windows that have ended; returns how many. */
  async sweep(): Promise<number> {
    const result = await this.#attempts
      .createQueryBuilder()
      .delete()
      .where('window_started_at <= :before', { before: this.#now() - WINDOW_MS })
      .execute();
    return result.affected ?? 0;
  }
}
