import type { Capabilities } from '../capabilities.js';

import type { MessageKey } from '../i18n/message-key.js';
import { ModuleError } from './module-error.js';

/**
 * Another credential already uses this store. Several can be intended (one read-only for
 * imports, one that writes for exports), so this is a question, not a refusal: the user confirms
 * with "Save anyway" (`confirmSameStore`).
 */
export class SameStoreError extends ModuleError {
  readonly code = 'same-store';
  readonly messageKey: MessageKey;
  /** The submitted field that answers the question. */
  static readonly confirmField = 'confirmSameStore';

  constructor(other: { readonly label: string; readonly capabilities: Capabilities | null }) {
    super('Another credential already uses this store.', { field: 'apiUrl', params: { label: other.label } });
    const write = other.capabilities?.productsWrite;
    this.messageKey =
      write === true
        ? 'bigcommerce.credentials.errors.same-store-writable'
        : write === false
          ? 'bigcommerce.credentials.errors.same-store-read-only'
          : 'bigcommerce.credentials.errors.same-store';
  }
}
