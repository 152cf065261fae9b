import { MessageTranslator } from '@pim/reference-host';

import { toFormResult } from '../../src/admin/form-result.js';
import { BigcommerceError } from '../../src/errors/bigcommerce.errors.js';
import { InvalidInputError } from '../../src/errors/invalid-input.error.js';
import {
  CredentialNotFoundError,
  DuplicateLabelError,
  StaleCredentialError,
} from '../../src/errors/persistence.errors.js';
import { SecretUnavailableError } from '../../src/errors/secret.errors.js';
import { moduleTranslations } from '../../src/i18n/module-translations.js';

describe("the form handler's error mapping", () => {
  const english = new MessageTranslator(moduleTranslations, () => 'en_US');
  const german = new MessageTranslator(moduleTranslations, () => 'de_DE');

  it('turns refused input into UnoPim 422 field errors, each message translated with its params', () => {
    const error = new InvalidInputError({
      label: [{ messageKey: 'bigcommerce.validation.max-length', params: { max: 255 } }],
      status: [{ messageKey: 'bigcommerce.validation.one-of', params: { values: 'active, inactive' } }],
    });
    const result = toFormResult(error, english);
    expect(result.status).toBe(422);
    expect(result.message).toBe(moduleTranslations.get('en_US')!['bigcommerce.credentials.flash.invalid']);
    expect(result.errors).toEqual({
      label: ['Use at most 255 characters.'],
      status: ['Choose one of: active, inactive.'],
    });
  });

  it('answers 404 for a missing credential, 409 for a stale version and 503 for a secret this host cannot open', () => {
    expect(toFormResult(new CredentialNotFoundError(7), english)).toMatchObject({ ok: false, status: 404, errors: {} });
    expect(toFormResult(new StaleCredentialError(7), english)).toMatchObject({ ok: false, status: 409, errors: {} });
    const unreadable = toFormResult(new SecretUnavailableError('secret-unreadable', 'k9'), english);
    expect(unreadable).toMatchObject({ ok: false, status: 503, errors: {} });
    expect(unreadable.message).toContain('"k9"');
  });

  it('puts a BigCommerce refusal on the field it concerns, in the reader’s language', () => {
    const token = toFormResult(new BigcommerceError('token-invalid', { status: 401 }), german);
    expect(token.status).toBe(422);
    expect(Object.keys(token.errors)).toEqual(['accessToken']);
    expect(token.errors['accessToken']).toEqual([token.message]);
    expect(token.message).toBe(moduleTranslations.get('de_DE')!['bigcommerce.verification.token-invalid']);
    expect(Object.keys(toFormResult(new BigcommerceError('store-not-found', { status: 404 }), english).errors)).toEqual(
      ['apiUrl'],
    );
  });

  it('puts a taken label on the label field, naming the label', () => {
    const result = toFormResult(new DuplicateLabelError('Production'), english);
    expect(result.errors).toEqual({ label: [result.message] });
    expect(result.message).toContain('Production');
  });

  it('rethrows anything that is not a module error, so the host answers it as a server error', () => {
    const bug = new TypeError('boom');
    expect(() => toFormResult(bug, english)).toThrow(bug);
  });
});
