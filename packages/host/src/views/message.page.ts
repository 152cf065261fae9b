import { html, type SafeHtml } from './html.js';

/** A plain message page (403, 404, 500). */
export function messagePage(message: string, backHref: string | null, backLabel: string): SafeHtml {
  return html`<div class="empty">
    <p>${message}</p>
    ${backHref ? html`<a class="button" href="${backHref}">${backLabel}</a>` : ''}
  </div>`;
}
