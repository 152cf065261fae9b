import type { FastifyRequest } from 'fastify';

import type { PimUser } from '@pim/kernel';
import type { HostKernel } from '../kernel/host-kernel.js';
import type { Flash, Session, SessionStore } from '../security/session-store.js';
import type { HostUser } from '../users/user-directory.js';
import type { Translate } from '../views/text.js';

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
  const signedIn = await sessions.findSignedIn(request.cookies[SESSION_COOKIE]);
  if (signedIn === null) return null;
  const { session, user } = signedIn;
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

/** The client wants JSON (UnoPim's scripts, the admin's own fetch submits), not a page. */
export function wantsJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return (
    request.headers['x-requested-with'] === 'XMLHttpRequest' ||
    (accept.includes('application/json') && !accept.includes('text/html'))
  );
}
