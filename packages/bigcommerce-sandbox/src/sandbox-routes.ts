import type { SandboxRoute } from './sandbox-fault.js';

/** One BigCommerce API path the sandbox answers (after `/stores/{hash}/`), and its name. */
export interface RouteSpec {
  readonly method: string;
  readonly path: string;
  readonly route: SandboxRoute;
  readonly version: 'v2' | 'v3';
}

/** The BigCommerce API paths the sandbox answers, each named after its operation. */
export const ROUTES: readonly RouteSpec[] = [
  { method: 'GET', path: 'v2/store', route: 'store', version: 'v2' },
  { method: 'GET', path: 'v2/time', route: 'time', version: 'v2' },
  { method: 'GET', path: 'v2/currencies', route: 'currencies', version: 'v2' },
  { method: 'GET', path: 'v3/settings/store/locale', route: 'locale', version: 'v3' },
  { method: 'GET', path: 'v3/catalog/products', route: 'products', version: 'v3' },
  { method: 'POST', path: 'v3/catalog/products', route: 'products-write', version: 'v3' },
  { method: 'POST', path: 'graphql', route: 'graphql', version: 'v3' },
  { method: 'GET', path: 'v3/channels', route: 'channels', version: 'v3' },
  { method: 'GET', path: 'v3/channels/currency-assignments', route: 'currency-assignments', version: 'v3' },
];
