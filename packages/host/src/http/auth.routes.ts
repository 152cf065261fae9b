import { randomBytes } from 'node:crypto';

import type { FastifyInstance } from 'fastify';

import type { HostKernel } from '../kernel/host-kernel.js';
import { LoginThrottle } from '../security/login-throttle.js';
import type { SessionStore } from '../security/session-store.js';
import { layout } from '../views/layout.js';
import { loginPage } from '../views/login.page.js';
import { ADMIN_ROOT, isRtl, navigation, pickLocale, SESSION_COOKIE, translatorFor } from './admin-context.js';
import { str, type ParamValue } from './bracket-params.js';
import type { RouteGuard } from './route-guard.js';

const LOGIN_CSRF_COOKIE = 'pim_login_csrf';

/** Sign-in (throttled, CSRF double-submit), sign-out, the language switch and the admin root. */
export function registerAuthRoutes(app: FastifyInstance, kernel: HostKernel, sessions: SessionStore, throttle: LoginThrottle, guard: RouteGuard): void {
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: kernel.config.secureCookies };

  const showLogin = (locale: string, csrf: string, email: string, error: string | null) => {
    const t = translatorFor(kernel, locale);
    return layout({ t, title: t('host.login.title'), locale, rtl: isRtl(locale), body: loginPage(t, { email, csrfToken: csrf, error }) }).value;
  };

  app.get(`${ADMIN_ROOT}/login`, async (request, reply) => {
    const csrf = randomBytes(24).toString('base64url');
    const locale = pickLocale(kernel, null, request.headers['accept-language']);
    return reply.setCookie(LOGIN_CSRF_COOKIE, csrf, cookieOptions).type('text/html; charset=utf-8').send(showLogin(locale, csrf, '', null));
  });

  app.post(`${ADMIN_ROOT}/login`, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, ParamValue>;
    const locale = pickLocale(kernel, null, request.headers['accept-language']);
    const t = translatorFor(kernel, locale);
    const email = (str(body.email) ?? '').slice(0, 255);
    const expected = request.cookies[LOGIN_CSRF_COOKIE];
    if (expected === undefined || str(body._csrf) !== expected) return reply.status(403).type('text/plain; charset=utf-8').send(t('host.error.csrf'));
    // The attempt is counted before the password is checked: parallel guesses cannot outrun the lock.
    const account = await kernel.users.lookup(email);
    const verdict = await throttle.attempt(LoginThrottle.key(request.ip, account.key));
    if (!verdict.allowed) {
      const seconds = verdict.retryAfterSeconds;
      return reply.status(429).header('retry-after', String(seconds)).type('text/html; charset=utf-8').send(showLogin(locale, expected, email, t('host.login.throttled', { seconds })));
    }
    const user = await account.check((str(body.password) ?? '').slice(0, 1024));
    if (user === null) {
      kernel.logger.warn('sign-in failed', { ip: request.ip });
      return reply.status(401).type('text/html; charset=utf-8').send(showLogin(locale, expected, email, t('host.login.failed')));
    }
    await throttle.succeeded(verdict.key);
    const session = await sessions.create(user.id);
    const next = str((request.query as Record<string, ParamValue>).next);
    const target = next !== undefined && next.startsWith(`${ADMIN_ROOT}/`) && !next.startsWith('//') ? next : ADMIN_ROOT;
    return reply.clearCookie(LOGIN_CSRF_COOKIE, { path: '/' }).setCookie(SESSION_COOKIE, session.id, cookieOptions).redirect(target, 303);
  });

  app.post(`${ADMIN_ROOT}/logout`, guard('', async (admin, _request, reply) => {
    await sessions.destroy(admin.session.id);
    return reply.clearCookie(SESSION_COOKIE, { path: '/' }).redirect(`${ADMIN_ROOT}/login`, 303);
  }));

  app.post(`${ADMIN_ROOT}/locale`, guard('', async (admin, request, reply) => {
    const locale = str(((request.body ?? {}) as Record<string, ParamValue>).locale);
    if (locale !== undefined && kernel.uiLocales.includes(locale)) await kernel.users.setLocale(admin.user.id, locale);
    return reply.redirect(request.headers.referer?.startsWith(`${request.protocol}://${request.host}/`) ? request.headers.referer : ADMIN_ROOT, 303);
  }));

  app.get(ADMIN_ROOT, guard('', async (admin, _request, reply) => {
    const first = navigation(kernel, admin.user, '', admin.t)[0];
    return reply.redirect(first?.href ?? `${ADMIN_ROOT}/jobs/export-bigcommerce`);
  }));
}
