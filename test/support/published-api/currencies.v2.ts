import { ANY_ERROR, commonErrors, PAGE, type EndpointContract } from './contract.js';

/**
 * `GET /currencies` of `reference/currencies.v2.yml` (`paths./currencies.get`): `page` and
 * `limit` (`PageNumberQuery`, `LimitQuery`: integers, default 1 and 50, no maximum named); 200 is
 * a bare array of `currency_Full`: the module reads `currency_code` (3-letter ISO 4217),
 * `enabled`, `is_default` and `name`. An empty page is 204 with no body
 * (`docs/start/about/status-codes.mdx`: "a successful request that produced no response").
 */
export const CURRENCIES: EndpointContract = {
  method: 'GET',
  path: 'v2/currencies',
  source: 'reference/currencies.v2.yml paths./currencies.get',
  usual: 200,
  query: { page: PAGE, limit: PAGE },
  responses: {
    200: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'integer' },
          currency_code: { type: 'string' },
          enabled: { type: 'boolean' },
          is_default: { type: 'boolean' },
          is_transactional: { type: 'boolean' },
          name: { type: 'string' },
          currency_exchange_rate: { type: 'string' },
          decimal_places: { type: 'integer' },
          default_for_country_codes: { type: 'array', items: { type: 'string' } },
        },
      },
    },
    204: null,
    ...commonErrors(ANY_ERROR),
  },
};
