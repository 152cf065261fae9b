import { commonErrors, PAGE, PAGINATION, V3_ERROR, type EndpointContract } from './contract.js';

const STATUSES = ['prelaunch', 'active', 'inactive', 'connected', 'disconnected', 'archived', 'deleted', 'terminated'];
const TYPES = ['marketplace', 'marketing', 'pos', 'storefront'];

/**
 * `GET /channels` of `reference/channels.v3.yml` (`paths./channels.get`): parameters `include`
 * (enum `currencies`), `available` (boolean), `status:in`, `type:in`, `platform:in` (comma-separated
 * lists; statuses and types from `ChannelStatus`, `ChannelType`), date filters, `limit`, `page`;
 * 200 is `multiple_channels_without_currencies_resp`: `data` and `meta` required, each channel
 * `ChannelWithoutCurrencies` requiring only `id` and `name`, `meta` `MetaWithFullPagination`; 422
 * `invalid_filter_value_resp` (`Error`).
 */
export const CHANNELS: EndpointContract = {
  method: 'GET',
  path: 'v3/channels',
  source: 'reference/channels.v3.yml paths./channels.get',
  usual: 200,
  query: {
    include: { enum: ['currencies'] },
    available: { type: 'boolean' },
    'status:in': { type: 'array', minItems: 1, items: { enum: STATUSES } },
    'type:in': { type: 'array', minItems: 1, items: { enum: TYPES } },
    'platform:in': { type: 'array', minItems: 1, items: { type: 'string' } },
    date_created: { type: 'string' },
    date_modified: { type: 'string' },
    limit: PAGE,
    page: PAGE,
  },
  responses: {
    200: {
      type: 'object',
      required: ['data', 'meta'],
      properties: {
        data: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'name'],
            properties: {
              id: { type: 'integer' },
              name: { type: 'string' },
              type: { enum: TYPES },
              status: { enum: STATUSES },
              platform: { type: 'string' },
              external_id: { type: 'string' },
              is_listable_from_ui: { type: 'boolean' },
              is_visible: { type: 'boolean' },
              date_created: { type: 'string' },
              date_modified: { type: 'string' },
              icon_url: { type: 'string' },
            },
          },
        },
        meta: { type: 'object', properties: { pagination: PAGINATION } },
      },
    },
    ...commonErrors(),
    422: V3_ERROR,
  },
};

/**
 * `GET /channels/currency-assignments` (`paths./channels/currency-assignments.get`): no query
 * parameter (not paged); 200 is `multiple_channels_currency_assignments_resp`: `data` an array of
 * `CurrencyNotRequiredWithChannelId` (`channel_id` integer, `enabled_currencies` strings,
 * `default_currency` string), `meta` `EmptyMeta`.
 */
export const CURRENCY_ASSIGNMENTS: EndpointContract = {
  method: 'GET',
  path: 'v3/channels/currency-assignments',
  source: 'reference/channels.v3.yml paths./channels/currency-assignments.get',
  usual: 200,
  query: {},
  responses: {
    200: {
      type: 'object',
      properties: {
        data: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              channel_id: { type: 'integer' },
              enabled_currencies: { type: 'array', items: { type: 'string' } },
              default_currency: { type: 'string' },
            },
          },
        },
        meta: { type: 'object' },
      },
    },
    ...commonErrors(),
  },
};
