import { buildSchema, parse, validate } from 'graphql';

import { commonErrors, type EndpointContract } from './contract.js';

/**
 * The part of the GraphQL Admin API the module asks, as `docs/store-operations/settings/locales.mdx`
 * shows it ("Query channel locales"): `store { locales(input: { channelId: "bc/store/channel/1" })
 * { edges { node { code status isDefault } } } }`, `status` `ACTIVE` or `INACTIVE`.
 */
const PUBLISHED = buildSchema(`
  type Query { store: Store }
  type Store { locales(input: LocalesInput!): LocaleConnection }
  input LocalesInput { channelId: ID! }
  type LocaleConnection { edges: [LocaleEdge] }
  type LocaleEdge { node: Locale }
  type Locale { code: String status: LocaleStatus isDefault: Boolean }
  enum LocaleStatus { ACTIVE INACTIVE }
`);

const CHANNEL_ID = /channelId:\s*"([^"]*)"/g;

/** `POST /graphql` (`locales.mdx`, "GraphQL Admin API HTTP configuration"): a query of the schema above. */
export const GRAPHQL_LOCALES: EndpointContract = {
  method: 'POST',
  path: 'graphql',
  source: 'docs/store-operations/settings/locales.mdx "Query channel locales"',
  usual: 200,
  query: {},
  checkBody: (body) => {
    let query: unknown;
    try {
      query = (JSON.parse(body) as { query?: unknown }).query;
    } catch {
      return ['not JSON'];
    }
    if (typeof query !== 'string') return ['no query string'];
    try {
      const problems = validate(PUBLISHED, parse(query)).map((e) => e.message);
      // Channel ids are global ids of the form the docs use: bc/store/channel/{id}.
      for (const [, id] of query.matchAll(CHANNEL_ID))
        if (!/^bc\/store\/channel\/\d+$/.test(id!)) problems.push(`channel id ${id}`);
      return problems;
    } catch (error) {
      return [String(error)];
    }
  },
  responses: {
    200: {
      type: 'object',
      properties: {
        data: {
          type: ['object', 'null'],
          properties: {
            store: {
              type: ['object', 'null'],
              additionalProperties: {
                type: ['object', 'null'],
                properties: {
                  edges: {
                    type: ['array', 'null'],
                    items: {
                      type: ['object', 'null'],
                      properties: {
                        node: {
                          type: ['object', 'null'],
                          properties: {
                            code: { type: 'string' },
                            status: { enum: ['ACTIVE', 'INACTIVE'] },
                            isDefault: { type: 'boolean' },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
        errors: {
          type: 'array',
          items: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
        },
      },
    },
    ...commonErrors(),
  },
};
