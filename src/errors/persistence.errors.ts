import { ModuleError } from './module-error.js';

/** Another credential already has this label (enforced by the unique index). */
export class DuplicateLabelError extends ModuleError {
  readonly code = 'label-taken';
  readonly messageKey = 'bigcommerce.credentials.errors.label-taken';
  constructor(label: string) {
    super('A credential with this label already exists.', { field: 'label', params: { label } });
  }
}

/** Someone saved the credential after it was loaded; nothing was overwritten. */
export class StaleCredentialError extends ModuleError {
  readonly code = 'stale-version';
  readonly messageKey = 'bigcommerce.credentials.errors.stale-version';
  constructor(id: number) {
    super('The credential was changed by someone else since it was loaded.', { params: { id } });
  }
}

/** No credential has this id (never existed, or deleted). */
export class CredentialNotFoundError extends ModuleError {
  readonly code = 'not-found';
  readonly messageKey = 'bigcommerce.credentials.errors.not-found';
  constructor(id: number) {
    super('The credential does not exist.', { params: { id } });
  }
}
