import { ModuleError } from './module-error.js';

/**
 * A secret of a credential cannot be used on this host: it was sealed with a key the host does
 * not hold (or was altered), or the host cannot seal at all because it lacks the key every host
 * currently seals with. A misconfigured host, not a wrong input: the host answers 503.
 */
export class SecretUnavailableError extends ModuleError {
  readonly code: 'secret-unreadable' | 'cannot-seal';
  readonly messageKey:
    'bigcommerce.credentials.errors.secret-unreadable' | 'bigcommerce.credentials.errors.cannot-seal';

  constructor(reason: 'secret-unreadable' | 'cannot-seal', keyId: string) {
    super(
      reason === 'cannot-seal'
        ? 'This host cannot seal secrets: it lacks the current key.'
        : 'A stored secret cannot be opened on this host.',
      { params: { keyId } },
    );
    this.code = reason;
    this.messageKey = `bigcommerce.credentials.errors.${reason}`;
  }
}
