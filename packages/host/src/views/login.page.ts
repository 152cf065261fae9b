import { html, type SafeHtml, type Translate } from './html.js';

export function loginPage(t: Translate, input: { email: string; csrfToken: string; error: string | null }): SafeHtml {
  return html`<section class="panel">
  <h1>${t('host.login.title')}</h1>
  ${input.error ? html`<div class="flash flash-error" role="alert">${input.error}</div>` : ''}
  <form method="post" action="/admin/login">
    <input type="hidden" name="_csrf" value="${input.csrfToken}">
    <div class="field"><label for="email">${t('host.login.email')}</label><input id="email" name="email" type="email" autocomplete="username" required value="${input.email}"></div>
    <div class="field"><label for="password">${t('host.login.password')}</label><input id="password" name="password" type="password" autocomplete="current-password" required></div>
    <div class="form-actions"><button type="submit" class="primary">${t('host.login.submit')}</button></div>
  </form>
</section>`;
}
