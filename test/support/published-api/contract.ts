import type { JSONSchemaType } from 'ajv';

/** A JSON Schema, as written from BigCommerce's published OpenAPI descriptions. */
export type Schema = Record<string, unknown> | JSONSchemaType<unknown>;

/**
 * What BigCommerce's published API says of one endpoint the module calls: the query parameters
 * it defines (each a schema of its value), what a request body must be, and, per status, the
 * schema of the answer's body (null: no body). Each contract names the spec file and path it was
 * written from (`bigcommerce/docs` @ 24f580ca6d2981728b7ed70a2049e00fc602c335).
 */
export interface EndpointContract {
  readonly method: 'GET' | 'POST';
  /** After `https://api.bigcommerce.com/stores/{store_hash}/`. */
  readonly path: string;
  /** The spec file and the path in it. */
  readonly source: string;
  readonly query: Readonly<Record<string, Schema>>;
  /** Problems with a request body (empty when it is one the spec accepts). */
  readonly checkBody?: (body: string) => readonly string[];
  readonly responses: Readonly<Record<number, Schema | null>>;
  /** The status the module's usual request gets (the write probe's is a 422: nothing created). */
  readonly usual: number;
}

/**
 * `X-Auth-Token` errors and the others every endpoint may answer
 * (`docs/start/about/status-codes.mdx`): the v3 error object `{status, title, type, errors}`
 * (`ErrorResponse` of `reference/store_information.v2.yml`, `Error` of `reference/channels.v3.yml`);
 * scope errors come in this shape on v2 paths too.
 */
export const V3_ERROR: Schema = {
  type: 'object',
  required: ['status', 'title'],
  properties: {
    status: { type: 'integer' },
    title: { type: 'string' },
    type: { type: 'string' },
    instance: { type: 'string' },
    errors: { type: 'object' },
  },
};

/** A v2 error: an array of `{status, message}` (`reference/orders.v2.oas2.yml`, 400 and 404 responses). */
export const V2_ERROR: Schema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['status', 'message'],
    properties: { status: { type: 'integer' }, message: { type: 'string' } },
  },
};

/** An error whose shape BigCommerce does not document for a v2 path: either shape. */
export const ANY_ERROR: Schema = { anyOf: [V3_ERROR, V2_ERROR] };

/**
 * The statuses of `status-codes.mdx` any endpoint may answer: 400, 413 (e.g. "the `limit`
 * parameter exceeded the maximum"), 422 ("omitted required fields or … contained invalid data"),
 * 401, 403, 404, 429, 500, 503; 401 and 403 v3-shaped everywhere, the others in `shape`.
 */
export function commonErrors(shape: Schema = V3_ERROR): Readonly<Record<number, Schema>> {
  return {
    400: shape,
    401: V3_ERROR,
    403: V3_ERROR,
    404: shape,
    413: shape,
    422: shape,
    429: shape,
    500: shape,
    503: shape,
  };
}

/** `pagination_Full` (`reference/channels.v3.yml` and `reference/catalog/products_catalog.v3.yml`). */
export const PAGINATION: Schema = {
  type: 'object',
  properties: {
    total: { type: 'integer' },
    count: { type: 'integer' },
    per_page: { type: 'integer' },
    current_page: { type: 'integer' },
    total_pages: { type: 'integer' },
    links: {
      type: 'object',
      properties: { previous: { type: 'string' }, current: { type: 'string' }, next: { type: 'string' } },
    },
  },
};

/** `page` and `limit` as the v3 specs type them (`PageParam`, `LimitParam`: integers). */
export const PAGE: Schema = { type: 'integer', minimum: 1 };
