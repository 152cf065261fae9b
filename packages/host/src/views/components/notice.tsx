import type { FormNotice } from '@pim/kernel';

import { adminPath } from '../../http/admin-path.js';

/** Where a notice's link may go: an https page (opened in a new tab) or a page of this admin. */
function linkKind(href: string): 'external' | 'admin' | null {
  if (/^https:\/\//.test(href)) return 'external';
  return href.startsWith(`${adminPath()}/`) ? 'admin' : null;
}

/** A notice of a module: its text, its points, and a link. */
export function Notice({ notice }: { notice: FormNotice }) {
  const kind = notice.link ? linkKind(notice.link.href) : null;
  return (
    <div class={`notice notice-${notice.level}`} role="status">
      <p>{notice.text}</p>
      {notice.items && notice.items.length > 0 && (
        <ul>
          {notice.items.map((item) => (
            <li>{item}</li>
          ))}
        </ul>
      )}
      {notice.link && kind && (
        <p>
          <a
            href={notice.link.href}
            target={kind === 'external' ? '_blank' : undefined}
            rel={kind === 'external' ? 'noopener noreferrer' : undefined}
          >
            {notice.link.text}
          </a>
        </p>
      )}
    </div>
  );
}
