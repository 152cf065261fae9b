import { adminPath } from '../http/admin-path.js';
import { CsrfInput } from './components/csrf-input.js';
import { Flash } from './components/flash.js';
import { Field } from './components/field.js';
import { usePage } from './page-context.js';

export interface LoginPageProps {
  readonly email: string;
  /** An admin path already checked, carried through the submit. */
  readonly next: string | null;
  readonly error: string | null;
}

/** The sign-in form (its CSRF token is the sign-in cookie's, given as the page's). */
export function LoginPage(props: LoginPageProps) {
  const { t } = usePage();
  return (
    <section class="panel">
      <h1>{t('host.login.title')}</h1>
      {props.error !== null && <Flash flash={{ level: 'error', text: props.error }} />}
      <form method="post" action={adminPath('login')}>
        <CsrfInput />
        {props.next !== null && <input type="hidden" name="next" value={props.next} />}
        <Field id="email" label={t('host.login.email')}>
          <input id="email" name="email" type="email" autocomplete="username" required value={props.email} />
        </Field>
        <Field id="password" label={t('host.login.password')}>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
        </Field>
        <div class="form-actions">
          <button type="submit" class="primary">
            {t('host.login.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
