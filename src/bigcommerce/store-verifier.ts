import { inject, injectable } from 'inversify';

import { KERNEL_MODULE_SETTINGS, type ModuleSettings } from '@pim/kernel';
import { MODULE_ID, SETTINGS } from '../constants.js';
import { BigcommerceError } from '../errors/bigcommerce.errors.js';
import type { CredentialCapabilities } from '../persistence/credential.entity.js';
import type { ApiResponse } from './bigcommerce-client.js';
import { BigcommerceClientFactory } from './bigcommerce-client.factory.js';
import { expectSuccess } from './response-status.js';

/** What a successful verification learnt about the store. */
export interface VerifiedStore {
  readonly storeName: string;
  readonly secureUrl: string | null;
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
  readonly #clients: BigcommerceClientFactory;
  readonly #settings: ModuleSettings;

  constructor(@inject(BigcommerceClientFactory) clients: BigcommerceClientFactory, @inject(KERNEL_MODULE_SETTINGS) settings: ModuleSettings) {
    this.#clients = clients;
    this.#settings = settings;
  }

  /** Resolves with the store's facts, or throws a {@link BigcommerceError} on the right field. */
  async verify(target: VerificationTarget): Promise<VerifiedStore> {
    const client = this.#clients.create(target);
    const probeWrites = this.#settings.get(MODULE_ID, SETTINGS.productsWriteProbe) !== 'off';
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
      throw new BigcommerceError('wrong-store', { params: { expected: target.storeHash, actual: body.id.slice(0, 64) } });
    }
    return {
      storeName: typeof body.name === 'string' && body.name !== '' ? body.name.slice(0, 255) : target.storeHash,
      secureUrl: typeof body.secure_url === 'string' ? body.secure_url : null,
      defaultCurrency: typeof body.currency === 'string' ? body.currency : null,
      defaultLanguage: typeof body.language === 'string' ? body.language : null,
      capabilities: { informationRead: true, productsRead: true, productsWrite: writeCapability(write) },
    };
  }
}

function writeCapability(settled: PromiseSettledResult<ApiResponse | null>): boolean | null {
  if (settled.status === 'rejected' || settled.value === null) return null;
  const { status } = settled.value;
  if (status === 400 || status === 422 || (status >= 200 && status < 300)) return true;
  if (status === 403) return false;
  return null;
}
