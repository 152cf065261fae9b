import type { RequestError } from 'got';

import type { HttpMethod } from '../../src/bigcommerce/bigcommerce-client.js';
import { RetryPolicy } from '../../src/bigcommerce/retry-policy.js';

const LIMITS = {
  timeoutMs: 10_000,
  rateLimitMaxWaitMs: 5_000,
  retryDelayMs: 250,
  maxRetries: 2,
  maxResponseBytes: 1_048_576,
};

/** What got hands calculateDelay: an answer's status and headers, or a network error's code. */
const answer = (statusCode: number, headers: Record<string, string> = {}) =>
  ({ code: 'ERR_NON_2XX_3XX_RESPONSE', response: { statusCode, headers } }) as unknown as RequestError;
const network = (code: string) => ({ code }) as unknown as RequestError;

const policy = (method: HttpMethod = 'GET', budgetMs = LIMITS.timeoutMs) =>
  new RetryPolicy(method, LIMITS, Date.now() + budgetMs);

describe('the retry policy of a BigCommerce call', () => {
  it('waits out a 429 as long as the store asks, for any method, at most maxRetries times', () => {
    for (const method of ['GET', 'POST', 'PUT', 'DELETE'] as const) {
      const p = policy(method);
      expect(p.delay(answer(429, { 'x-rate-limit-time-reset-ms': '1200' }))).toBe(1200);
      expect(p.delay(answer(429, { 'x-retry-after': '2' }))).toBe(2000);
      expect(p.delay(answer(429, { 'x-rate-limit-time-reset-ms': '10' }))).toBe(0);
      expect(p.rateLimitWaits).toBe(2);
    }
    // A reset of 0 ms still waits a tick (0 would mean "do not retry" to got).
    expect(policy().delay(answer(429, { 'x-rate-limit-time-reset-ms': '0' }))).toBe(1);
  });

  it('guesses a growing wait for a 429 without headers (platform load)', () => {
    const p = policy();
    expect(p.delay(answer(429))).toBe(1000);
    expect(p.delay(answer(429))).toBe(2000);
  });

  it('gives up on a 429 that asks for longer than the cap or than the budget left', () => {
    expect(policy().delay(answer(429, { 'x-rate-limit-time-reset-ms': '15000' }))).toBe(0);
    expect(policy('GET', 1_000).delay(answer(429, { 'x-rate-limit-time-reset-ms': '3000' }))).toBe(0);
  });

  it('tries a GET again after a doubling delay on 500, 502, 503, 504 and transient network errors', () => {
    const p = policy();
    expect(p.delay(answer(502))).toBe(250);
    expect(p.delay(network('ECONNRESET'))).toBe(500);
    expect(p.delay(answer(503))).toBe(0);
    for (const failure of [answer(500), answer(504), network('ECONNREFUSED'), network('EPIPE'), network('EAI_AGAIN')])
      expect(policy().delay(failure)).toBe(250);
  });

  it('never tries a POST, PUT or DELETE again on 5xx or a network error, nor anything on 501, 507, a 4xx or a timeout', () => {
    for (const method of ['POST', 'PUT', 'DELETE'] as const) {
      expect(policy(method).delay(answer(500))).toBe(0);
      expect(policy(method).delay(network('ECONNRESET'))).toBe(0);
    }
    for (const failure of [answer(501), answer(507), answer(404), answer(401), network('ETIMEDOUT')])
      expect(policy().delay(failure)).toBe(0);
  });

  it('keeps a retry delay within the budget left, and gives up when none is left', () => {
    expect(policy('GET', 100).delay(answer(502))).toBeLessThan(100);
    expect(policy('GET', 0).delay(answer(502))).toBe(0);
  });

  it('declares the same rules to got as its outer bound', () => {
    const options = policy().options();
    expect(options).toMatchObject({
      limit: 4,
      methods: ['GET', 'POST', 'PUT', 'DELETE'],
      statusCodes: [429, 500, 502, 503, 504],
      errorCodes: ['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'EAI_AGAIN'],
      enforceRetryRules: true,
    });
  });
});
