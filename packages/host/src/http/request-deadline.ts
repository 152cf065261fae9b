import type { FastifyInstance } from 'fastify';

import type { HostKernel } from '../kernel/host-kernel.js';
import { requestLifetime } from '../kernel/request-lifetime.js';
import { sendUnavailable } from './unavailable.js';

/**
 * Every request's work runs within the response deadline. Past it the client gets a 503 and the
 * work is abandoned, as it is when the client disconnects first: from then on it sends no
 * statement to the database but a ROLLBACK, so what it had not committed is never committed later.
 *
 * A `preHandler` hook (the body is parsed by then) that runs the rest of the request inside its
 * lifetime: the later hooks (sign-in included) and the handler.
 */
export function registerRequestDeadline(app: FastifyInstance, kernel: HostKernel): void {
  app.addHook('preHandler', (request, reply, done) => {
    const lifetime = requestLifetime();
    const timer = setTimeout(() => {
      lifetime.abandon();
      kernel.logger.warn('request abandoned at the response deadline', {
        method: request.method,
        url: request.url.split('?')[0],
      });
      sendUnavailable(kernel, request, reply);
    }, kernel.config.responseTimeoutMs);
    reply.raw.once('close', () => {
      clearTimeout(timer);
      if (!reply.raw.writableFinished) lifetime.abandon();
    });
    lifetime.enter(done);
  });
}
