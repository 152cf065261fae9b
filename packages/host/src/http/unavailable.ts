import type { FastifyReply, FastifyRequest } from 'fastify';

import type { HostKernel } from '../kernel/host-kernel.js';
import { runRequest } from '../kernel/request-lifetime.js';
import { layout } from '../views/layout.js';
import { messagePage } from '../views/message.page.js';
import { ADMIN_ROOT, isRtl, pickLocale, translatorFor, wantsJson } from './admin-context.js';

/** 503 with a translated "try again", as JSON or a page that needs nothing from the database. */
export function sendUnavailable(kernel: HostKernel, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (reply.sent) return reply;
  const locale = pickLocale(kernel, null, request.headers['accept-language']);
  const t = translatorFor(kernel, locale);
  const message = t('host.error.unavailable');
  void reply.status(503).header('retry-after', '5');
  if (wantsJson(request)) return reply.send({ message });
  const page = layout({
    t,
    title: message,
    locale,
    rtl: isRtl(locale),
    body: messagePage(message, ADMIN_ROOT, t('host.form.back')),
  });
  return reply.type('text/html; charset=utf-8').send(page.value);
}

/**
 * Runs a request's work within the response deadline. Past it the client gets a 503 and the work
 * is abandoned, as it is when the client disconnects first: from then on it sends no statement
 * to the database but a ROLLBACK, so what it had not committed is never committed later.
 */
export async function withinDeadline(
  kernel: HostKernel,
  request: FastifyRequest,
  reply: FastifyReply,
  work: () => Promise<FastifyReply>,
): Promise<FastifyReply> {
  const run = runRequest(work);
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) run.abandon();
  });
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<FastifyReply>((resolve) => {
    timer = setTimeout(() => {
      run.abandon();
      kernel.logger.warn('request abandoned at the response deadline', {
        method: request.method,
        url: request.url.split('?')[0],
      });
      resolve(sendUnavailable(kernel, request, reply));
    }, kernel.config.responseTimeoutMs);
  });
  try {
    // A reply is thenable (it settles when sent): wait for either side, then hand the reply back.
    await Promise.race([run.done, late]);
    return reply;
  } finally {
    clearTimeout(timer);
  }
}
