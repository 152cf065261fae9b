import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';

import { InvalidInputError, type FieldMessage } from '../errors/invalid-input.error.js';
import type { MessageKey } from '../i18n/message-key.js';

type Params = FieldMessage['params'];

/** class-validator constraint → translation key and params taken from the failed constraint. */
const MESSAGES: Readonly<Record<string, (constraint: string) => { key: MessageKey; params?: Params }>> = {
  isNotEmpty: () => ({ key: 'bigcommerce.validation.required' }),
  isDefined: () => ({ key: 'bigcommerce.validation.required' }),
  isString: () => ({ key: 'bigcommerce.validation.string' }),
  isPlainText: () => ({ key: 'bigcommerce.validation.plain-text' }),
  maxLength: (text) => ({
    key: 'bigcommerce.validation.max-length',
    params: { max: Number(/(\d+)/.exec(text)?.[1] ?? 0) },
  }),
  isIn: (text) => ({ key: 'bigcommerce.validation.one-of', params: { values: text.split(': ').pop() ?? '' } }),
  isInt: () => ({ key: 'bigcommerce.validation.integer' }),
  min: () => ({ key: 'bigcommerce.validation.integer' }),
  whitelistValidation: () => ({ key: 'bigcommerce.validation.unknown-field' }),
  isCodeMapping: () => ({ key: 'bigcommerce.validation.mapping' }),
  isChannelIds: () => ({ key: 'bigcommerce.validation.storefront-ids' }),
};

/**
 * Turns untrusted input into a validated DTO: unknown fields refused, nothing skipped, every
 * failure reported per field with a translation key. Throws {@link InvalidInputError}.
 */
export async function validateInput<T extends object>(dto: new () => T, input: unknown): Promise<T> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw InvalidInputError.single('_form', 'bigcommerce.validation.invalid-input');
  }
  // Fields are text or a flat map of text: anything nested deeper is refused before it is walked.
  const nested = Object.entries(input).filter(([, value]) => isNested(value));
  if (nested.length > 0)
    throw new InvalidInputError(
      Object.fromEntries(
        nested
          .slice(0, 20)
          .map(([field]) => [field.slice(0, 64), [{ messageKey: 'bigcommerce.validation.string', params: {} }]]),
      ),
    );
  // A key naming a member of Object.prototype (`constructor`, `toString`…) is no field and no PIM
  // code: refused as such before class-transformer, which breaks on a nested `constructor`, sees it.
  const prototypeKeys = prototypeKeyErrors(input);
  if (prototypeKeys !== null) throw new InvalidInputError(prototypeKeys);
  const instance = plainToInstance(dto, input);
  const failures = await validate(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
  });
  if (failures.length > 0) throw new InvalidInputError(toFieldErrors(failures));
  return instance;
}

function toFieldErrors(failures: readonly ValidationError[]): Record<string, FieldMessage[]> {
  const errors: Record<string, FieldMessage[]> = {};
  for (const failure of failures) {
    const field = failure.property.slice(0, 64);
    // One message per field, the most useful first: "required" before "must be text" and so on.
    const constraints = failure.constraints ?? {};
    const name = Object.keys(MESSAGES).find((rule) => rule in constraints) ?? 'isString';
    const message = MESSAGES[name]!(constraints[name] ?? '');
    errors[field] = [{ messageKey: message.key, params: message.params ?? {} }];
  }
  return errors;
}

const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Field errors for keys named after Object.prototype members: an unknown field, or a mapping that is not one. */
function prototypeKeyErrors(input: object): Record<string, FieldMessage[]> | null {
  const errors: Record<string, FieldMessage[]> = {};
  for (const [field, value] of Object.entries(input) as [string, unknown][]) {
    if (PROTOTYPE_KEYS.has(field)) errors[field] = [{ messageKey: 'bigcommerce.validation.unknown-field', params: {} }];
    else if (value !== null && typeof value === 'object' && Object.keys(value).some((key) => PROTOTYPE_KEYS.has(key)))
      errors[field.slice(0, 64)] = [{ messageKey: 'bigcommerce.validation.mapping', params: {} }];
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

/** True when `value` is an object or array holding another one: deeper than any field of a form. */
function isNested(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    Object.values(value).some((item) => item !== null && typeof item === 'object')
  );
}
