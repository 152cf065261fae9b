import type { FastifyInstance } from 'fastify';

import type { OptionSource } from '@pim/kernel';
import type { HostKernel } from '../kernel/host-kernel.js';
import { ADMIN_ROOT } from './admin-context.js';
import { str, strs, type ParamValue } from './bracket-params.js';
import type { RouteGuard } from './route-guard.js';

/** URL of an option source: its name with dots as slashes, then `/options`. */
export const optionSourceUrl = (name: string): string => `${ADMIN_ROOT}/${name.replace(/\./g, '/')}/options`;

/**
 * Every registered option source as UnoPim's async-select endpoint: `query`, `page`, `per_page`,
 * `identifiers[values][]` (rehydration) and any other parameter passed on as `params`. Each
 * requires the permission it was registered with.
 */
export function registerOptionRoutes(app: FastifyInstance, kernel: HostKernel, guard: RouteGuard): void {
  for (const registration of kernel.registry.optionSources) {
    app.get(
      optionSourceUrl(registration.name),
      guard(registration.permission, async (_admin, request, reply) => {
        const { query, page, per_page: perPage, identifiers, ...rest } = request.query as Record<string, ParamValue>;
        const ids =
          identifiers && typeof identifiers === 'object' && !Array.isArray(identifiers)
            ? strs(identifiers.values)
            : undefined;
        const params = Object.fromEntries(
          Object.entries(rest).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])),
        );
        const source = kernel.container.get<OptionSource>(registration.source);
        const toNumber = (v: ParamValue | undefined) => (str(v) === undefined ? undefined : Number(str(v)));
        return reply.send(
          await source.list({ query: str(query), page: toNumber(page), perPage: toNumber(perPage), ids, params }),
        );
      }),
    );
  }
}
