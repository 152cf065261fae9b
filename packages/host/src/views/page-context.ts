import type { Translate } from './text.js';

/** What every component of a page may read: the page's language and the session's CSRF token. */
export interface PageContextValue {
  readonly t: Translate;
  readonly csrfToken: string;
}

/**
 * The page being rendered. preact-render-to-string renders synchronously, so one page is rendered
 * at a time in a process: {@link renderPage} sets it around the render, and components read it
 * without preact's context and hooks machinery (a quarter of the render time).
 */
let current: PageContextValue | null = null;

/** Runs `render` with `page` as the page being rendered. */
export function withPage<T>(page: PageContextValue, render: () => T): T {
  const outer = current;
  current = page;
  try {
    return render();
  } finally {
    current = outer;
  }
}

/** The page's context; a component rendered outside {@link renderPage} is a bug, not an English page. */
export function usePage(): PageContextValue {
  if (current === null) throw new Error('An admin component was rendered outside renderPage().');
  return current;
}
