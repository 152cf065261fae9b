import { createHash, randomBytes } from 'node:crypto';

import type { DataSource, Repository } from 'typeorm';

import { SessionEntity } from '../persistence/session.entity.js';
import { UserEntity } from '../persistence/user.entity.js';
import { selectUserRow, toHostUser, type HostUser, type UserRow } from '../users/user-directory.js';

/** A message shown once, on the next page. */
export interface Flash {
  readonly level: 'success' | 'error';
  readonly text: string;
  /** A submit that failed, for the form page the browser is sent back to (Post/Redirect/Get). */
  readonly form?: FailedSubmit;
}

/** What a failed submit leaves for its form page: never a secret. */
export interface FailedSubmit {
  /** The form page it belongs to. */
  readonly path: string;
  readonly errors: Readonly<Record<string, readonly string[]>>;
  /** What was typed, secrets left out. */
  readonly submitted: Readonly<Record<string, unknown>> | null;
  /** Secret fields that held a typed value, cleared for safety: the page says to paste them again. */
  readonly clearedSecrets: readonly string[];
  readonly confirm?: { readonly field: string; readonly label: string };
}

/** A signed-in session: who, its CSRF token, and the flash waiting for the next page. */
export interface Session {
  /** The id from the cookie; only its hash is stored. */
  readonly id: string;
  readonly userId: number;
  readonly csrfToken: string;
  readonly flash: Flash | null;
}

/** A session ends after this long without a request... */
export const IDLE_MS = 8 * 60 * 60 * 1000;
/** ...and at the latest this long after sign-in. */
export const ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** Seen-at is written at most this often, so a page view is not a write. */
const TOUCH_MS = 60 * 1000;

const hashOf = (id: string) => createHash('sha256').update(id, 'utf8').digest('hex');

/**
 * Sessions in the database, so every host process serves every request and a restart signs
 * nobody out. A session id is 256 random bits; the table keeps only its SHA-256, so reading the
 * table does not hand out sessions. Expired rows are swept, never evicted: no client can push
 * another user's session out.
 */
export class SessionStore {
  readonly #sessions: Repository<SessionEntity>;
  readonly #now: () => number;

  constructor(dataSource: DataSource, now: () => number = Date.now) {
    this.#sessions = dataSource.getRepository(SessionEntity);
    this.#now = now;
  }

  async create(userId: number): Promise<Session> {
    const id = randomBytes(32).toString('base64url');
    const now = this.#now();
    const csrfToken = randomBytes(32).toString('base64url');
    await this.#sessions.insert({
      idHash: hashOf(id),
      userId,
      csrfToken,
      flash: null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: now + IDLE_MS,
    });
    return { id, userId, csrfToken, flash: null };
  }

  /** The live session of a cookie value, or null; keeps it alive while it is used. */
  async find(id: string | undefined): Promise<Session | null> {
    if (id === undefined || id.length > 64) return null;
    const row = await this.#sessions.findOneBy({ idHash: hashOf(id) });
    return row === null ? null : this.#live(id, row);
  }

  /**
   * The live session of a cookie value and its user, in one query (what every admin request
   * asks first), or null; keeps the session alive while it is used.
   */
  async findSignedIn(id: string | undefined): Promise<{ session: Session; user: HostUser } | null> {
    if (id === undefined || id.length > 64) return null;
    const query = this.#sessions
      .createQueryBuilder('s')
      .innerJoin(UserEntity, 'u', 'u.id = s.userId')
      .select([
        's.idHash AS "idHash"',
        's.userId AS "userId"',
        's.csrfToken AS "csrfToken"',
        's.flash AS flash',
        's.createdAt AS "createdAt"',
        's.lastSeenAt AS "lastSeenAt"',
        's.expiresAt AS "expiresAt"',
      ]);
    const raw = await selectUserRow(query)
      .where('s.idHash = :hash', { hash: hashOf(id) })
      .getRawOne<Record<keyof SessionEntity, string | number | null> & UserRow>();
    if (raw === undefined || raw === null) return null;
    const session = await this.#live(id, {
      idHash: String(raw.idHash),
      userId: Number(raw.userId),
      csrfToken: String(raw.csrfToken),
      flash: raw.flash === null ? null : String(raw.flash),
      createdAt: Number(raw.createdAt),
      lastSeenAt: Number(raw.lastSeenAt),
      expiresAt: Number(raw.expiresAt),
    });
    return session === null ? null : { session, user: toHostUser({ ...raw, id: Number(raw.id) }) };
  }

  /** The session of a row, unless it has expired; its seen-at written at most once a minute. */
  async #live(id: string, row: SessionEntity): Promise<Session | null> {
    const now = this.#now();
    if (row.expiresAt <= now || row.createdAt + ABSOLUTE_MS <= now) return null;
    if (now - row.lastSeenAt >= TOUCH_MS) {
      await this.#sessions.update(
        { idHash: row.idHash },
        { lastSeenAt: now, expiresAt: Math.min(now + IDLE_MS, row.createdAt + ABSOLUTE_MS) },
      );
    }
    return {
      id,
      userId: row.userId,
      csrfToken: row.csrfToken,
      flash: row.flash === null ? null : (JSON.parse(row.flash) as Flash),
    };
  }

  /** Keeps `flash` for the session's next page. */
  async setFlash(session: Session, flash: Flash): Promise<void> {
    await this.#sessions.update({ idHash: hashOf(session.id) }, { flash: JSON.stringify(flash) });
  }

  /** Forgets the flash once a page has shown it. */
  async clearFlash(session: Session): Promise<void> {
    await this.#sessions.update({ idHash: hashOf(session.id) }, { flash: null });
  }

  /** Signs this session out, on every host. */
  async destroy(id: string): Promise<void> {
    await this.#sessions.delete({ idHash: hashOf(id) });
  }

  /** Signs a user out everywhere, e.g. after a password change. */
  async destroyForUser(userId: number): Promise<number> {
    return (await this.#sessions.delete({ userId })).affected ?? 0;
  }

  /** Deletes expired sessions; returns how many. */
  async sweep(): Promise<number> {
    const now = this.#now();
    const result = await this.#sessions
      .createQueryBuilder()
      .delete()
      .where('expires_at <= :now OR created_at <= :oldest', { now, oldest: now - ABSOLUTE_MS })
      .execute();
    return result.affected ?? 0;
  }
}
