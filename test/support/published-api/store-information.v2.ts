import { ANY_ERROR, commonErrors, type EndpointContract } from './contract.js';

/**
 * `GET /store` of `reference/store_information.v2.yml` (`paths./store.get`): no query
 * parameters; 200 is `StoreInformation` (`components.schemas.StoreInformation`), a bare object.
 * The module relies on `id` (the store hash), `name`, `language`, `currency` and
 * `default_channel_id` (an integer, default 1); every field is optional in the schema.
 */
export const STORE_INFORMATION: EndpointContract = {
  method: 'GET',
  path: 'v2/store',
  source: 'reference/store_information.v2.yml paths./store.get',
  usual: 200,
  query: {},
  responses: {
    200: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        name: { type: 'string' },
        language: { type: 'string' },
        currency: { type: 'string' },
        default_channel_id: { type: 'integer' },
        store_id: { type: 'integer' },
        status: { type: 'string' },
        logo: { anyOf: [{ type: 'object', properties: { url: { type: 'string' } } }, { type: 'array' }] },
        features: {
          type: 'object',
          properties: {
            multi_storefront_enabled: { type: 'boolean' },
            storefront_limits: {
              type: 'object',
              properties: {
                active: { type: 'integer', minimum: 1 },
                total_including_inactive: { type: 'integer', minimum: 1 },
              },
            },
          },
        },
      },
    },
    ...commonErrors(ANY_ERROR),
  },
};
