import { commonErrors, PAGE, PAGINATION, V3_ERROR, type EndpointContract } from './contract.js';

/**
 * `IncludeFieldsParam` of `reference/catalog/products_catalog.v3.yml`: "Fields to include, in a
 * comma-separated list. The ID and the specified fields will be returned." `id` is not in it.
 * Written again from the spec, not taken from the sandbox, so that the sandbox is checked too.
 */
const INCLUDE_FIELDS = [
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

/** `style: form, explode: false` arrays arrive comma-separated: the test splits them before checking. */
const FIELD_LIST = { type: 'array', minItems: 1, items: { enum: INCLUDE_FIELDS } };

/**
 * `GET /catalog/products` (`paths./catalog/products.get`): `limit` (`LimitParam`: integer,
 * default 50, `maximum: 250`), `page`, `include_fields`; 200 is `{data: [product_Full],
 * meta: metaCollection_Full}`, each product with its `id` (integer, minimum 1).
 */
export const PRODUCTS: EndpointContract = {
  method: 'GET',
  path: 'v3/catalog/products',
  source: 'reference/catalog/products_catalog.v3.yml paths./catalog/products.get',
  usual: 200,
  query: {
    page: PAGE,
    limit: { type: 'integer', minimum: 1, maximum: 250 },
    include_fields: FIELD_LIST,
    exclude_fields: FIELD_LIST,
  },
  responses: {
    200: {
      type: 'object',
      required: ['data'],
      properties: {
        data: {
          type: 'array',
          items: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } },
        },
        meta: { type: 'object', properties: { pagination: PAGINATION } },
      },
    },
    ...commonErrors(),
  },
};

/**
 * `POST /catalog/products` (`paths./catalog/products.post`): a JSON object body
 * (`product_Base_POST`); the empty one the module sends as its write probe is refused with 422
 * (`errorResponse_422`: missing required fields), nothing created; 507 when a limit of the store's
 * plan is reached (`docs/start/about/status-codes.mdx`).
 */
export const PRODUCT_CREATE: EndpointContract = {
  method: 'POST',
  path: 'v3/catalog/products',
  source: 'reference/catalog/products_catalog.v3.yml paths./catalog/products.post',
  usual: 422,
  query: { include_fields: FIELD_LIST },
  checkBody: (body) => {
    try {
      const parsed = JSON.parse(body) as unknown;
      return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? [] : ['not a JSON object'];
    } catch {
      return ['not JSON'];
    }
  },
  responses: {
    ...commonErrors(),
    200: {
      type: 'object',
      properties: { data: { type: 'object', properties: { id: { type: 'integer' } } }, meta: { type: 'object' } },
    },
    422: { ...V3_ERROR, required: ['status', 'title', 'errors'] },
    507: V3_ERROR,
  },
};
