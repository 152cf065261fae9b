import { setTimeout as sleep } from 'node:timers/promises';

import type { Got } from 'got';

import type { Logger } from '@pim/kernel';
import { BigcommerceError } from '../errors/bigcommerce.errors.js';

/** Limits of one client, from the host's module settings. */
export interface ClientLimits {
  /** Budget of one call, retries included. */
  readonly timeoutMs: number;
  readonly rateLimitMaxWaitMs: number;
  readonly retryDelayMs: number;
  readonly maxRetries: number;
}

/** A parsed answer: any status that is not a transport failure, a redirect or a 429 / 5xx given up on. */
export interface ApiResponse {
  readonly status: number;
  /** Parsed JSON; `null` for 204 or an empty body. */
  readonly body: unknown;
}

const RETRYABLE_NETWORK = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'EAI_AGAIN']);
/** Answers worth one more try: not 501 (not supported) nor 507 (a plan limit), which a retry does not change. */
const RETRYABLE_STATUS = new Set([500, 502, 503, 504]);

/**
 * Waits for the store's quota to allow one more request (at most `maxWaitMs`, else a rate-limited
 * error); the returned function takes the answer's headers (null when there was no answer).
 */
export type QuotaGate = (
  maxWaitMs: number,
) => Promise<(headers: Readonly<Record<string, string | string[] | undefined>> | null) => void>;

/**
 * Calls one store's API through a got instance that already carries the base URL and headers.
 * GETs are retried (bounded) on 5xx and transient network errors; every method waits for the
 * store's quota when its last answers left none, and honours a 429 by waiting what BigCommerce
 * asks, up to a cap. Nothing thrown from here holds a header, a token or got's request options.
 */
export class BigcommerceClient {
  readonly #http: Got;
  readonly #limits: ClientLimits;
  readonly #logger: Logger;
  readonly #quota: QuotaGate;

  constructor(http: Got, limits: ClientLimits, logger: Logger, quota: QuotaGate) {
    this.#http = http;
    this.#limits = limits;
    this.#logger = logger;
    this.#quota = quota;
  }

  /** GET a path relative to the store base, e.g. `v2/store`. */
  get(path: string, searchParams?: Record<string, string | number>): Promise<ApiResponse> {
    return this.#call('GET', path, { searchParams });
  }

  /** POST JSON to a path relative to the store base. Never retried on 5xx or network errors. */
  post(path: string, json: unknown): Promise<ApiResponse> {
    return this.#call('POST', path, { json });
  }

  async #call(
    method: 'GET' | 'POST',
    path: string,
    payload: { searchParams?: Record<string, string | number>; json?: unknown },
  ): Promise<ApiResponse> {
    const deadline = Date.now() + this.#limits.timeoutMs;
    let retries = 0;
    let rateLimitWaits = 0;
    for (;;) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw this.#timeout();
      const settle = await this.#quota(Math.min(this.#limits.rateLimitMaxWaitMs, remaining));
      if (deadline - Date.now() <= 0) {
        settle(null);
        throw this.#timeout();
      }
      const started = Date.now();
      let status: number;
      let text: string;
      let headers: Record<string, string | string[] | undefined>;
      try {
        const response = await this.#http(path, { method, ...payload, timeout: { request: deadline - Date.now() } });
        ({ statusCode: status, body: text, headers } = response);
        settle(headers);
      } catch (error) {
        settle(null);
        const code = (error as { code?: unknown }).code;
        this.#logger.debug('bigcommerce request failed', { method, path, code, ms: Date.now() - started });
        if (code === 'ETIMEDOUT') throw this.#timeout();
        if (
          method === 'GET' &&
          typeof code === 'string' &&
          RETRYABLE_NETWORK.has(code) &&
          retries < this.#limits.maxRetries
        ) {
          await this.#backoff(retries++, deadline);
          continue;
        }
        throw new BigcommerceError('unreachable', {
          params: { reason: typeof code === 'string' ? code : 'network error' },
        });
      }
      this.#logger.debug('bigcommerce request', { method, path, status, ms: Date.now() - started });

      if (status >= 300 && status < 400) throw new BigcommerceError('redirect-refused', { status });
      if (status === 429) {
        const waitMs = rateLimitWait(headers, rateLimitWaits);
        if (
          waitMs > this.#limits.rateLimitMaxWaitMs ||
          rateLimitWaits >= this.#limits.maxRetries ||
          Date.now() + waitMs >= deadline
        ) {
          throw new BigcommerceError('rate-limited', {
            status,
            params: { seconds: Math.max(1, Math.ceil(waitMs / 1000)) },
          });
        }
        rateLimitWaits++;
        await sleep(waitMs);
        continue;
      }
      if (RETRYABLE_STATUS.has(status) && method === 'GET' && retries < this.#limits.maxRetries) {
        await this.#backoff(retries++, deadline);
        continue;
      }
      return { status, body: parseBody(status, text) };
    }
  }

  async #backoff(attempt: number, deadline: number): Promise<void> {
    const delay = Math.min(this.#limits.retryDelayMs * 2 ** attempt, Math.max(0, deadline - Date.now()));
    await sleep(delay);
  }

  #timeout(): BigcommerceError {
    return new BigcommerceError('timeout', { params: { seconds: Math.round(this.#limits.timeoutMs / 100) / 10 } });
  }
}

/** How long a 429 asks to wait: X-Rate-Limit-Time-Reset-Ms, else X-Retry-After seconds, else a growing guess. */
function rateLimitWait(headers: Record<string, string | string[] | undefined>, previousWaits: number): number {
  const resetMs = Number(headers['x-rate-limit-time-reset-ms']);
  if (Number.isFinite(resetMs) && resetMs >= 0) return resetMs;
  const retryAfter = Number(headers['x-retry-after']);
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter * 1000;
  // No headers: high platform load. Back off a little more each time.
  return 1000 * (previousWaits + 1);
}

function parseBody(status: number, text: string): unknown {
  if (status === 204 || text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A 5xx gateway page is HTML; that is "unavailable", not "malformed".
    if (status >= 500) return null;
    throw new BigcommerceError('malformed-response', { status });
  }
}
