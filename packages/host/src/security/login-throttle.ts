const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 5;
const MAX_TRACKED = 10_000;

/**
 * Slows down password guessing: after 5 failed sign-ins for the same e-mail from the same
 * address within 15 minutes, further attempts are refused until the window passes.
 */
export class LoginThrottle {
  readonly #failures = new Map<string, number[]>();
  readonly #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Seconds to wait before trying again, or 0. */
  retryAfterSeconds(ip: string, email: string): number {
    const recent = this.#recent(key(ip, email));
    if (recent.length < MAX_FAILURES) return 0;
    return Math.ceil((recent[0]! + WINDOW_MS - this.#now()) / 1000);
  }

  recordFailure(ip: string, email: string): void {
    if (this.#failures.size >= MAX_TRACKED) this.#failures.delete(this.#failures.keys().next().value!);
    const k = key(ip, email);
    this.#failures.set(k, [...this.#recent(k), this.#now()]);
  }

  recordSuccess(ip: string, email: string): void {
    this.#failures.delete(key(ip, email));
  }

  #recent(k: string): number[] {
    const since = this.#now() - WINDOW_MS;
    return (this.#failures.get(k) ?? []).filter((t) => t > since);
  }
}

const key = (ip: string, email: string) => `${ip}|${email.trim().toLowerCase()}`;
