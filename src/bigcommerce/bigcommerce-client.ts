import { CancelError, RequestError, type CancelableRequest, type Got, type Response } from 'got';

import type { Logger } from '@pim/kernel';
import { BigcommerceError } from '../errors/bigcommerce.errors.js';
import { rateLimitWait, RetryPolicy } from './retry-policy.js';

/** Limits of one client, from the host's module settings. */
export interface ClientLimits {
  /** Budget of one call, retries and waits included. */
  readonly timeoutMs: number;
  readonly rateLimitMaxWaitMs: number;
  readonly retryDelayMs: number;
  readonly maxRetries: number;
  /** The largest answer read: a longer one is cut off and refused (`response-too-large`). */
  readonly maxResponseBytes: number;
}

/** The methods a store call may use; only GET is tried again after a 5xx or a network error. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A parsed answer: any status that is not a transport failure, a redirect or a 429 / 5xx given up on. */
export interface ApiResponse {
  readonly status: number;
  /** Parsed JSON; `null` for 204 or an empty body. */
  readonly body: unknown;
}

type Headers = Readonly<Record<string, string | string[] | undefined>>;

/**
 * Waits for the store's quota to allow one more request (at most `maxWaitMs`, else a rate-limited
 * error); the returned function takes the answer's headers (null when there was no answer).
 */
export type QuotaGate = (maxWaitMs: number) => Promise<(headers: Headers | null) => void>;

/**
 * Calls one store's API through a got instance that already carries the base URL and headers.
 * got retries, as {@link RetryPolicy} decides: a GET on 5xx and transient network errors
 * (bounded), any method on a 429 for as long as BigCommerce asks, up to a cap. Every attempt
 * first waits for the store's quota when its last answers left none, and has what is left of the
 * call's budget. Nothing thrown from here holds a header, a token or got's request options.
 */
export class BigcommerceClient {
  constructor(
    private readonly http: Got,
    private readonly limits: ClientLimits,
    private readonly logger: Logger,
    private readonly quota: QuotaGate,
  ) {}

  /** GET a path relative to the store base, e.g. `v2/store`. */
  get(path: string, searchParams?: Record<string, string | number>): Promise<ApiResponse> {
    return this.#call('GET', path, { searchParams });
  }

  /** POST JSON to a path relative to the store base. Never retried on 5xx or network errors. */
  post(path: string, json: unknown): Promise<ApiResponse> {
    return this.#call('POST', path, { json });
  }

  /** Any method: what a job's connection sends. */
  send(
    method: HttpMethod,
    path: string,
    payload: { searchParams?: Record<string, string | number>; json?: unknown } = {},
  ): Promise<ApiResponse> {
    return this.#call(method, path, payload);
  }

  async #call(
    method: HttpMethod,
    path: string,
    payload: { searchParams?: Record<string, string | number>; json?: unknown },
  ): Promise<ApiResponse> {
    const deadline = Date.now() + this.limits.timeoutMs;
    const policy = new RetryPolicy(method, this.limits, deadline);
    /** The quota of the attempt under way: settled with its answer's headers, or with nothing. */
    const attempt: { settle: (headers: Headers | null) => void; started: number } = {
      settle: () => undefined,
      started: 0,
    };
    const beforeRequest = async (options: { timeout: { request?: number } }) => {
      attempt.settle(null);
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw this.#timeout();
      attempt.settle = await this.quota(Math.min(this.limits.rateLimitMaxWaitMs, remaining));
      if (deadline - Date.now() <= 0) throw this.#timeout();
      // The attempt has what is left of the call's budget.
      options.timeout = { request: deadline - Date.now() };
      attempt.started = Date.now();
    };
    const afterResponse = (response: Response) => {
      attempt.settle(response.headers);
      const ms = Date.now() - attempt.started;
      this.logger.debug('bigcommerce request', { method, path, status: response.statusCode, ms });
      return response;
    };
    try {
      const request = this.http(path, {
        method,
        ...payload,
        retry: policy.options(),
        hooks: { beforeRequest: [beforeRequest], afterResponse: [afterResponse] },
        responseType: 'text',
      });
      this.#bound(request);
      return this.#answer(await request, policy);
    } catch (error) {
      throw this.#failure(error, method, path, Date.now() - attempt.started);
    } finally {
      attempt.settle(null);
    }
  }

  /** The answer got settled on: a redirect is refused, a 429 given up on says how long to wait. */
  #answer(response: Response, policy: RetryPolicy): ApiResponse {
    const status = response.statusCode;
    if (status >= 300 && status < 400) throw new BigcommerceError('redirect-refused', { status });
    if (status === 429) {
      const waitMs = rateLimitWait(response.headers, policy.rateLimitWaits);
      throw new BigcommerceError('rate-limited', {
        status,
        params: { seconds: Math.max(1, Math.ceil(waitMs / 1000)) },
      });
    }
    return { status, body: parseBody(status, String(response.body)) };
  }

  /**
   * Cuts an answer off once it is longer than the limit, as soon as its length is announced or
   * its bytes pass it: a store cannot make the host hold more than that for one call.
   */
  #bound(request: CancelableRequest<Response<string>>): void {
    const max = this.limits.maxResponseBytes;
    const cut = () => request.cancel();
    // `on` answers the request itself, whose outcome the caller awaits.
    void request.on('response', (response: Response) => {
      if (Number(response.headers['content-length']) > max) cut();
    });
    void request.on('downloadProgress', ({ transferred }: { transferred: number }) => {
      if (transferred > max) cut();
    });
  }

  /** What a call that got no answer throws: our own error from a hook, a timeout, or unreachable. */
  #failure(error: unknown, method: string, path: string, ms: number): BigcommerceError {
    if (error instanceof BigcommerceError) return error;
    if (error instanceof CancelError)
      return new BigcommerceError('response-too-large', {
        params: { megabytes: Math.round((this.limits.maxResponseBytes / 1_048_576) * 10) / 10 },
      });
    if (error instanceof RequestError && error.cause instanceof BigcommerceError) return error.cause;
    const code = (error as { code?: unknown }).code;
    this.logger.debug('bigcommerce request failed', { method, path, code, ms });
    if (code === 'ETIMEDOUT') return this.#timeout();
    return new BigcommerceError('unreachable', {
      params: { reason: typeof code === 'string' ? code : 'network error' },
    });
  }

  #timeout(): BigcommerceError {
    return new BigcommerceError('timeout', { params: { seconds: Math.round(this.limits.timeoutMs / 100) / 10 } });
  }
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
