import { inject, injectable } from 'inversify';

import { KERNEL_TRANSLATOR, type Translator } from '@pim/kernel';
import type { BigcommerceClient, HttpMethod } from '../bigcommerce/bigcommerce-client.js';
import { BigcommerceClientFactory } from '../bigcommerce/bigcommerce-client.factory.js';
import { BigcommerceError } from '../errors/bigcommerce.errors.js';
import { InvalidInputError } from '../errors/invalid-input.error.js';
import {
  StoreRequestError,
  type ActiveCredential,
  type StoreAnswer,
  type StoreConnection,
  type StorePath,
  type StoreQuery,
  type StoreRequestFailure,
} from '../public-api.js';

/** A REST path a job may ask: `v2/` or `v3/`, then path segments, nothing that leaves the store's API. */
const STORE_PATH = /^v[23](?:\/[A-Za-z0-9_\-.]+)+$/;

/** The failures of the client a job sees as they are; any other code means the answer made no sense. */
const FAILURES: ReadonlySet<string> = new Set<StoreRequestFailure>([
  'rate-limited',
  'quota-reserve-reached',
  'timeout',
  'unreachable',
  'redirect-refused',
  'response-too-large',
  'malformed-response',
]);

/** A path as the client takes it, or a programming error: jobs write their paths. */
function checkedPath(path: string): string {
  if (!STORE_PATH.test(path) || path.split('/').some((segment) => segment === '..' || segment === '.'))
    throw new TypeError(`Not a path of a store's v2 / v3 API: "${path.slice(0, 100)}".`);
  return path;
}

/**
 * Jobs' connections to their stores: the module's BigCommerce client (the quota of each store
 * shared with the admin and the re-check), with its failures as the public {@link StoreRequestError}.
 */
@injectable()
export class JobConnections {
  constructor(
    @inject(BigcommerceClientFactory) private readonly clients: BigcommerceClientFactory,
    @inject(KERNEL_TRANSLATOR) private readonly translator: Translator,
  ) {}

  open(credential: ActiveCredential): StoreConnection {
    let client: BigcommerceClient;
    try {
      client = this.clients.create({ apiUrl: credential.baseUrl, accessToken: credential.accessToken });
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      // The stored URL was allowed when it was saved: this host has stopped allowing its origin since.
      const refusal = Object.values(error.errors).flat()[0];
      throw this.#error('origin-not-allowed', refusal?.messageKey ?? 'bigcommerce.api-url.origin-not-allowed', {
        ...refusal?.params,
      });
    }
    const send = (method: HttpMethod, path: string, payload: Parameters<BigcommerceClient['send']>[2]) =>
      client.send(method, path, payload).then(
        (answer): StoreAnswer => ({ status: answer.status, body: answer.body }),
        (error: unknown) => {
          throw this.#failure(error);
        },
      );
    const query = (values?: StoreQuery) => (values === undefined ? {} : { searchParams: { ...values } });
    return Object.freeze({
      credentialId: credential.id,
      get: (path: StorePath, values?: StoreQuery) => send('GET', checkedPath(path), query(values)),
      post: (path: StorePath, body: unknown) => send('POST', checkedPath(path), { json: body }),
      put: (path: StorePath, body: unknown) => send('PUT', checkedPath(path), { json: body }),
      delete: (path: StorePath, values?: StoreQuery) => send('DELETE', checkedPath(path), query(values)),
      graphql: (text: string, variables?: Readonly<Record<string, unknown>>) =>
        send('POST', 'graphql', { json: { query: text, variables: variables ?? {} } }),
    });
  }

  #failure(error: unknown): StoreRequestError {
    if (!(error instanceof BigcommerceError)) throw error;
    const code = FAILURES.has(error.code) ? (error.code as StoreRequestFailure) : 'malformed-response';
    const key = code === error.code ? error.messageKey : 'bigcommerce.verification.malformed-response';
    return this.#error(code, key, error.params);
  }

  #error(code: StoreRequestFailure, key: string, params: Record<string, string | number>): StoreRequestError {
    return new StoreRequestError(code, this.translator.translate(key, params), key, Object.freeze({ ...params }));
  }
}
