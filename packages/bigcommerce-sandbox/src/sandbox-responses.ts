import { channelsOf, type SandboxCurrency, type SandboxStore } from './sandbox-store.js';

const STATUS_DOCS = 'https://developer.bigcommerce.com/api-docs/getting-started/api-status-codes';

/** A v3-shaped error body, which BigCommerce also sends for scope errors on v2 paths. */
export function v3Error(status: number, title: string, errors: Record<string, string> = {}): unknown {
  return { status, title, type: STATUS_DOCS, errors };
}

/** A v2-shaped error body: an array of `{status, message}`. */
export function v2Error(status: number, message: string): unknown {
  return [{ status, message }];
}

const TITLES: Readonly<Record<number, string>> = {
  400: 'The request was invalid.',
  401: 'Unauthorized: the access token is missing, invalid or revoked.',
  403: "You don't have a required scope to access the endpoint",
  404: 'The requested resource was not found.',
  422: 'JSON data is missing or invalid',
  429: 'Too many requests: the rate limit of this store was exceeded.',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'The store is down for maintenance.',
  504: 'Gateway Timeout',
  507: 'The store has reached a limit of its BigCommerce plan for this resource.',
};

/** What a suspended store answers; BigCommerce documents the status, not the body. */
export const SUSPENDED_TITLE = 'The store is suspended due to administrative action or a billing issue.';

/** A real-looking error body for a status, v2 or v3 shaped like the route would answer. */
export function errorBody(status: number, version: 'v2' | 'v3'): unknown {
  const title = TITLES[status] ?? `Error ${status}`;
  // Scope and auth errors come v3-shaped even on v2 paths (see the fact sheet, section 4).
  return version === 'v2' && status !== 401 && status !== 403 ? v2Error(status, title) : v3Error(status, title);
}

/**
 * `GET /v2/store`: a bare object with the fields of `StoreInformation` in
 * `reference/store_information.v2.yml` (its example's values where the store has none of its own).
 */
export function storeInformation(store: SandboxStore, origin: string): Record<string, unknown> {
  const currency = store.currencies.find((c) => c.isDefault) ?? store.currencies[0];
  const storefronts = channelsOf(store).filter((c) => c.type === 'storefront');
  const active = storefronts.filter((c) => c.status === 'active' || c.status === 'prelaunch').length;
  return {
    id: store.reportedId ?? store.hash,
    account_uuid: `00000000-0000-4000-8000-${store.hash.padStart(12, '0').slice(-12)}`,
    store_id: 1000001,
    status: 'live',
    name: store.name,
    domain: `${store.hash}.mybigcommerce.com`,
    secure_url: `https://${store.hash}.mybigcommerce.com`,
    control_panel_base_url: `https://store-${store.hash}.mybigcommerce.com`,
    admin_email: 'owner@example.com',
    order_email: 'orders@example.com',
    country: 'United States',
    country_code: 'US',
    timezone: {
      name: 'America/Chicago',
      raw_offset: -21600,
      dst_offset: -18000,
      dst_correction: true,
      date_format: { display: 'jS M Y', export: 'M jS Y', extended_display: 'M jS Y @ g:i A' },
    },
    language: store.defaultLanguage,
    currency: store.reportedCurrency ?? currency?.code ?? 'USD',
    currency_symbol: '$',
    decimal_separator: '.',
    thousands_separator: ',',
    decimal_places: 2,
    currency_symbol_location: 'left',
    weight_units: 'LBS',
    dimension_units: 'Inches',
    plan_name: 'Sandbox',
    plan_level: 'Sandbox',
    plan_is_trial: false,
    is_price_entered_with_tax: false,
    default_channel_id: store.defaultChannelId ?? 1,
    default_site_id: 1000,
    logo: [],
    features: {
      stencil_enabled: true,
      sitewidehttps_enabled: true,
      multi_storefront_enabled: storefronts.length > 1,
      graphql_storefront_api_enabled: true,
      storefront_limits: { active: Math.max(1, active), total_including_inactive: Math.max(1, storefronts.length) },
    },
    // Clients must tolerate fields they do not know.
    sandbox_origin: origin,
  };
}

/** `GET /v2/currencies`: a bare array of currency objects. */
export function currencyList(currencies: readonly SandboxCurrency[]): unknown[] {
  return currencies.map((c, i) => ({
    id: i + 1,
    is_default: c.isDefault,
    last_updated: 'Tue, 12 Jun 2018 14:41:56 +0000',
    country_iso2: '',
    default_for_country_codes: [],
    currency_code: c.code,
    currency_exchange_rate: c.isDefault ? '1.0000000000' : '0.9000000000',
    name: c.name,
    token: c.code,
    auto_update: false,
    decimal_token: '.',
    thousands_token: ',',
    decimal_places: 2,
    token_location: 'left',
    enabled: c.enabled,
    is_transactional: c.transactional,
    use_default_name: true,
  }));
}

/** Headers every answer of the OAuth gateway carries. */
export function rateLimitHeaders(
  quota: number,
  left: number,
  resetMs: number,
  windowMs = 30_000,
): Record<string, string> {
  return {
    'x-rate-limit-time-window-ms': String(windowMs),
    'x-rate-limit-time-reset-ms': String(Math.max(0, Math.round(resetMs))),
    'x-rate-limit-requests-quota': String(quota),
    'x-rate-limit-requests-left': String(Math.max(0, left)),
  };
}
