import type { MessageParams } from '@pim/kernel';
import type { MessageKey } from '../i18n/message-key.js';
import { ModuleError } from './module-error.js';

/** One message about one field. */
export interface FieldMessage {
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
}

/** Field name → its messages: what UnoPim's 422 `{errors:{field:[message]}}` is made from. */
export type FieldErrors = Readonly<Record<string, readonly FieldMessage[]>>;

/** The input was refused before anything was sent or stored. */
export class InvalidInputError extends ModuleError {
  readonly code = 'invalid-input';
  readonly messageKey = 'bigcommerce.validation.invalid-input';
  readonly errors: FieldErrors;

  constructor(errors: FieldErrors) {
    super(`Invalid input: ${Object.keys(errors).join(', ')}.`, { field: Object.keys(errors)[0] ?? null });
    this.errors = errors;
  }

  static single(field: string, messageKey: MessageKey, params: MessageParams = {}): InvalidInputError {
    return new InvalidInputError({ [field]: [{ messageKey, params }] });
  }
}
