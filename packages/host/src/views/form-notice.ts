import type { FormNotice } from '@pim/kernel';
import { html, type SafeHtml } from './html.js';

/** A notice of the module: its text, its points, and a link (a page outside the admin opens in a new tab). */
export function noticeBlock(notice: FormNotice): SafeHtml {
  const external = notice.link !== undefined && /^https:\/\//.test(notice.link.href);
  const safeLink = notice.link !== undefined && (external || notice.link.href.startsWith('/admin/'));
  return html`<div class="notice notice-${notice.level}" role="status">
    <p>${notice.text}</p>
    ${
      notice.items && notice.items.length > 0
        ? html`<ul>
            ${notice.items.map((item) => html`<li>${item}</li>`)}
          </ul>`
        : ''
    }
    ${
      notice.link && safeLink
        ? html`<p>
            <a href="${notice.link.href}" ${external ? html` target="_blank" rel="noopener noreferrer"` : ''}
              >${notice.link.text}</a
            >
          </p>`
        : ''
    }
  </div>`;
}
