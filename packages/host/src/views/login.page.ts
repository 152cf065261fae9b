import { html, type SafeHtml, type Translate } from './html.js';

/** The sign-in form; `next` (an admin path already checked) is carried through the submit. */
export function loginPage(
  t: Translate,
  input: { email: string; csrfToken: string; next: string | null; error: string | null },
): SafeHtml {
  return html`<section class="panel">
    <h1>${t('host.login.title')}</h1>
    ${input.error ? html`<div class="flash flash-error" role="alert">${input.error}</div>` : ''}
    <form method="post" action="/admin/login">
      <input type="hidden" name="_csrf" value="${input.csrfToken}" />
      ${input.next === null ? '' : html`<input type="hidden" name="next" value="${input.next}" />`}
      <div class="field">
        <label for="email">${t('host.login.email')}</label
        ><input id="email" name="email" type="email" autocomplete="username" required value="${input.email}" />
      </div>
      <div class="field">
        <label for="password">${t('host.login.password')}</label
        ><input id="password" name="password" type="password" autocomplete="current-password" required />
      </div>
      <div class="form-actions"><button type="submit" class="primary">${t('host.login.submit')}</button></div>
    </form>
  </section>`;
}
