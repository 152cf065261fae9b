import got from 'got';
import { inject, injectable } from 'inversify';

import { KERNEL_LOGGER, KERNEL_MODULE_SETTINGS, type Logger, type ModuleSettings } from '@pim/kernel';
import { BIGCOMMERCE_API_ORIGIN, MODULE_ID, MODULE_VERSION, SETTINGS } from '../constants.js';
import { BigcommerceClient, type ClientLimits } from './bigcommerce-client.js';
import { normalizeApiUrl } from './api-url.js';
import { StoreRateLimits } from './store-rate-limits.js';

/** What a client needs to reach one store. */
export interface StoreConnection {
  readonly apiUrl: string;
  readonly accessToken: string;
}

export const USER_AGENT = `pim-bigcommerce-credentials/${MODULE_VERSION} (+UnoPim-style PIM connector)`;

/**
 * The one place a got instance is configured: base URL, auth and content headers, User-Agent,
 * no redirects, text bodies (parsed by the client so malformed JSON is classified). Each call
 * sets got's retry as its `RetryPolicy` decides.
 */
@injectable()
export class BigcommerceClientFactory {
  /**
   * Every store's quota as its answers report it, shared by all the clients of this process (the
   * admin's, the re-check's and the jobs' connections), with the share left to the store's other apps.
   */
  readonly #quotas: StoreRateLimits;
  #learnQuotasFirst = false;

  constructor(
    @inject(KERNEL_MODULE_SETTINGS) private readonly settings: ModuleSettings,
    @inject(KERNEL_LOGGER) private readonly logger: Logger,
  ) {
    this.#quotas = new StoreRateLimits(Date.now, this.#percent(SETTINGS.quotaReservePercent, 20));
  }

  /** Origins the module may call: BigCommerce's, plus any the host adds (e.g. a sandbox). */
  allowedOrigins(): readonly string[] {
    return [...new Set([BIGCOMMERCE_API_ORIGIN, ...this.settings.allowedOrigins(MODULE_ID)])];
  }

  limits(): ClientLimits {
    return {
      timeoutMs: this.#number(SETTINGS.requestTimeoutMs, 10_000),
      rateLimitMaxWaitMs: this.#number(SETTINGS.rateLimitMaxWaitMs, 5_000),
      retryDelayMs: this.#number(SETTINGS.retryDelayMs, 250),
      maxRetries: 2,
      maxResponseBytes: this.#number(SETTINGS.maxResponseBytes, 8 * 1_048_576),
    };
  }

  /**
   * For batch work (the re-check command): from now on, a store this process has not heard from
   * gets one request first, and the others wait for its answer to learn how much of the store's
   * quota other apps have left, instead of spending it blind. Interactive work keeps its requests
   * in parallel.
   */
  learnQuotasFirst(): void {
    this.#learnQuotasFirst = true;
  }

  /** A client for one store; refuses a base URL whose origin is not allowed. */
  create(connection: StoreConnection): BigcommerceClient {
    const { apiUrl } = normalizeApiUrl(connection.apiUrl, this.allowedOrigins());
    const http = got.extend({
      prefixUrl: apiUrl,
      headers: { 'x-auth-token': connection.accessToken, accept: 'application/json', 'user-agent': USER_AGENT },
      followRedirect: false,
      throwHttpErrors: false,
      responseType: 'text',
    });
    return new BigcommerceClient(http, this.limits(), this.logger, (maxWaitMs) =>
      this.#quotas.acquire(apiUrl, maxWaitMs, this.#learnQuotasFirst),
    );
  }

  /** A share from 0 to 100 (0: none). */
  #percent(name: string, fallback: number): number {
    const raw = this.settings.get(MODULE_ID, name);
    const value = raw === undefined ? Number.NaN : Number(raw);
    return Number.isFinite(value) && value >= 0 && value <= 100 ? value : fallback;
  }

  #number(name: string, fallback: number): number {
    const raw = this.settings.get(MODULE_ID, name);
    const value = raw === undefined ? Number.NaN : Number(raw);
    return Number.isFinite(value) && value > 0 ? value : fallback;
  }
}
