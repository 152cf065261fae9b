import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

import type { Translate } from './text.js';

/** What every component of a page may read: the page's language and the session's CSRF token. */
export interface PageContextValue {
  readonly t: Translate;
  readonly csrfToken: string;
}

export const PageContext = createContext<PageContextValue | null>(null);

/** The page's context; a component rendered outside {@link renderPage} is a bug, not an English page. */
export function usePage(): PageContextValue {
  const page = useContext(PageContext);
  if (page === null) throw new Error('An admin component was rendered outside renderPage().');
  return page;
}
