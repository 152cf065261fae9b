import { html, type SafeHtml, type Translate } from './html.js';

/** A resolved sidebar entry (already filtered by permission). */
export interface NavItem {
  readonly label: string;
  readonly href: string;
  readonly icon?: string;
  readonly active: boolean;
  readonly children: readonly NavItem[];
}

export interface LayoutInput {
  readonly t: Translate;
  readonly title: string;
  readonly locale: string;
  readonly rtl: boolean;
  readonly body: SafeHtml;
  /** Absent on the login page. */
  readonly chrome?: {
    readonly userName: string;
    readonly nav: readonly NavItem[];
    readonly csrfToken: string;
    readonly uiLocales: readonly { readonly code: string; readonly name: string }[];
  };
  readonly flash?: { readonly level: 'success' | 'error'; readonly text: string } | null;
}

function navList(items: readonly NavItem[]): SafeHtml {
  return html`<ul>
    ${items.map(
      (item) =>
        html`<li>
          <a href="${item.href}" class="${item.active ? 'active' : ''}" ${item.active ? html` aria-current="page"` : ''}
            >${item.icon ? html`<span class="icon icon-${item.icon}" aria-hidden="true"></span>` : ''}${item.label}</a
          >
          ${item.children.length > 0 ? navList(item.children) : ''}
        </li>`,
    )}
  </ul>`;
}

/** The admin page frame: sidebar from the registered menus, top bar, flash, content. */
export function layout(input: LayoutInput): SafeHtml {
  const { t, chrome } = input;
  return html`<!doctype html>
    <html lang="${input.locale.replace('_', '-')}" dir="${input.rtl ? 'rtl' : 'ltr'}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${input.title} · ${t('host.app.name')}</title>
        <link rel="stylesheet" href="/admin/assets/app.css" />
        <script src="/admin/assets/app.js" defer></script>
      </head>
      <body>
        <a class="skip" href="#content">${t('host.layout.skip')}</a>
        ${
          chrome
            ? html`<input type="checkbox" id="nav-toggle" class="nav-toggle" aria-controls="sidebar" />
                <div class="shell">
                  <nav class="sidebar" id="sidebar" aria-label="${t('host.app.name')}">
                    <div class="brand">${t('host.app.name')}</div>
                    ${navList(chrome.nav)}
                  </nav>
                  <div class="main">
                    <header class="topbar">
                      <label for="nav-toggle" class="button menu-button"
                        ><span aria-hidden="true">☰</span> ${t('host.layout.menu')}</label
                      >
                      <h1>${input.title}</h1>
                      <div class="topbar-tools">
                        <form method="post" action="/admin/locale" class="inline">
                          <input type="hidden" name="_csrf" value="${chrome.csrfToken}" />
                          <label class="sr-only" for="ui-locale">${t('host.layout.language')}</label>
                          <select id="ui-locale" name="locale" data-autosubmit>
                            ${chrome.uiLocales.map((l) => html`<option value="${l.code}" ${l.code === input.locale ? html` selected` : ''}>${l.name}</option>`)}
                          </select>
                        </form>
                        <span class="user">${chrome.userName}</span>
                        <form method="post" action="/admin/logout" class="inline">
                          <input type="hidden" name="_csrf" value="${chrome.csrfToken}" />
                          <button type="submit" class="link">${t('host.layout.sign-out')}</button>
                        </form>
                      </div>
                    </header>
                    ${input.flash ? html`<div class="flash flash-${input.flash.level}" role="${input.flash.level === 'error' ? 'alert' : 'status'}">${input.flash.text}</div>` : ''}
                    <main id="content">${input.body}</main>
                  </div>
                </div>`
            : html`<main id="content" class="centered">
                ${input.flash ? html`<div class="flash flash-${input.flash.level}" role="alert">${input.flash.text}</div>` : ''}${input.body}
              </main>`
        }
        <div class="busy" hidden role="status" aria-live="polite">
          <div class="spinner" aria-hidden="true"></div>
          <span data-busy-text></span>
        </div>
      </body>
    </html>`;
}
