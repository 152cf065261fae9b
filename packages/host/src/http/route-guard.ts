import type { FastifyReply, FastifyRequest } from 'fastify';

import type { HostKernel } from '../kernel/host-kernel.js';
import type { SessionStore } from '../security/session-store.js';
import { can } from '../users/user-directory.js';
import { ADMIN_ROOT, resolveAdmin, sendProblem, wantsJson, type Admin } from './admin-context.js';
import { str, type ParamValue } from './bracket-params.js';
import { safeAdminPath } from './safe-path.js';
import { withinDeadline } from './unavailable.js';

/** A handler that runs for a signed-in admin holding the route's permission. */
export type AdminHandler = (admin: Admin, request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>;

/**
 * Wraps a route: signs in or redirects to the login page, checks the permission key ('' = any
 * signed-in user; 403 otherwise), checks the CSRF token on every state-changing request, and runs
 * the handler with the admin as the kernel's current user, within the response deadline.
 */
export type RouteGuard = (
  permission: string,
  handler: AdminHandler,
) => (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>;

/** Methods that change nothing: no CSRF token needed. HEAD is answered like GET. */
const SAFE_METHODS = new Set(['GET', 'HEAD']);

export function guardedRoutes(kernel: HostKernel, sessions: SessionStore): RouteGuard {
  return (permission, handler) => async (request, reply) =>
    withinDeadline(kernel, request, reply, async () => {
      const admin = await resolveAdmin(kernel, sessions, request);
      const safe = SAFE_METHODS.has(request.method);
      if (admin === null) {
        if (wantsJson(request) || !safe) return reply.status(401).send({ message: 'Sign in first.' });
        const next = safeAdminPath(request.url);
        return reply.redirect(
          next === null ? `${ADMIN_ROOT}/login` : `${ADMIN_ROOT}/login?next=${encodeURIComponent(next)}`,
        );
      }
      if (!safe && !csrfOk(request, admin.session.csrfToken)) {
        return reply.status(403).type('text/plain; charset=utf-8').send(admin.t('host.error.csrf'));
      }
      if (permission !== '' && !can(admin.user, permission))
        return sendProblem(kernel, reply, request, admin, 403, request.url.split('?')[0]!);
      return kernel.requestContext.run(admin.pimUser, () => handler(admin, request, reply));
    });
}

function csrfOk(request: FastifyRequest, expected: string): boolean {
  const body = (request.body ?? {}) as Record<string, ParamValue>;
  const sent = str(body._csrf) ?? request.headers['x-csrf-token'];
  return typeof sent === 'string' && sent.length === expected.length && sent === expected;
}
