import type { ComponentChildren } from 'preact';
import type { FastifyReply, FastifyRequest } from 'fastify';

import type { HostKernel } from '../kernel/host-kernel.js';
import type { Flash } from '../security/session-store.js';
import { Layout } from '../views/layout.js';
import { MessagePage } from '../views/message.page.js';
import { renderPage } from '../views/render-page.js';
import type { Translate } from '../views/text.js';
import { adminAssets } from './admin-assets.js';
import { isRtl, wantsJson, type Admin } from './admin-context.js';
import { adminPath } from './admin-path.js';
import { navigation } from './navigation.js';

const LOCALE_NAMES = new Map<string, string>();

/** A locale's name in its own language, e.g. `Deutsch (Deutschland)` (Intl.DisplayNames is slow to build: once each). */
function localeName(code: string): string {
  let name = LOCALE_NAMES.get(code);
  if (name === undefined) {
    const tag = code.replace('_', '-');
    name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? code;
    LOCALE_NAMES.set(code, name);
  }
  return name;
}

/** A page outside the signed-in frame (sign-in, "try again"): its language, its CSRF token, its body. */
export function bareDocument(
  page: { t: Translate; locale: string; csrfToken: string; title: string; flash?: Flash | null },
  body: ComponentChildren,
): string {
  return renderPage(
    { t: page.t, csrfToken: page.csrfToken },
    <Layout title={page.title} locale={page.locale} rtl={isRtl(page.locale)} assets={adminAssets()} flash={page.flash}>
      {body}
    </Layout>,
  );
}

/**
 * Sends a full admin page, with `page.flash` (a message about this very response) or else the
 * message the session kept from before a redirect, which is then forgotten.
 */
export async function sendPage(
  kernel: HostKernel,
  reply: FastifyReply,
  admin: Admin,
  page: { title: string; body: ComponentChildren; status?: number; path: string; flash?: Flash },
): Promise<FastifyReply> {
  const flash = page.flash ?? admin.session.flash;
  if (page.flash === undefined && admin.session.flash !== null) await admin.flashShown();
  const chrome = {
    userName: admin.user.name,
    nav: navigation(kernel, admin.user, page.path, admin.t),
    uiLocales: kernel.uiLocales.map((code) => ({ code, name: localeName(code) })),
  };
  const html = renderPage(
    { t: admin.t, csrfToken: admin.session.csrfToken },
    <Layout
      title={page.title}
      locale={admin.locale}
      rtl={isRtl(admin.locale)}
      assets={adminAssets()}
      flash={flash}
      chrome={chrome}
    >
      {page.body}
    </Layout>,
  );
  return reply
    .status(page.status ?? 200)
    .type('text/html; charset=utf-8')
    .send(html);
}

/** A 403 / 404 page, or JSON when the client asked for it. */
export async function sendProblem(
  kernel: HostKernel,
  reply: FastifyReply,
  request: FastifyRequest,
  admin: Admin,
  status: 403 | 404,
  words: { readonly message?: string; readonly back?: { readonly href: string; readonly label: string } } = {},
): Promise<FastifyReply> {
  const message = words.message ?? admin.t(status === 403 ? 'host.error.forbidden' : 'host.error.not-found');
  if (wantsJson(request)) return reply.status(status).send({ message });
  const back = words.back ?? { href: adminPath(), label: admin.t('host.form.back') };
  return sendPage(kernel, reply, admin, {
    title: message,
    body: <MessagePage message={message} back={back} />,
    status,
    path: request.url.split('?')[0]!,
  });
}
