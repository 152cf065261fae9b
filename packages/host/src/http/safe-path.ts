import { ADMIN_ROOT } from './admin-path.js';

// Path segments and a query of URL-safe ASCII (anything else percent-encoded): no scheme, no
// host, no `//`, no backslash, no space, no CR/LF or other separators a Location header or a
// browser could read as something else.
const ADMIN_PATH = new RegExp(
  `^${ADMIN_ROOT}(?:/[A-Za-z0-9._~!$&'()*+,;=:@%-]+)*/?(?:\\?[A-Za-z0-9._~!$&'()*+,;=:@%/?[\\]-]*)?$`,
);

/**
 * `candidate` when it is a path of this admin (a same-origin redirect target made only of safe
 * characters), else null. Used for the sign-in `next` and the language switch's way back.
 */
export function safeAdminPath(candidate: string | undefined): string | null {
  if (candidate === undefined || candidate.length > 2000 || !ADMIN_PATH.test(candidate) || candidate.includes('//'))
    return null;
  return candidate.startsWith(`${ADMIN_ROOT}/`) || candidate === ADMIN_ROOT ? candidate : null;
}

/** The admin path of a Referer, whatever host it names; null when it is not one. */
export function refererAdminPath(referer: string | undefined): string | null {
  if (referer === undefined) return null;
  try {
    const url = new URL(referer, 'http://admin.invalid');
    return safeAdminPath(url.pathname + url.search);
  } catch {
    return null;
  }
}
