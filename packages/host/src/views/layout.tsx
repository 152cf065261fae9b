import type { ComponentChildren } from 'preact';

import { adminPath } from '../http/admin-path.js';
import type { AdminAssets } from '../http/admin-assets.js';
import { CsrfInput } from './components/csrf-input.js';
import { Flash, type FlashMessage } from './components/flash.js';
import { PostButton } from './components/post-button.js';
import { usePage } from './page-context.js';

/** A resolved sidebar entry (already filtered by permission). */
export interface NavItem {
  readonly label: string;
  readonly href: string;
  /** The URL of the entry's icon (a module's SVG), drawn beside its name. */
  readonly icon?: string;
  readonly active: boolean;
  readonly children: readonly NavItem[];
}

/** The signed-in frame around a page: who, the sidebar, the language switch. */
export interface Chrome {
  readonly userName: string;
  readonly nav: readonly NavItem[];
  readonly uiLocales: readonly { readonly code: string; readonly name: string }[];
}

export interface LayoutProps {
  readonly title: string;
  readonly locale: string;
  readonly rtl: boolean;
  readonly assets: AdminAssets;
  /** Absent on the sign-in page and on pages that need nothing from the database. */
  readonly chrome?: Chrome;
  readonly flash?: FlashMessage | null;
  readonly children: ComponentChildren;
}

function NavList({ items }: { items: readonly NavItem[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li>
          <a href={item.href} class={item.active ? 'active' : ''} aria-current={item.active ? 'page' : undefined}>
            {item.icon && <img class="icon" src={item.icon} alt="" width={20} height={20} />}
            {item.label}
          </a>
          {item.children.length > 0 && <NavList items={item.children} />}
        </li>
      ))}
    </ul>
  );
}

function TopBar({ title, locale, chrome }: { title: string; locale: string; chrome: Chrome }) {
  const { t } = usePage();
  return (
    <header class="topbar">
      <label for="nav-toggle" class="button menu-button">
        <span aria-hidden="true">☰</span> {t('host.layout.menu')}
      </label>
      <h1>{title}</h1>
      <div class="topbar-tools">
        <form method="post" action={adminPath('locale')} class="inline">
          <CsrfInput />
          <label class="sr-only" for="ui-locale">
            {t('host.layout.language')}
          </label>
          <select id="ui-locale" name="locale" data-autosubmit="">
            {chrome.uiLocales.map((l) => (
              <option value={l.code} selected={l.code === locale}>
                {l.name}
              </option>
            ))}
          </select>
        </form>
        <span class="user">{chrome.userName}</span>
        <PostButton action={adminPath('logout')} buttonClass="link">
          {t('host.layout.sign-out')}
        </PostButton>
      </div>
    </header>
  );
}

function Shell(props: LayoutProps & { chrome: Chrome }) {
  const { t } = usePage();
  return (
    <>
      <input
        type="checkbox"
        id="nav-toggle"
        class="nav-toggle"
        aria-controls="sidebar"
        aria-label={t('host.layout.menu')}
      />
      <div class="shell">
        <nav class="sidebar" id="sidebar" aria-label={t('host.app.name')}>
          <div class="brand">{t('host.app.name')}</div>
          <NavList items={props.chrome.nav} />
        </nav>
        <div class="main">
          <TopBar title={props.title} locale={props.locale} chrome={props.chrome} />
          {props.flash && <Flash flash={props.flash} />}
          <main id="content">{props.children}</main>
        </div>
      </div>
    </>
  );
}

/** The admin page frame: sidebar from the registered menus, top bar, flash, content, busy overlay. */
export function Layout(props: LayoutProps) {
  const { t } = usePage();
  return (
    <html lang={props.locale.replace('_', '-')} dir={props.rtl ? 'rtl' : 'ltr'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · ${t('host.app.name')}`}</title>
        <link rel="stylesheet" href={props.assets.stylesheet} />
        <script type="module" src={props.assets.script}></script>
      </head>
      <body>
        <a class="skip" href="#content">
          {t('host.layout.skip')}
        </a>
        {props.chrome ? (
          <Shell {...props} chrome={props.chrome} />
        ) : (
          <main id="content" class="centered">
            {props.flash && <Flash flash={props.flash} alert />}
            {props.children}
          </main>
        )}
        <div class="busy" hidden role="status" aria-live="polite">
          <div class="spinner" aria-hidden="true"></div>
          <span data-busy-text></span>
        </div>
      </body>
    </html>
  );
}
