import type { SandboxRoute } from './sandbox-fault.js';

/** How one query parameter's value must look, as the published spec types it. */
type ParamRule =
  | { readonly kind: 'integer'; readonly maximum?: number }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  /** `style: form, explode: false` arrays: comma-separated, each item one of `values` (any when absent). */
  | { readonly kind: 'list'; readonly values?: readonly string[] };

/**
 * `IncludeFieldsParam` of `reference/catalog/products_catalog.v3.yml`: "The ID and the specified
 * fields will be returned", so `id` is not one of them.
 */
export const PRODUCT_FIELDS: readonly string[] = [
  'name', 'type', 'sku', 'description', 'weight', 'width', 'depth', 'height', 'price', 'cost_price',
  'retail_price', 'sale_price', 'map_price', 'tax_class_id', 'product_tax_code', 'calculated_price',
  'categories', 'brand_id', 'option_set_id', 'option_set_display', 'inventory_level',
  'inventory_warning_level', 'inventory_tracking', 'reviews_rating_sum', 'reviews_count', 'total_sold',
  'fixed_cost_shipping_price', 'is_free_shipping', 'is_visible', 'is_featured', 'related_products',
  'warranty', 'bin_picking_number', 'layout_file', 'upc', 'mpn', 'gtin', 'date_last_imported',
  'search_keywords', 'availability', 'availability_description', 'condition', 'is_condition_shown',
  'order_quantity_minimum', 'order_quantity_maximum', 'page_title', 'meta_keywords', 'meta_description',
  'date_created', 'date_modified', 'view_count', 'preorder_release_date', 'preorder_message',
  'is_preorder_only', 'is_price_hidden', 'price_hidden_label', 'custom_url', 'base_variant_id',
  'open_graph_type', 'open_graph_title', 'open_graph_description', 'open_graph_use_meta_description',
  'open_graph_use_product_name', 'open_graph_use_image',
]; // prettier-ignore

/** `ChannelStatus` and `ChannelType` of `reference/channels.v3.yml`. */
const CHANNEL_STATUSES = [
  'prelaunch',
  'active',
  'inactive',
  'connected',
  'disconnected',
  'archived',
  'deleted',
  'terminated',
];
const CHANNEL_TYPES = ['marketplace', 'marketing', 'pos', 'storefront'];

/**
 * "The maximum number of products returned is 250" (`docs/start/about/common-query-params.mdx`;
 * `LimitParam` `maximum: 250` in `products_catalog.v3.yml`). Where a spec names no maximum
 * (channels, v2 currencies) the sandbox applies the same one.
 */
export const MAX_LIMIT = 250;

/** The query parameters the sandbox checks, per route, each as its spec file types it. */
const RULES: Partial<Readonly<Record<SandboxRoute, Readonly<Record<string, ParamRule>>>>> = {
  // reference/catalog/products_catalog.v3.yml: GET /catalog/products (PageParam, LimitParam, IncludeFieldsParam, ExcludeFieldsParam)
  products: {
    page: { kind: 'integer' },
    limit: { kind: 'integer', maximum: MAX_LIMIT },
    include_fields: { kind: 'list', values: PRODUCT_FIELDS },
    exclude_fields: { kind: 'list', values: PRODUCT_FIELDS },
  },
  // reference/channels.v3.yml: GET /channels (components.parameters include, available, status_in, type_in, platform_in, limit, page)
  channels: {
    include: { kind: 'enum', values: ['currencies'] },
    available: { kind: 'boolean' },
    'status:in': { kind: 'list', values: CHANNEL_STATUSES },
    'type:in': { kind: 'list', values: CHANNEL_TYPES },
    'platform:in': { kind: 'list' },
    limit: { kind: 'integer', maximum: MAX_LIMIT },
    page: { kind: 'integer' },
  },
  // reference/currencies.v2.yml: GET /currencies (PageNumberQuery, LimitQuery)
  currencies: { page: { kind: 'integer' }, limit: { kind: 'integer', maximum: MAX_LIMIT } },
};

/** Why a request's query is refused: the status and the title BigCommerce gives. */
export interface QueryRefusal {
  readonly status: 413 | 422;
  readonly title: string;
}

/**
 * Checks the values of the query parameters the route's spec defines. Names it does not define are
 * left alone, as the spec does not say they are refused. A value of the wrong type or outside an
 * enum is 422 with a title like the spec's example (`error_422_invalid_filter_value_resp_example`
 * in `channels.v3.yml`: `Query parameter "limit" value must be integer. For input string: "a".`);
 * a `limit` above the maximum is 413 ("the `limit` parameter exceeded the maximum",
 * `docs/start/about/status-codes.mdx`).
 */
export function checkQuery(route: SandboxRoute, query: URLSearchParams): QueryRefusal | null {
  const rules = RULES[route] ?? {};
  for (const [name, rule] of Object.entries(rules)) {
    const values = query.getAll(name);
    if (values.length === 0) continue;
    if (values.length > 1) return refused(`Query parameter "${name}" must be given once.`);
    const refusal = checkValue(name, values[0]!, rule);
    if (refusal !== null) return refusal;
  }
  return null;
}

function checkValue(name: string, value: string, rule: ParamRule): QueryRefusal | null {
  switch (rule.kind) {
    case 'integer': {
      if (!/^-?\d{1,9}$/.test(value))
        return refused(`Query parameter "${name}" value must be integer. For input string: "${value}".`);
      const n = Number(value);
      if (n < 1) return refused(`Query parameter "${name}" value must be at least 1.`);
      if (rule.maximum !== undefined && n > rule.maximum)
        return { status: 413, title: `The "${name}" parameter exceeded the maximum of ${rule.maximum}.` };
      return null;
    }
    case 'boolean':
      return value === 'true' || value === 'false'
        ? null
        : refused(`Query parameter "${name}" value must be boolean. For input string: "${value}".`);
    case 'enum':
      return rule.values.includes(value) ? null : notOneOf(name, value, rule.values);
    case 'list': {
      const items = value.split(',');
      if (items.some((item) => item === '')) return refused(`Query parameter "${name}" has an empty item.`);
      const wrong = rule.values === undefined ? undefined : items.find((item) => !rule.values!.includes(item));
      return wrong === undefined ? null : notOneOf(name, wrong, rule.values!);
    }
  }
}

const refused = (title: string): QueryRefusal => ({ status: 422, title });
const notOneOf = (name: string, value: string, values: readonly string[]): QueryRefusal =>
  refused(`Query parameter "${name}" value "${value}" is not one of: ${values.join(', ')}.`);
