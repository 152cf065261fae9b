import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';

import { withPage, type PageContextValue } from './page-context.js';

/**
 * A whole HTML document from a component tree, with its page context. Text and attribute values
 * are escaped by preact-render-to-string; nothing in the admin sets raw HTML.
 */
export function renderPage(context: PageContextValue, document: ComponentChildren): string {
  return withPage(context, () => `<!doctype html>${renderToString(<>{document}</>)}`);
}
