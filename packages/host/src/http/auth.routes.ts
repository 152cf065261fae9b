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
import { refererAdminPath, safeAdminPath } from './safe-path.js';
import { withinDeadline } from './unavailable.js';

const LOGIN_CSRF_COOKIE = 'pim_login_csrf';

/** Sign-in (throttled, CSRF double-submit), sign-out, the language switch and the admin root. */
export function registerAuthRoutes(
  app: FastifyInstance,
  kernel: HostKernel,
  sessions: SessionStore,
  throttle: LoginThrottle,
  guard: RouteGuard,
): void {
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: kernel.config.secureCookies };

  const showLogin = (
    locale: string,
    page: { csrf: string; email: string; next: string | null; error: string | null },
  ) => {
    const t = translatorFor(kernel, locale);
    return layout({
      t,
      title: t('host.login.title'),
      locale,
      rtl: isRtl(locale),
      body: loginPage(t, { email: page.email, csrfToken: page.csrf, next: page.next, error: page.error }),
    }).value;
  };

  app.get(`${ADMIN_ROOT}/login`, async (request, reply) => {
    const csrf = randomBytes(24).toString('base64url');
    const locale = pickLocale(kernel, null, request.headers['accept-language']);
    const next = safeAdminPath(str((request.query as Record<string, ParamValue>).next));
    return reply
      .setCookie(LOGIN_CSRF_COOKIE, csrf, cookieOptions)
      .type('text/html; charset=utf-8')
      .send(showLogin(locale, { csrf, email: '', next, error: null }));
  });

  app.post(`${ADMIN_ROOT}/login`, async (request, reply) =>
    withinDeadline(kernel, request, reply, async () => {
      const body = (request.body ?? {}) as Record<string, ParamValue>;
      const locale = pickLocale(kernel, null, request.headers['accept-language']);
      const t = translatorFor(kernel, locale);
      const email = (str(body.email) ?? '').slice(0, 255);
      // Where to go after signing in: only a path of this admin made of safe characters.
      const next = safeAdminPath(str(body.next) ?? str((request.query as Record<string, ParamValue>).next));
      const expected = request.cookies[LOGIN_CSRF_COOKIE];
      if (expected === undefined || str(body._csrf) !== expected)
        return reply.status(403).type('text/plain; charset=utf-8').send(t('host.error.csrf'));
      const again = (status: number, error: string) =>
        reply
          .status(status)
          .type('text/html; charset=utf-8')
          .send(showLogin(locale, { csrf: expected, email, next, error }));
      // The attempt is counted before the password is checked: parallel guesses cannot outrun the lock.
      const account = await kernel.users.lookup(email);
      const verdict = await throttle.attempt(LoginThrottle.key(request.ip, account.key));
      if (!verdict.allowed) {
        void reply.header('retry-after', String(verdict.retryAfterSeconds));
        return again(429, t('host.login.throttled', { seconds: verdict.retryAfterSeconds }));
      }
      const user = await account.check((str(body.password) ?? '').slice(0, 1024));
      if (user === null) {
        kernel.logger.warn('sign-in failed', { ip: request.ip });
        return again(401, t('host.login.failed'));
      }
      await throttle.succeeded(verdict.key);
      const session = await sessions.create(user.id);
      return reply
        .clearCookie(LOGIN_CSRF_COOKIE, { path: '/' })
        .setCookie(SESSION_COOKIE, session.id, cookieOptions)
        .redirect(next ?? ADMIN_ROOT, 303);
    }),
  );

  app.post(
    `${ADMIN_ROOT}/logout`,
    guard('', async (admin, _request, reply) => {
      await sessions.destroy(admin.session.id);
      return reply.clearCookie(SESSION_COOKIE, { path: '/' }).redirect(`${ADMIN_ROOT}/login`, 303);
    }),
  );

  // Back to the page the switch was used on: its admin path only, never the host a Referer names.
  app.post(
    `${ADMIN_ROOT}/locale`,
    guard('', async (admin, request, reply) => {
      const locale = str(((request.body ?? {}) as Record<string, ParamValue>).locale);
      if (locale !== undefined && kernel.uiLocales.includes(locale))
        await kernel.users.setLocale(admin.user.id, locale);
      return reply.redirect(refererAdminPath(request.headers.referer) ?? ADMIN_ROOT, 303);
    }),
  );

  app.get(
    ADMIN_ROOT,
    guard('', async (admin, _request, reply) => {
      const first = navigation(kernel, admin.user, '', admin.t)[0];
      return reply.redirect(first?.href ?? `${ADMIN_ROOT}/jobs/export-bigcommerce`);
    }),
  );
}
