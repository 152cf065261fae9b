import { randomBytes } from 'node:crypto';

import type { FastifyInstance } from 'fastify';

import type { HostKernel } from '../kernel/host-kernel.js';
import { LoginThrottle } from '../security/login-throttle.js';
import type { SessionStore } from '../security/session-store.js';
import { LoginPage, type LoginPageProps } from '../views/login.page.js';
import { pickLocale, SESSION_COOKIE, translatorFor } from './admin-context.js';
import { bareDocument, sendProblem } from './admin-pages.js';
import { adminPath } from './admin-path.js';
import { navigation } from './navigation.js';
import { str, type Params } from './request-params.js';
import { adminOf } from './route-guard.js';
import { refererAdminPath, safeAdminPath } from './safe-path.js';

const LOGIN_CSRF_COOKIE = 'pim_login_csrf';
/** Any signed-in user. */
const SIGNED_IN = { config: { permission: '' } };

/** The sign-in page in the browser's language; its CSRF token is the sign-in cookie's (double submit). */
function loginDocument(kernel: HostKernel, acceptLanguage: string | undefined, csrf: string, page: LoginPageProps) {
  const locale = pickLocale(kernel, null, acceptLanguage);
  const t = translatorFor(kernel, locale);
  return bareDocument({ t, locale, csrfToken: csrf, title: t('host.login.title') }, <LoginPage {...page} />);
}

type CookieOptions = { path: string; httpOnly: boolean; sameSite: 'strict'; secure: boolean };

/** The sign-in page and its submit: throttled, with a CSRF double-submit cookie. */
function registerSignIn(
  app: FastifyInstance,
  kernel: HostKernel,
  sessions: SessionStore,
  throttle: LoginThrottle,
  cookieOptions: CookieOptions,
): void {
  app.get(adminPath('login'), async (request, reply) => {
    const csrf = randomBytes(24).toString('base64url');
    const next = safeAdminPath(str((request.query as Params).next));
    return reply
      .setCookie(LOGIN_CSRF_COOKIE, csrf, cookieOptions)
      .type('text/html; charset=utf-8')
      .send(loginDocument(kernel, request.headers['accept-language'], csrf, { email: '', next, error: null }));
  });

  app.post(adminPath('login'), async (request, reply) => {
    const body = (request.body ?? {}) as Params;
    const t = translatorFor(kernel, pickLocale(kernel, null, request.headers['accept-language']));
    const email = (str(body.email) ?? '').slice(0, 255);
    // Where to go after signing in: only a path of this admin made of safe characters.
    const next = safeAdminPath(str(body.next) ?? str((request.query as Params).next));
    const expected = request.cookies[LOGIN_CSRF_COOKIE];
    if (expected === undefined || str(body._csrf) !== expected)
      return reply.status(403).type('text/plain; charset=utf-8').send(t('host.error.csrf'));
    const again = (status: number, error: string) =>
      reply
        .status(status)
        .type('text/html; charset=utf-8')
        .send(loginDocument(kernel, request.headers['accept-language'], expected, { email, next, error }));
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
      .redirect(next ?? adminPath(), 303);
  });
}

/** Sign-in, sign-out, the language switch and the admin root. */
export function registerAuthRoutes(
  app: FastifyInstance,
  kernel: HostKernel,
  sessions: SessionStore,
  throttle: LoginThrottle,
): void {
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: kernel.config.secureCookies };
  registerSignIn(app, kernel, sessions, throttle, cookieOptions);

  app.post(adminPath('logout'), SIGNED_IN, async (request, reply) => {
    await sessions.destroy(adminOf(request).session.id);
    return reply.clearCookie(SESSION_COOKIE, { path: '/' }).redirect(adminPath('login'), 303);
  });

  // Back to the page the switch was used on: its admin path only, never the host a Referer names.
  app.post(adminPath('locale'), SIGNED_IN, async (request, reply) => {
    const locale = str(((request.body ?? {}) as Params).locale);
    if (locale !== undefined && kernel.uiLocales.includes(locale))
      await kernel.users.setLocale(adminOf(request).user.id, locale);
    return reply.redirect(refererAdminPath(request.headers.referer) ?? adminPath(), 303);
  });

  app.get(adminPath(), SIGNED_IN, async (request, reply) => {
    const admin = adminOf(request);
    const first = navigation(kernel, admin.user, '', admin.t)[0];
    // A role that opens no page of any module: say so rather than send it round in circles.
    if (first === undefined) return sendProblem(kernel, reply, request, admin, 403);
    return reply.redirect(first.href);
  });
}
