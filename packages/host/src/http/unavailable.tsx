import type { FastifyReply, FastifyRequest } from 'fastify';

import type { HostKernel } from '../kernel/host-kernel.js';
import { MessagePage } from '../views/message.page.js';
import { bareDocument } from './admin-pages.js';
import { pickLocale, translatorFor, wantsJson } from './admin-context.js';
import { adminPath } from './admin-path.js';

/** 503 with a translated "try again", as JSON or a page that needs nothing from the database. */
export function sendUnavailable(kernel: HostKernel, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (reply.sent) return reply;
  const locale = pickLocale(kernel, null, request.headers['accept-language']);
  const t = translatorFor(kernel, locale);
  const message = t('host.error.unavailable');
  void reply.status(503).header('retry-after', '5');
  if (wantsJson(request)) return reply.send({ message });
  const page = bareDocument(
    { t, locale, csrfToken: '', title: message },
    <MessagePage message={message} back={{ href: adminPath(), label: t('host.form.back') }} />,
  );
  return reply.type('text/html; charset=utf-8').send(page);
}
