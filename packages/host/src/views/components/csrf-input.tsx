import { usePage } from '../page-context.js';

/** The session's CSRF token, in every form that changes something. */
export function CsrfInput() {
  return <input type="hidden" name="_csrf" value={usePage().csrfToken} />;
}
