import { inject, injectable } from 'inversify';

import { KERNEL_MODULE_SETTINGS, type ModuleSettings } from '@pim/kernel';
import { MODULE_ID, SETTINGS } from '../constants.js';
import { BigcommerceError } from '../errors/bigcommerce.errors.js';
import { CURRENCY_CODE, STORE_LOCALE_CODE, type CredentialCapabilities } from '../domain.js';
import type { ApiResponse } from './bigcommerce-client.js';
import { BigcommerceClientFactory } from './bigcommerce-client.factory.js';
import { cleanStoreText } from './store-text.js';
import { expectSuccess } from './response-status.js';

/** What a successful verification learnt about the store. */
export interface VerifiedStore {
  readonly storeName: string;
  readonly defaultCurrency: string | null;
  readonly defaultLanguage: string | null;
  readonly capabilities: CredentialCapabilities;
}

/** The connection to verify; the API URL is already normalised. */
export interface VerificationTarget {
  readonly apiUrl: string;
  readonly storeHash: string;
  readonly accessToken: string;
}

/**
 * Verifies a credential: `GET v2/store` (proves the token, the Information & Settings scope and,
 * through `id`, the store), `GET v3/catalog/products?limit=1` (Products readable) and, unless
 * switched off, the side-effect-free write probe (`POST v3/catalog/products` with an empty body:
 * 400 / 422 means writable, 403 means not), all at once.
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
      client.get('v3/catalog/products', { limit: 1, include_fields: 'id' }),
      probeWrites ? client.post('v3/catalog/products', {}) : Promise.resolve(null),
    ]);

    const info = expectSuccess(store, 'scope-information-missing');
    expectSuccess(products, 'scope-products-missing');

    const body = info.body as Record<string, unknown> | null;
    if (body === null || typeof body !== 'object' || Array.isArray(body) || typeof body.id !== 'string') {
      throw new BigcommerceError('malformed-response', { status: info.status });
    }
    if (body.id !== target.storeHash) {
      throw new BigcommerceError('wrong-store', {
        params: { expected: target.storeHash, actual: body.id.slice(0, 64) },
      });
    }
    // What is stored must have the shape it is stored as: a store answering otherwise answered nonsense.
    const currency = optionalCode(body.currency, CURRENCY_CODE, info.status);
    const language = optionalCode(body.language, STORE_LOCALE_CODE, info.status);
    const name = typeof body.name === 'string' ? cleanStoreText(body.name) : '';
    return {
      storeName: name === '' ? target.storeHash : name,
      defaultCurrency: currency,
      defaultLanguage: language,
      capabilities: { informationRead: true, productsRead: true, productsWrite: writeCapability(write) },
    };
  }
}

/** A code BigCommerce may leave out (null), else one of the expected shape. */
function optionalCode(value: unknown, shape: RegExp, status: number): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !shape.test(value)) throw new BigcommerceError('malformed-response', { status });
  return value;
}

function writeCapability(settled: PromiseSettledResult<ApiResponse | null>): boolean | null {
  if (settled.status === 'rejected' || settled.value === null) return null;
  const { status } = settled.value;
  if (status === 400 || status === 422 || (status >= 200 && status < 300)) return true;
  if (status === 403) return false;
  return null;
}
