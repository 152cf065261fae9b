import { randomBytes } from 'node:crypto';

/** A signed-in session: who, its CSRF token, and a flash message for the next page. */
export interface Session {
  readonly id: string;
  readonly userId: number;
  readonly csrfToken: string;
  lastSeen: number;
  flash: { readonly level: 'success' | 'error'; readonly text: string } | null;
}

const IDLE_MS = 8 * 60 * 60 * 1000;
const MAX_SESSIONS = 10_000;

/**
 * Sessions in memory, by an unguessable 256-bit id. Idle sessions expire; the store is bounded.
 * A restart signs everyone out, which is acceptable for a reference host.
 */
export class SessionStore {
  readonly #sessions = new Map<string, Session>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  create(userId: number): Session {
    if (this.#sessions.size >= MAX_SESSIONS) this.#evictOldest();
    const session: Session = { id: randomBytes(32).toString('base64url'), userId, csrfToken: randomBytes(32).toString('base64url'), lastSeen: this.#now(), flash: null };
    this.#sessions.set(session.id, session);
    return session;
  }

  get(id: string | undefined): Session | null {
    if (id === undefined) return null;
    const session = this.#sessions.get(id);
    if (session === undefined) return null;
    if (this.#now() - session.lastSeen > IDLE_MS) {
      this.#sessions.delete(id);
      return null;
    }
    session.lastSeen = this.#now();
    return session;
  }

  destroy(id: string): void {
    this.#sessions.delete(id);
  }

  #evictOldest(): void {
    let oldest: Session | null = null;
    for (const session of this.#sessions.values()) if (oldest === null || session.lastSeen < oldest.lastSeen) oldest = session;
    if (oldest) this.#sessions.delete(oldest.id);
  }
}
