import { commonErrors, type EndpointContract } from './contract.js';

/**
 * `GET /settings/store/locale` of `reference/settings.v3.yml` (`paths./settings/store/locale.get`):
 * no query parameter (it "returns global locale settings", no `channel_id`); 200 is `{data:
 * Locale, meta: MetaOpen}`, `Locale` requiring `default_shopper_language` (a string, possibly a
 * list: the example is `'en, en-us'`).
 */
export const STORE_LOCALE: EndpointContract = {
  method: 'GET',
  path: 'v3/settings/store/locale',
  source: 'reference/settings.v3.yml paths./settings/store/locale.get',
  usual: 200,
  query: {},
  responses: {
    200: {
      type: 'object',
      properties: {
        data: {
          type: 'object',
          required: ['default_shopper_language'],
          properties: {
            default_shopper_language: { type: 'string' },
            shopper_language_selection_method: { enum: ['browser', 'default_shopper_language'] },
            store_country: { type: 'string' },
          },
        },
        meta: { type: 'object' },
      },
    },
    ...commonErrors(),
  },
};
