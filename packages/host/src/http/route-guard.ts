import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import type { HostKernel } from '../kernel/host-kernel.js';
import type { SessionStore } from '../security/session-store.js';
import { can } from '../users/user-directory.js';
import { resolveAdmin, wantsJson, type Admin } from './admin-context.js';
import { sendProblem } from './admin-pages.js';
import { adminPath } from './admin-path.js';
import { str, type Params } from './request-params.js';
import { safeAdminPath } from './safe-path.js';

/** Methods a form changes something with; HTML forms send POST with `_method`. */
export type WriteMethod = 'POST' | 'PUT' | 'DELETE';

/**
 * The permission key a route needs ('' = any signed-in user), or one per method for a URL that
 * answers several (an edit's PUT and a row's DELETE).
 */
export type RoutePermission = string | Readonly<Partial<Record<WriteMethod, string>>>;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Absent: a public route (sign-in, assets). Present: an admin route, checked before its handler. */
    permission?: RoutePermission;
  }
  interface FastifyRequest {
    /** The signed-in admin of an admin route, once the guard let the request through. */
    admin: Admin | null;
  }
}

/** Methods that change nothing: no CSRF token needed. HEAD is answered like GET. */
const SAFE_METHODS = new Set(['GET', 'HEAD']);

/** The method a request stands for: an HTML form's POST with `_method=PUT|DELETE` is that method. */
export function effectiveMethod(request: FastifyRequest): string {
  if (request.method !== 'POST') return request.method;
  const override = str(((request.body ?? {}) as Params)._method)?.toUpperCase();
  return override === 'PUT' || override === 'DELETE' ? override : 'POST';
}

/** The admin an admin route's handler runs for (the guard has let it through). */
export function adminOf(request: FastifyRequest): Admin {
  if (request.admin === null) throw new Error(`${request.url} has no permission in its config: it is not guarded.`);
  return request.admin;
}

function csrfOk(request: FastifyRequest, expected: string): boolean {
  const sent = str(((request.body ?? {}) as Params)._csrf) ?? request.headers['x-csrf-token'];
  return typeof sent === 'string' && sent.length === expected.length && sent === expected;
}

/** Strangers: JSON and writes get a 401, a page visit goes to sign in and comes back. */
function signInFirst(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (wantsJson(request) || !SAFE_METHODS.has(request.method))
    return reply.status(401).send({ message: 'Sign in first.' });
  const next = safeAdminPath(request.url);
  return reply.redirect(next === null ? adminPath('login') : `${adminPath('login')}?next=${encodeURIComponent(next)}`);
}

/**
 * Guards every route whose config names a permission, before its handler: signs in or redirects
 * to the login page, checks the CSRF token on every state-changing request and the permission
 * key (403 otherwise; 405 for a method the URL does not answer), then runs the handler as the
 * kernel's current user.
 */
export function registerRouteGuard(app: FastifyInstance, kernel: HostKernel, sessions: SessionStore): void {
  app.decorateRequest('admin', null);
  app.addHook('preHandler', async (request, reply) => {
    const permission = request.routeOptions.config.permission;
    if (permission === undefined) return;
    const admin = await resolveAdmin(kernel, sessions, request);
    if (admin === null) return signInFirst(request, reply);
    if (!SAFE_METHODS.has(request.method) && !csrfOk(request, admin.session.csrfToken))
      return reply.status(403).type('text/plain; charset=utf-8').send(admin.t('host.error.csrf'));
    const key = typeof permission === 'string' ? permission : permission[effectiveMethod(request) as WriteMethod];
    if (key === undefined)
      return reply
        .status(405)
        .header('allow', Object.keys(permission).join(', '))
        .send({ message: 'Method not allowed.' });
    if (key !== '' && !can(admin.user, key)) return sendProblem(kernel, reply, request, admin, 403);
    request.admin = admin;
  });
  app.addHook('preHandler', (request, _reply, done) => {
    if (request.admin === null) done();
    else kernel.requestContext.run(request.admin.pimUser, done);
  });
}
