import { TestTranslator } from '@pim/kernel/testing';

import { toFormResult } from '../../src/admin/form-result.js';
import { BigcommerceError } from '../../src/errors/bigcommerce.errors.js';
import { InvalidInputError } from '../../src/errors/invalid-input.error.js';
import {
  CredentialNotFoundError,
  DuplicateLabelError,
  StaleCredentialError,
} from '../../src/errors/persistence.errors.js';
import { SameStoreError } from '../../src/errors/same-store.error.js';
import { SecretUnavailableError } from '../../src/errors/secret.errors.js';
import { moduleTranslations } from '../../src/i18n/module-translations.js';

describe("the form handler's error mapping", () => {
  const english = new TestTranslator(moduleTranslations, () => 'en_US');
  const german = new TestTranslator(moduleTranslations, () => 'de_DE');

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

  it('puts a BigCommerce refusal on the field it concerns, in the reader’s language, and says it once', () => {
    const token = toFormResult(new BigcommerceError('token-invalid', { status: 401 }), german);
    const de = moduleTranslations.get('de_DE')!;
    expect(token.status).toBe(422);
    expect(token.errors).toEqual({ accessToken: [de['bigcommerce.verification.token-invalid']] });
    // The summary points at the field; it does not repeat what the field says.
    expect(token.message).toBe(de['bigcommerce.credentials.flash.invalid']);
    expect(Object.keys(toFormResult(new BigcommerceError('store-not-found', { status: 404 }), english).errors)).toEqual(
      ['apiUrl'],
    );
  });

  it('puts a taken label on the label field, naming the label', () => {
    const result = toFormResult(new DuplicateLabelError('Production'), english);
    expect(result.errors).toEqual({ label: [expect.stringContaining('"Production"')] });
    expect(result.message).not.toContain('Production');
  });

  it('asks before a second credential of one store, on the API URL, with the answer the form can give', () => {
    const result = toFormResult(new SameStoreError({ label: 'Main', capabilities: null }), english);
    expect(result).toEqual({
      ok: false,
      status: 409,
      message: moduleTranslations.get('en_US')!['bigcommerce.credentials.flash.invalid'],
      errors: { apiUrl: [expect.stringContaining('"Main" already connects to this store')] },
      confirm: { field: 'confirmSameStore', label: 'Save anyway' },
    });
  });

  it('rethrows anything that is not a module error, so the host answers it as a server error', () => {
    const bug = new TypeError('boom');
    expect(() => toFormResult(bug, english)).toThrow(bug);
  });
});
