import type { FormResult, Translator } from '@pim/kernel';

import { InvalidInputError } from '../errors/invalid-input.error.js';
import { ModuleError } from '../errors/module-error.js';
import { CredentialNotFoundError, StaleCredentialError } from '../errors/persistence.errors.js';
import { SameStoreError } from '../errors/same-store.error.js';
import { SecretUnavailableError } from '../errors/secret.errors.js';
import type { MessageKey } from '../i18n/message-key.js';

/**
 * The module's errors as the translated form results a host shows: field errors (422, UnoPim's
 * `{errors:{field:[message]}}`), a conflict (409; a second credential for one store is a 409 the
 * user may confirm with "Save anyway"), a record that is gone (404), a host that cannot
 * open a stored secret (503). Any other module error is a message on the field it names (a
 * BigCommerce refusal names the URL or the token), or on the form. Anything that is not a module
 * error is rethrown: the host answers it as a server error.
 */
export function toFormResult(error: unknown, translator: Translator): Extract<FormResult, { ok: false }> {
  if (!(error instanceof ModuleError)) throw error;
  const t = (key: MessageKey, params = {}) => translator.translate(key, params);
  const message = t(error.messageKey, error.params);
  if (error instanceof InvalidInputError) {
    const errors = Object.fromEntries(
      Object.entries(error.errors).map(([field, messages]) => [field, messages.map((m) => t(m.messageKey, m.params))]),
    );
    return { ok: false, status: 422, message: t('bigcommerce.credentials.flash.invalid'), errors };
  }
  if (error instanceof CredentialNotFoundError) return { ok: false, status: 404, message, errors: {} };
  if (error instanceof StaleCredentialError) return { ok: false, status: 409, message, errors: {} };
  if (error instanceof SecretUnavailableError) return { ok: false, status: 503, message, errors: {} };
  // A message that belongs to a field is shown there; the summary says where to look, so it is said once.
  const summary = t('bigcommerce.credentials.flash.invalid');
  if (error instanceof SameStoreError) {
    const confirm = { field: SameStoreError.confirmField, label: t('bigcommerce.credentials.form.save-anyway') };
    return { ok: false, status: 409, message: summary, errors: { apiUrl: [message] }, confirm };
  }
  if (error.field === null) return { ok: false, status: 422, message, errors: {} };
  return { ok: false, status: 422, message: summary, errors: { [error.field]: [message] } };
}
