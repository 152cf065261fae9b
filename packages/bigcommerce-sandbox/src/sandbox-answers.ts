import { channelList, currencyAssignments } from './sandbox-channels.js';
import type { SandboxRoute } from './sandbox-fault.js';
import { executeGraphql } from './sandbox-graphql.js';
import { v2Page, v3Page } from './sandbox-paging.js';
import { PRODUCT_FIELDS } from './sandbox-query.js';
import { parseJson } from './sandbox-request-body.js';
import { currencyList, errorBody, storeInformation, v3Error } from './sandbox-responses.js';
import type { ScopeLevel, SandboxStore, SandboxToken } from './sandbox-store.js';

/** Sends one answer: a status and a JSON body (none when undefined). */
export type Send = (status: number, body: unknown, headers?: Record<string, string>) => void;

/** A request that reached a store with a token it knows. */
export interface StoreRequest {
  readonly route: SandboxRoute;
  readonly store: SandboxStore;
  readonly token: SandboxToken;
  readonly query: URLSearchParams;
  readonly body: string;
  readonly origin: string;
}

const LEVEL: Readonly<Record<ScopeLevel, number>> = { none: 0, read: 1, modify: 2 };

/** A product as `GET /v3/catalog/products` lists it: `id` always, the other fields as `include_fields` asks. */
const PRODUCT: Readonly<Record<string, unknown>> = { id: 111, name: 'Sample Tote', type: 'physical', sku: 'TOTE-1' };

function allows(token: SandboxToken, scope: 'information' | 'products' | 'channels', level: ScopeLevel): boolean {
  return LEVEL[token[scope] ?? 'none'] >= LEVEL[level];
}

/**
 * Answers a request on a route the token may reach, or 403 (v3-shaped, as BigCommerce sends scope
 * errors also on v2 paths). Scopes as `docs/start/authentication/api-accounts.mdx` lists them:
 * Information & Settings for `v2/store`, `v2/currencies`, `v3/settings/store/locale`; Products
 * for the catalog; Channel Settings for `v3/channels…`.
 */
export async function answer(request: StoreRequest, send: Send): Promise<void> {
  const { route, store, token, query } = request;
  const forbidden = () => send(403, v3Error(403, "You don't have a required scope to access the endpoint"));
  const scope = SCOPE_OF[route];
  if (scope !== null && !allows(token, scope.name, scope.level)) return forbidden();
  const override = store.answers?.[route];
  if (override !== undefined) return send(200, override);
  switch (route) {
    case 'time':
      return send(200, { time: Math.floor(Date.now() / 1000) });
    case 'store':
      return send(200, storeInformation(store, request.origin));
    case 'currencies': {
      const page = v2Page(currencyList(store.currencies), query);
      return send(page === null ? 204 : 200, page ?? undefined);
    }
    case 'locale':
      return send(200, {
        data: {
          default_shopper_language: store.defaultLanguage,
          shopper_language_selection_method: 'default_shopper_language',
          store_country: 'United States',
        },
        meta: {},
      });
    case 'products':
      return send(200, v3Page([productFields(query)], query));
    case 'products-write':
      return productWrite(request, send);
    case 'graphql':
      if (store.graphqlLocales === 'forbidden') return forbidden();
      return send(200, await executeGraphql(store, parseJson(request.body)));
    case 'channels':
      return send(200, channelList(store, query));
    case 'currency-assignments':
      return send(200, currencyAssignments(store));
  }
}

const SCOPE_OF: Readonly<
  Record<SandboxRoute, { name: 'information' | 'products' | 'channels'; level: ScopeLevel } | null>
> = {
  time: null,
  store: { name: 'information', level: 'read' },
  currencies: { name: 'information', level: 'read' },
  locale: { name: 'information', level: 'read' },
  products: { name: 'products', level: 'read' },
  'products-write': { name: 'products', level: 'modify' },
  graphql: { name: 'information', level: 'read' },
  channels: { name: 'channels', level: 'read' },
  'currency-assignments': { name: 'channels', level: 'read' },
};

function productFields(query: URLSearchParams): Record<string, unknown> {
  const include = query.get('include_fields')?.split(',');
  if (include === undefined) return { ...PRODUCT };
  return Object.fromEntries(Object.entries(PRODUCT).filter(([field]) => field === 'id' || include.includes(field)));
}

/**
 * `POST /v3/catalog/products`: a product needs `name`, `type`, `weight` and `price`
 * (`product_Base_POST`); without them, 422 with each missing field, nothing created. A store at its
 * plan's product limit answers 507 (`status-codes.mdx`).
 */
function productWrite(request: StoreRequest, send: Send): void {
  if (request.store.planLimitReached === true) return send(507, errorBody(507, 'v3'));
  const product = parseJson(request.body) as Record<string, unknown> | null;
  const missing = ['name', 'type', 'weight', 'price'].filter(
    (field) => product === null || typeof product !== 'object' || product[field] === undefined,
  );
  if (missing.length > 0)
    return send(
      422,
      v3Error(
        422,
        'JSON data is missing or invalid',
        Object.fromEntries(missing.map((f) => [f, 'error.path.missing'])),
      ),
    );
  const known = Object.fromEntries(Object.entries(product!).filter(([field]) => PRODUCT_FIELDS.includes(field)));
  return send(200, { data: { id: 112, ...known }, meta: {} });
}
