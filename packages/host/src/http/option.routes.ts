import type { FastifyInstance } from 'fastify';

import type { OptionSource } from '@pim/kernel';
import type { HostKernel } from '../kernel/host-kernel.js';
import { adminPath } from './admin-path.js';
import { group, str, strs, type ParamValue, type Params } from './request-params.js';

/** URL of an option source: its name with dots as slashes, then `/options`. */
export const optionSourceUrl = (name: string): string => adminPath(`${name.replace(/\./g, '/')}/options`);

const numberOf = (value: ParamValue | undefined): number | undefined =>
  str(value) === undefined ? undefined : Number(str(value));

/**
 * Every registered option source as UnoPim's async-select endpoint: `query`, `page`, `per_page`,
 * `identifiers[values][]` (rehydration) and any other parameter passed on as `params`. Each
 * requires the permission it was registered with.
 */
export function registerOptionRoutes(app: FastifyInstance, kernel: HostKernel): void {
  for (const registration of kernel.registry.optionSources) {
    app.get(
      optionSourceUrl(registration.name),
      { config: { permission: registration.permission } },
      async (request, reply) => {
        const { query, page, per_page: perPage, identifiers, ...rest } = request.query as Params;
        // Rehydration only when `identifiers` is an object (`identifiers[values][]`): anything else lists all.
        const ids =
          typeof identifiers === 'object' && !Array.isArray(identifiers) ? strs(group(identifiers).values) : undefined;
        const params = Object.fromEntries(
          Object.entries(rest).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])),
        );
        const source = kernel.container.get<OptionSource>(registration.source);
        return reply.send(
          await source.list({ query: str(query), page: numberOf(page), perPage: numberOf(perPage), ids, params }),
        );
      },
    );
  }
}
