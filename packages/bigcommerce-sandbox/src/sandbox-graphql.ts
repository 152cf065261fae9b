import { buildSchema, graphql, type GraphQLSchema } from 'graphql';

import { channelsOf, type SandboxStore } from './sandbox-store.js';

/**
 * The part of the GraphQL Admin API the sandbox answers, as `docs/store-operations/settings/locales.mdx`
 * shows it: `store { locales(input: { channelId: "bc/store/channel/1" }) { edges { node { code status
 * isDefault } } } }`, `status` being `ACTIVE` or `INACTIVE`. Edges may be null, as a GraphQL list
 * of objects may hold nulls.
 */
const SCHEMA: GraphQLSchema = buildSchema(`
  type Query { store: Store! }
  type Store { locales(input: LocalesInput!): LocaleConnection }
  input LocalesInput { channelId: ID! }
  type LocaleConnection { edges: [LocaleEdge] }
  type LocaleEdge { node: Locale! }
  type Locale { code: String! status: LocaleStatus! isDefault: Boolean! }
  enum LocaleStatus { ACTIVE INACTIVE }
`);

const CHANNEL_ID = /^bc\/store\/channel\/(\d{1,10})$/;

/**
 * Executes a GraphQL request body against the store: any valid query of the schema above, with
 * aliases, variables and fragments, as a GraphQL server does. A syntax or validation error, or an
 * unknown channel, is a GraphQL error in `errors` (with the HTTP status 200).
 */
export async function executeGraphql(store: SandboxStore, requestBody: unknown): Promise<unknown> {
  const request = requestBody as { query?: unknown; variables?: unknown } | null;
  if (request === null || typeof request !== 'object' || typeof request.query !== 'string')
    return { errors: [{ message: 'The request body must be a JSON object with a "query" string.' }] };
  const channels = new Map(channelsOf(store).map((c) => [c.id, c]));
  const rootValue = {
    store: {
      locales: ({ input }: { input: { channelId: string } }) => {
        const id = CHANNEL_ID.exec(input.channelId)?.[1];
        const channel = id === undefined ? undefined : channels.get(Number(id));
        if (channel === undefined) throw new Error(`Channel ${input.channelId} not found.`);
        return { edges: channel.locales.map((locale) => (locale === null ? null : { node: locale })) };
      },
    },
  };
  const variables =
    request.variables !== null && typeof request.variables === 'object'
      ? (request.variables as Record<string, unknown>)
      : undefined;
  const result = await graphql({ schema: SCHEMA, source: request.query, rootValue, variableValues: variables });
  return JSON.parse(JSON.stringify(result)) as unknown;
}
