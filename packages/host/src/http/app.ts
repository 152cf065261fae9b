import { createServer } from 'node:http';

import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import Fastify, { type FastifyInstance } from 'fastify';

import type { HostKernel } from '../kernel/host-kernel.js';
import { LoginThrottle } from '../security/login-throttle.js';
import { SessionStore } from '../security/session-store.js';
import { registerAdminAssets, registerModuleIcons } from './admin-assets.js';
import { pickLocale, translatorFor } from './admin-context.js';
import { adminPath } from './admin-path.js';
import { registerAuthRoutes } from './auth.routes.js';
import { isDatabaseUnavailable } from './database-unavailable.js';
import { registerDatagridRoutes } from './datagrid.routes.js';
import { registerFormRoutes } from './form.routes.js';
import { registerJobRoutes } from './job.routes.js';
import { registerOptionRoutes } from './option.routes.js';
import { requestShapeProblem } from './request-bounds.js';
import { registerRequestDeadline } from './request-deadline.js';
import { parseParams } from './request-params.js';
import { registerRouteGuard } from './route-guard.js';
import { sendUnavailable } from './unavailable.js';

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

const SWEEP_EVERY_MS = 10 * 60 * 1000;
/** Largest request body (form or JSON). */
export const BODY_LIMIT = 256 * 1024;
/** Longest wait for a request's headers. */
export const HEADERS_TIMEOUT_MS = 10_000;
/** A connection with no traffic for this long is closed. */
export const IDLE_CONNECTION_MS = 60_000;

/** PIM_TRUST_PROXY as Fastify takes it; a hop count trusts that many proxies nearest to the host. */
function trustedProxies(
  setting: HostKernel['config']['trustProxy'],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}

/** Fastify with the host's bounds: body size, proxies, and request, header and idle timeouts. */
function createFastify(config: HostKernel['config']): FastifyInstance {
  return Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    trustProxy: trustedProxies(config.trustProxy),
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: IDLE_CONNECTION_MS,
    // Node checks the request timeout every connectionsCheckingInterval: often enough for the bound to hold.
    serverFactory: (handler) =>
      createServer(
        {
          requestTimeout: config.requestTimeoutMs,
          headersTimeout: Math.min(HEADERS_TIMEOUT_MS, config.requestTimeoutMs),
          connectionsCheckingInterval: Math.min(1000, config.requestTimeoutMs),
        },
        handler,
      ),
    routerOptions: { querystringParser: parseParams },
  });
}

/** Expired sessions, ended throttle windows and the heartbeats of hosts long gone are deleted, not evicted. */
function registerSweeps(app: FastifyInstance, kernel: HostKernel, tables: readonly { sweep(): Promise<unknown> }[]) {
  const sweep = () =>
    void Promise.all(tables.map((table) => table.sweep())).catch((error: unknown) =>
      kernel.logger.warn('sweep failed', { error: error instanceof Error ? error.message : String(error) }),
    );
  const sweeper = setInterval(sweep, SWEEP_EVERY_MS);
  sweeper.unref();
  app.addHook('onReady', (done) => {
    sweep();
    done();
  });
  app.addHook('onClose', (_instance, done) => {
    clearInterval(sweeper);
    done();
  });
}

/** Security headers on every answer; nothing but the hashed assets may be cached. */
function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}

/** A NUL, or nesting or lists larger than any form, is refused before a handler (or a database) sees it. */
function registerShapeCheck(app: FastifyInstance): void {
  app.addHook('preValidation', async (request, reply) => {
    const problem = requestShapeProblem(request.query) ?? requestShapeProblem(request.body);
    if (problem !== null)
      return reply.status(400).type('text/plain; charset=utf-8').send(`Refused: the request holds ${problem}.`);
  });
}

/** A lost database is a translated 503; any other failure a translated 500 in the log, or its 4xx as it came. */
function registerErrorHandler(app: FastifyInstance, kernel: HostKernel): void {
  app.setErrorHandler((error, request, reply) => {
    // A request abandoned at its deadline has had its 503 already; its late failure has no one to tell.
    if (reply.sent) return reply;
    const where = { method: request.method, url: request.url.split('?')[0] };
    const message = error instanceof Error ? error.message : String(error);
    if (isDatabaseUnavailable(error)) {
      kernel.logger.warn('database unavailable', { ...where, error: message });
      return sendUnavailable(kernel, request, reply);
    }
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) kernel.logger.error('request failed', { ...where, error: message });
    const t = translatorFor(kernel, pickLocale(kernel, null, request.headers['accept-language']));
    return reply
      .status(status >= 400 && status < 500 ? status : 500)
      .type('text/plain; charset=utf-8')
      .send(status < 500 ? message : t('host.error.server'));
  });
}

/**
 * The reference host's HTTP server. Every admin route is drawn from what modules registered, and
 * every one checks its permission key; state-changing requests need the session's CSRF token.
 */
export async function buildApp(kernel: HostKernel): Promise<FastifyInstance> {
  const app = createFastify(kernel.config);
  await app.register(cookie);
  await app.register(formbody, { parser: parseParams });
  const sessions = new SessionStore(kernel.dataSource);
  const throttle = new LoginThrottle(kernel.dataSource);
  registerSweeps(app, kernel, [sessions, throttle, kernel.keyState]);
  registerSecurityHeaders(app);
  registerShapeCheck(app);
  registerErrorHandler(app, kernel);
  registerRequestDeadline(app, kernel);
  registerRouteGuard(app, kernel, sessions);
  await registerAdminAssets(app);
  registerModuleIcons(app, kernel.icons);
  app.get('/', async (_request, reply) => reply.redirect(adminPath()));
  app.get('/favicon.ico', async (_request, reply) => reply.status(204).send());
  registerAuthRoutes(app, kernel, sessions, throttle);
  registerDatagridRoutes(app, kernel);
  registerFormRoutes(app, kernel);
  registerOptionRoutes(app, kernel);
  registerJobRoutes(app, kernel);
  return app;
}
