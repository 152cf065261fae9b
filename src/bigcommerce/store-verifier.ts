import { fromProbes, type Capabilities } from '../capabilities.js';
import { inject, injectable } from 'inversify';

import { KERNEL_MODULE_SETTINGS, type ModuleSettings } from '@pim/kernel';
import { MODULE_ID, SETTINGS } from '../constants.js';
import { BigcommerceError } from '../errors/bigcommerce.errors.js';
import { CURRENCY_CODE, DEFAULT_CHANNEL_ID, STORE_LOCALE_CODE } from '../domain.js';
import type { ApiResponse } from './bigcommerce-client.js';
import { BigcommerceClientFactory } from './bigcommerce-client.factory.js';
import { cleanStoreText } from './store-text.js';
import { expectOk, expectSuccess } from './response-status.js';

/** The store's own defaults as `GET v2/store` gives them (`reference/store_information.v2.yml`). */
export interface StoreInformation {
  readonly storeName: string;
  /** `currency`, upper-cased: the schema types it as a string, and stores spell it `usd` too. */
  readonly defaultCurrency: string | null;
  /** `language`, the store's default language. */
  readonly defaultLanguage: string | null;
  /** `default_channel_id`: the default storefront (1 when the answer leaves it out, the spec's default). */
  readonly defaultChannelId: number;
}

/** What a successful verification learnt about the store. */
export interface VerifiedStore extends StoreInformation {
  readonly capabilities: Capabilities;
}

/** The connection to verify; the API URL is already normalised. */
export interface VerificationTarget {
  readonly apiUrl: string;
  readonly storeHash: string;
  readonly accessToken: string;
}

/**
 * Verifies a credential: `GET v2/store` (proves the token, the Information & Settings scope and,
 * through `id`, the store), `GET v3/catalog/products?limit=1&include_fields=name` (Products
 * readable) and, unless switched off, the side-effect-free write probe (`POST
 * v3/catalog/products` with an empty body: 400 / 422 means writable, 403 means not), all at once.
 * Only the store hash and the access token can be verified: BigCommerce never checks the client
 * id (`X-Auth-Client` is "no longer required for any requests") nor the client secret.
 */
@injectable()
export class StoreVerifier {
  constructor(
    @inject(BigcommerceClientFactory) private readonly clients: BigcommerceClientFactory,
    @inject(KERNEL_MODULE_SETTINGS) private readonly settings: ModuleSettings,
  ) {}

  /** Resolves with the store's facts, or throws a {@link BigcommerceError} on the right field. */
  async verify(target: VerificationTarget): Promise<VerifiedStore> {
    const client = this.clients.create(target);
    const probeWrites = this.settings.get(MODULE_ID, SETTINGS.productsWriteProbe) !== 'off';
    const [store, products, write] = await Promise.allSettled([
      client.get('v2/store'),
      // include_fields is an enum of field names, `id` not among them: "The ID and the specified
      // fields will be returned" (products_catalog.v3.yml, IncludeFieldsParam).
      client.get('v3/catalog/products', { limit: 1, include_fields: 'name' }),
      probeWrites ? client.post('v3/catalog/products', {}) : Promise.resolve(null),
    ]);
    const info = parseStoreInformation(expectSuccess(store, 'scope-information-missing'), target.storeHash);
    expectSuccess(products, 'scope-products-missing');
    const writeStatus = write.status === 'fulfilled' && write.value !== null ? write.value.status : null;
    return { ...info, capabilities: fromProbes({ readsProved: true, writeStatus }) };
  }

  /** `GET v2/store` alone: the store's defaults, or null when the store does not answer them. */
  async storeInformation(connection: VerificationTarget): Promise<StoreInformation | null> {
    try {
      const response = await this.clients.create(connection).get('v2/store');
      return parseStoreInformation(expectOk(response, 'scope-information-missing'), connection.storeHash);
    } catch (error) {
      if (error instanceof BigcommerceError) return null;
      throw error;
    }
  }
}

/** `GET v2/store`'s answer, checked: its `id` must be the store hash of the URL. */
function parseStoreInformation(response: ApiResponse, storeHash: string): StoreInformation {
  const body = response.body as Record<string, unknown> | null;
  if (body === null || typeof body !== 'object' || Array.isArray(body) || typeof body.id !== 'string') {
    throw new BigcommerceError('malformed-response', { status: response.status });
  }
  if (body.id !== storeHash) {
    throw new BigcommerceError('wrong-store', { params: { expected: storeHash, actual: body.id.slice(0, 64) } });
  }
  // What is stored must have the shape it is stored as: a store answering otherwise answered nonsense.
  const currency = optionalCode(upperCased(body.currency), CURRENCY_CODE, response.status);
  const language = optionalCode(body.language, STORE_LOCALE_CODE, response.status);
  const name = typeof body.name === 'string' ? cleanStoreText(body.name) : '';
  const channel = body.default_channel_id;
  return {
    storeName: name === '' ? storeHash : name,
    defaultCurrency: currency,
    defaultLanguage: language,
    defaultChannelId:
      typeof channel === 'number' && Number.isSafeInteger(channel) && channel > 0 ? channel : DEFAULT_CHANNEL_ID,
  };
}

const upperCased = (value: unknown): unknown => (typeof value === 'string' ? value.toUpperCase() : value);

/** A code BigCommerce may leave out (null), else one of the expected shape. */
function optionalCode(value: unknown, shape: RegExp, status: number): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !shape.test(value)) throw new BigcommerceError('malformed-response', { status });
  return value;
}
