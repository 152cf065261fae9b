import { rateLimitHeaders } from './sandbox-responses.js';
import type { SandboxStore } from './sandbox-store.js';

/** What one request costs a store: the headers to send, and whether it is over the quota (429). */
export interface QuotaTaken {
  readonly exceeded: boolean;
  readonly headers: Record<string, string>;
}

const UNLIMITED = { quota: 150, windowMs: 30_000 };

/**
 * Each store's quota window, as BigCommerce counts it: a window opens with a store's first
 * request and lasts `windowMs`; past `quota` requests in it, the store answers 429 with
 * `X-Rate-Limit-Time-Reset-Ms` and `X-Retry-After` until the window ends. A store without a
 * `rateLimit` is never limited and always shows its whole quota left.
 */
export class RateWindows {
  readonly #windows = new Map<string, { start: number; used: number }>();

  take(store: SandboxStore, now = Date.now()): QuotaTaken {
    const limit = store.rateLimit;
    if (limit === undefined) {
      return { exceeded: false, headers: rateLimitHeaders(UNLIMITED.quota, UNLIMITED.quota, UNLIMITED.windowMs) };
    }
    let window = this.#windows.get(store.hash);
    if (window === undefined || now - window.start >= limit.windowMs) {
      window = { start: now, used: 0 };
      this.#windows.set(store.hash, window);
    }
    const resetMs = window.start + limit.windowMs - now;
    if (window.used >= limit.quota) {
      const headers = rateLimitHeaders(limit.quota, 0, resetMs, limit.windowMs);
      return { exceeded: true, headers: { ...headers, 'x-retry-after': String(Math.ceil(resetMs / 1000)) } };
    }
    window.used += 1;
    return {
      exceeded: false,
      headers: rateLimitHeaders(limit.quota, limit.quota - window.used, resetMs, limit.windowMs),
    };
  }
}
