import type { FastifyReply, FastifyRequest } from 'fastify';

import type { PimUser } from '@pim/kernel';
import type { HostKernel } from '../kernel/host-kernel.js';
import type { Flash, Session, SessionStore } from '../security/session-store.js';
import { SAMPLE_JOBS } from '../jobs/sample-jobs.js';
import { can, type HostUser } from '../users/user-directory.js';
import { layout, type NavItem } from '../views/layout.js';
import type { SafeHtml, Translate } from '../views/html.js';
import { messagePage } from '../views/message.page.js';

export const ADMIN_ROOT = '/admin';
export const SESSION_COOKIE = 'pim_session';

/** Who is asking, in which language. */
export interface Admin {
  readonly session: Session;
  readonly user: HostUser;
  readonly locale: string;
  readonly t: Translate;
  readonly pimUser: PimUser;
  /** Keeps a message for the next page this session sees (after a redirect). */
  flashNext(flash: Flash): Promise<void>;
  /** Forgets the kept message once a page has shown it. */
  flashShown(): Promise<void>;
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur']);
export const isRtl = (locale: string): boolean => RTL_LANGUAGES.has(locale.split(/[_-]/)[0]!);

/** The UI locale: the user's choice, else the browser's best match, else en_US. */
export function pickLocale(kernel: HostKernel, chosen: string | null, acceptLanguage: string | undefined): string {
  if (chosen !== null && kernel.uiLocales.includes(chosen)) return chosen;
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.split(';')[0]!.trim().replace('-', '_'))
    .filter(Boolean);
  for (const tag of wanted) {
    const exact = kernel.uiLocales.find((l) => l.toLowerCase() === tag.toLowerCase());
    if (exact) return exact;
    const language = kernel.uiLocales.find((l) => l.split('_')[0] === tag.split('_')[0]!.toLowerCase());
    if (language) return language;
  }
  return 'en_US';
}

export function translatorFor(kernel: HostKernel, locale: string): Translate {
  return (key, params) => kernel.translator.translate(key, params, locale);
}

/** The signed-in admin of this request, or null. */
export async function resolveAdmin(
  kernel: HostKernel,
  sessions: SessionStore,
  request: FastifyRequest,
): Promise<Admin | null> {
  const session = await sessions.find(request.cookies[SESSION_COOKIE]);
  if (session === null) return null;
  const user = await kernel.users.findById(session.userId);
  if (user === null) return null;
  const locale = pickLocale(kernel, user.uiLocale, request.headers['accept-language']);
  return {
    session,
    user,
    locale,
    t: translatorFor(kernel, locale),
    pimUser: { id: String(user.id), name: user.name, locale },
    flashNext: (flash) => sessions.setFlash(session, flash),
    flashShown: () => sessions.clearFlash(session),
  };
}

/** The sidebar: the registered menu, nested by key, only what the user may see. */
export function navigation(kernel: HostKernel, user: HostUser, currentPath: string, t: Translate): NavItem[] {
  const visible = kernel.registry.menu.filter((m) => can(user, m.key)).sort((a, b) => a.sort - b.sort);
  const build = (parent: string | null): NavItem[] =>
    visible
      .filter((m) =>
        parent === null
          ? !m.key.includes('.')
          : m.key.startsWith(`${parent}.`) && !m.key.slice(parent.length + 1).includes('.'),
      )
      .map((m) => {
        const href = `${ADMIN_ROOT}/${m.route}`;
        return {
          label: t(m.labelKey),
          href,
          icon: m.icon,
          active: currentPath === href || currentPath.startsWith(`${href}/`),
          children: build(m.key),
        };
      });
  const own = SAMPLE_JOBS.filter((job) => {
    const source = kernel.registry.optionSourcesByName.get(job.optionSource);
    return source !== undefined && can(user, source.permission);
  }).map((job) => ({ label: t(job.labelKey), href: job.path, active: currentPath === job.path, children: [] }));
  const jobs: NavItem[] =
    own.length === 0
      ? []
      : [{ label: t('host.layout.jobs'), href: own[0]!.href, active: own.some((j) => j.active), children: own }];
  return [...build(null), ...jobs];
}

/**
 * Sends a full admin page, with `page.flash` (a message about this very response) or else the
 * message the session kept from before a redirect, which is then forgotten.
 */
export async function sendPage(
  kernel: HostKernel,
  reply: FastifyReply,
  admin: Admin,
  page: { title: string; body: SafeHtml; status?: number; path: string; flash?: Flash },
): Promise<FastifyReply> {
  const flash = page.flash ?? admin.session.flash;
  if (page.flash === undefined && admin.session.flash !== null) await admin.flashShown();
  const body = layout({
    t: admin.t,
    title: page.title,
    locale: admin.locale,
    rtl: isRtl(admin.locale),
    body: page.body,
    flash,
    chrome: {
      userName: admin.user.name,
      nav: navigation(kernel, admin.user, page.path, admin.t),
      csrfToken: admin.session.csrfToken,
      uiLocales: kernel.uiLocales.map((code) => ({ code, name: localeName(code) })),
    },
  });
  return reply
    .status(page.status ?? 200)
    .type('text/html; charset=utf-8')
    .send(body.value);
}

/** A locale's name in its own language, e.g. `Deutsch (Deutschland)`. */
function localeName(code: string): string {
  const tag = code.replace('_', '-');
  return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? code;
}

/** A 403 / 404 page, or JSON when the client asked for it. */
export async function sendProblem(
  kernel: HostKernel,
  reply: FastifyReply,
  request: FastifyRequest,
  admin: Admin,
  status: 403 | 404,
  path: string,
  words: { readonly message?: string; readonly back?: { readonly href: string; readonly label: string } } = {},
): Promise<FastifyReply> {
  const message = words.message ?? admin.t(status === 403 ? 'host.error.forbidden' : 'host.error.not-found');
  if (wantsJson(request)) return reply.status(status).send({ message });
  const back = words.back ?? { href: ADMIN_ROOT, label: admin.t('host.form.back') };
  return sendPage(kernel, reply, admin, {
    title: message,
    body: messagePage(message, back.href, back.label),
    status,
    path,
  });
}

export function wantsJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return (
    request.headers['x-requested-with'] === 'XMLHttpRequest' ||
    (accept.includes('application/json') && !accept.includes('text/html'))
  );
}
