import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import type { Admin } from './admin-context.js';
import { adminOf, effectiveMethod, type WriteMethod } from './route-guard.js';

/** What a URL does for one method, and the permission it needs. */
export interface Endpoint {
  readonly permission: string;
  readonly run: (admin: Admin, request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>;
}

/**
 * The state-changing endpoints of the admin, by URL and method. Each URL is one route answering
 * POST, PUT and DELETE (an HTML form POSTs with `_method`): the guard checks the permission of
 * the method the request stands for, and refuses a method the URL does not answer with a 405.
 */
export class EndpointTable {
  readonly #byUrl = new Map<string, Map<WriteMethod, Endpoint>>();

  add(url: string, method: WriteMethod, endpoint: Endpoint): void {
    const byMethod = this.#byUrl.get(url) ?? new Map<WriteMethod, Endpoint>();
    if (byMethod.has(method)) throw new Error(`Two ${method} endpoints for ${url}.`);
    byMethod.set(method, endpoint);
    this.#byUrl.set(url, byMethod);
  }

  register(app: FastifyInstance): void {
    for (const [url, byMethod] of this.#byUrl) {
      const permission = Object.fromEntries([...byMethod].map(([method, e]) => [method, e.permission]));
      app.route({
        method: ['POST', 'PUT', 'DELETE'],
        url,
        config: { permission },
        handler: (request, reply) =>
          byMethod.get(effectiveMethod(request) as WriteMethod)!.run(adminOf(request), request, reply),
      });
    }
  }
}
