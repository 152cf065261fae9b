import { PRODUCT_CREATE, PRODUCTS } from './catalog-products.v3.js';
import { CHANNELS, CURRENCY_ASSIGNMENTS } from './channels.v3.js';
import type { EndpointContract } from './contract.js';
import { CURRENCIES } from './currencies.v2.js';
import { GRAPHQL_LOCALES } from './graphql-locales.js';
import { STORE_LOCALE } from './settings.v3.js';
import { STORE_INFORMATION } from './store-information.v2.js';

export { checkAnswer, checkRequest, endpointOf, type Exchange } from './check.js';
export type { EndpointContract } from './contract.js';

/** Every endpoint the module calls, as BigCommerce publishes it. */
export const PUBLISHED_ENDPOINTS: readonly EndpointContract[] = [
  STORE_INFORMATION,
  CURRENCIES,
  STORE_LOCALE,
  PRODUCTS,
  PRODUCT_CREATE,
  CHANNELS,
  CURRENCY_ASSIGNMENTS,
  GRAPHQL_LOCALES,
];
