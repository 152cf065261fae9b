import type { MessageParams } from '@pim/kernel';
import type { MessageKey } from '../i18n/message-key.js';

/**
 * Base of every error this module throws on purpose: a stable `code` for programs, a translation
 * key plus params for people, and the form field it belongs to, if any. Messages and params never
 * contain secrets.
 */
export abstract class ModuleError extends Error {
  abstract readonly code: string;
  abstract readonly messageKey: MessageKey;
  readonly field: string | null;
  readonly params: MessageParams;

  constructor(message: string, options: { field?: string | null; params?: MessageParams; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.field = options.field ?? null;
    this.params = options.params ?? {};
  }
}
