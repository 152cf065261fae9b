import { setTimeout as sleep } from 'node:timers/promises';

import { BigcommerceError } from '../errors/bigcommerce.errors.js';

type Headers = Readonly<Record<string, string | string[] | undefined>>;

/** What a store's last answers said of its quota window. */
interface Window {
  /** Requests left in the window, as the store last counted them. */
  left: number;
  /** When the window ends (epoch ms). */
  resetAt: number;
  /** Requests of the window this module leaves to the store's other apps. */
  reserve: number;
}

/** More stores than a host talks to at once: past this, ended windows are forgotten first. */
const MAX_STORES = 10_000;

/**
 * Each store's rate limit as its answers report it (`X-Rate-Limit-Requests-Left`,
 * `X-Rate-Limit-Time-Reset-Ms`: BigCommerce's quota is per store, e.g. 150 requests per 30 s, shared
 * by every app). A request waits for the next window when the last answers leave nothing for it,
 * instead of spending a request on a 429; a wait longer than the caller allows is a rate-limited
 * error at once, with nothing sent. One instance serves every client of a host process.
 *
 * The quota is the store's, not ours: `reservePercent` of each window (of
 * `X-Rate-Limit-Requests-Quota`) is left to the merchant's other apps. When only that much is
 * left, a request waits for the next window like one that found nothing left, or is refused with
 * `quota-reserve-reached`.
 */
export class StoreRateLimits {
  readonly #windows = new Map<string, Window>();
  /**
   * Each store's requests sent and not answered yet: the store may not have counted them. Kept
   * apart from the windows, which an answer replaces while others are on their way.
   */
  readonly #inFlight = new Map<string, number>();
  /** Stores not heard from yet, with the one request sent to learn their quota. */
  readonly #probes = new Map<string, Promise<void>>();
  readonly #now: () => number;
  readonly #reservePercent: number;

  constructor(now: () => number = Date.now, reservePercent = 0) {
    this.#now = now;
    this.#reservePercent = Math.min(100, Math.max(0, reservePercent));
  }

  /**
   * Waits until `store` may take one more request; call the returned function with the answer's
   * headers. With `learnFirst` (batch work), a store not heard from yet gets one request, and the
   * others wait for its answer to learn how much of the quota is left.
   */
  async acquire(store: string, maxWaitMs: number, learnFirst = false): Promise<(headers: Headers | null) => void> {
    let probe: (() => void) | null = null;
    for (;;) {
      const window = this.#current(store);
      if (window === null && learnFirst) {
        const pending = this.#probes.get(store);
        if (pending !== undefined) {
          await pending;
          continue;
        }
        const answered = new Promise<void>((resolve) => (probe = resolve));
        this.#probes.set(store, answered);
        break;
      }
      if (window === null || this.#left(store, window) > window.reserve) break;
      const waitMs = window.resetAt - this.#now();
      if (waitMs > maxWaitMs) throw this.#refusal(store, window, waitMs);
      await sleep(Math.max(1, waitMs));
    }
    this.#inFlight.set(store, (this.#inFlight.get(store) ?? 0) + 1);
    let settled = false;
    return (headers) => {
      if (settled) return;
      settled = true;
      const inFlight = (this.#inFlight.get(store) ?? 1) - 1;
      if (inFlight > 0) this.#inFlight.set(store, inFlight);
      else this.#inFlight.delete(store);
      if (headers !== null) this.#record(store, headers);
      if (probe !== null) {
        this.#probes.delete(store);
        probe();
      }
    };
  }

  /** What a window leaves for one more request: what the store counted, less what is on its way. */
  #left(store: string, window: Window): number {
    return window.left - (this.#inFlight.get(store) ?? 0);
  }

  /** Why a request cannot go now: the quota is spent, or what is left is the other apps' share. */
  #refusal(store: string, window: Window, waitMs: number): BigcommerceError {
    const seconds = Math.max(1, Math.ceil(waitMs / 1000));
    const left = Math.max(0, this.#left(store, window));
    if (left === 0) return new BigcommerceError('rate-limited', { params: { seconds } });
    return new BigcommerceError('quota-reserve-reached', { params: { seconds, left, reserve: window.reserve } });
  }

  #current(store: string): Window | null {
    const window = this.#windows.get(store);
    if (window === undefined) return null;
    if (this.#now() < window.resetAt) return window;
    this.#windows.delete(store);
    return null;
  }

  #record(store: string, headers: Headers): void {
    const left = Number(headers['x-rate-limit-requests-left']);
    const resetMs = Number(headers['x-rate-limit-time-reset-ms']);
    if (!Number.isFinite(left) || !Number.isFinite(resetMs) || left < 0 || resetMs < 0) return;
    const quota = Number(headers['x-rate-limit-requests-quota']);
    // Without a quota to take a share of, nothing is kept back.
    const reserve = Number.isFinite(quota) && quota > 0 ? Math.ceil((quota * this.#reservePercent) / 100) : 0;
    const resetAt = this.#now() + resetMs;
    const known = this.#current(store);
    if (known !== null && Math.abs(known.resetAt - resetAt) < 1_000) {
      // The same window: answers arrive out of order, the lowest count is the latest.
      known.left = Math.min(known.left, left);
      return;
    }
    if (this.#windows.size >= MAX_STORES) this.#forgetEnded();
    this.#windows.set(store, { left, resetAt, reserve });
  }

  #forgetEnded(): void {
    const now = this.#now();
    for (const [store, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(store);
    if (this.#windows.size >= MAX_STORES) this.#windows.clear();
  }
}
