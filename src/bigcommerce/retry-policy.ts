import type { RequestError } from 'got';

import type { ClientLimits, HttpMethod } from './bigcommerce-client.js';

type Headers = Readonly<Record<string, string | string[] | undefined>>;

/** Network failures worth one more try of a GET. */
export const RETRYABLE_NETWORK: readonly string[] = ['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'EAI_AGAIN'];
/** Answers worth one more try of a GET: not 501 (not supported) nor 507 (a plan limit), which a retry does not change. */
export const RETRYABLE_STATUS: readonly number[] = [500, 502, 503, 504];

/** How long a 429 asks to wait: X-Rate-Limit-Time-Reset-Ms, else X-Retry-After seconds, else a growing guess. */
export function rateLimitWait(headers: Headers, previousWaits: number): number {
  const resetMs = Number(headers['x-rate-limit-time-reset-ms']);
  if (Number.isFinite(resetMs) && resetMs >= 0) return resetMs;
  const retryAfter = Number(headers['x-retry-after']);
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return retryAfter * 1000;
  // No headers: high platform load. Back off a little more each time.
  return 1000 * (previousWaits + 1);
}

/**
 * When one call tries again, as got's `retry.calculateDelay` asks it (0: not again). A 429 is
 * waited out, whatever the method (BigCommerce did not process it), for as long as the store asks
 * if that is within the cap and the call's budget; a 5xx or a transient network failure of a GET
 * is tried again after a doubling delay. Each kind at most `maxRetries` times.
 */
export class RetryPolicy {
  #rateLimitWaits = 0;
  #retries = 0;

  constructor(
    private readonly method: HttpMethod,
    private readonly limits: ClientLimits,
    private readonly deadline: number,
  ) {}

  /** got's retry options for this call; its own rules (methods, codes, limit) are the outer bound. */
  options() {
    return {
      limit: 2 * this.limits.maxRetries,
      methods: ['GET', 'POST', 'PUT', 'DELETE'] as HttpMethod[],
      statusCodes: [429, ...RETRYABLE_STATUS],
      errorCodes: [...RETRYABLE_NETWORK],
      enforceRetryRules: true,
      calculateDelay: ({ error }: { error: RequestError }) => this.delay(error),
    };
  }

  delay(error: RequestError): number {
    const remaining = this.deadline - Date.now();
    const response = error.response;
    if (response?.statusCode === 429) {
      const waitMs = rateLimitWait(response.headers, this.#rateLimitWaits);
      if (waitMs > this.limits.rateLimitMaxWaitMs || this.#rateLimitWaits >= this.limits.maxRetries) return 0;
      if (waitMs >= remaining) return 0;
      this.#rateLimitWaits++;
      return Math.max(1, waitMs);
    }
    const transient =
      response === undefined ? RETRYABLE_NETWORK.includes(error.code) : RETRYABLE_STATUS.includes(response.statusCode);
    if (!transient || this.method !== 'GET' || this.#retries >= this.limits.maxRetries || remaining <= 1) return 0;
    const delay = Math.min(this.limits.retryDelayMs * 2 ** this.#retries, remaining - 1);
    this.#retries++;
    return Math.max(1, delay);
  }

  /** How many 429s were waited out: the next guess grows with it. */
  get rateLimitWaits(): number {
    return this.#rateLimitWaits;
  }
}
