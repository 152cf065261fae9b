/**
 * Services a host offers to every module. Each is bound in the host's container under the
 * token of the same name in `tokens.ts`.
 */

/** Structured log fields. Never put a secret in them. @public */
export type LogFields = Readonly<Record<string, unknown>>;

/** @public */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Placeholder values of a message: `{name}` in a message is replaced by `params.name`. @public */
export type MessageParams = Readonly<Record<string, string | number>>;

/** @public */
export interface Translator {
  /** Translates `key` into `locale` (default: the current user's), falling back to en_US, then to the key. */
  translate(key: string, params?: MessageParams, locale?: string): string;
}

/** The PIM's own catalog settings. Codes are UnoPim's: `en_US`, `USD`. @public */
export interface PimCatalog {
  activeLocales(): Promise<readonly string[]>;
  activeCurrencies(): Promise<readonly string[]>;
}

/**
 * Authenticated encryption of short secrets at rest (AES-256-GCM). The sealed string names the
 * key it was sealed with, so a host can rotate keys and still open older values.
 * @public
 */
export interface SecretCipher {
  /**
   * Seals `plaintext`. `context` is authenticated but not stored: a value sealed for one context
   * (e.g. `bigcommerce.credential.access_token`) cannot be opened as another. Throws
   * {@link SecretSealingError} when the host cannot seal right now (the key its hosts currently
   * seal with is not one it holds), so nothing is sealed with a key the others stopped using.
   */
  encrypt(plaintext: string, context: string): string;
  /** Opens a sealed value; throws {@link SecretDecryptionError} on tampering or an unknown key. */
  decrypt(sealed: string, context: string): string;
  /** True when `sealed` was made with a key other than the current one. */
  needsRotation(sealed: string): boolean;
  /**
   * The id of the key that sealed `sealed`, without opening it (e.g. to record it beside the
   * value). Throws {@link SecretDecryptionError} (`malformed`) for a value that is not sealed.
   * @since 1.1.0
   */
  keyIdOf(sealed: string): string;
}

/** Why a sealed secret could not be opened. The message never contains secret material. @public */
export class SecretDecryptionError extends Error {
  override readonly name = 'SecretDecryptionError';
  constructor(
    readonly reason: 'malformed' | 'unknown-key' | 'tampered',
    message: string,
  ) {
    super(message);
  }
}

/**
 * The host cannot seal a value now: the key its hosts currently seal with is not one it holds
 * (a key rotation it has not been given the key for). The message never contains key material.
 * @public
 * @since 1.1.0
 */
export class SecretSealingError extends Error {
  override readonly name = 'SecretSealingError';
  constructor(
    readonly keyId: string,
    message: string,
  ) {
    super(message);
  }
}

/** Who is acting. @public */
export interface PimUser {
  readonly id: string;
  readonly name: string;
  /** UI locale, e.g. `en_US`. */
  readonly locale: string;
}

/** The user of the request being served (null for CLI, jobs and tests without one). @public */
export interface CurrentUser {
  get(): PimUser | null;
}

/** @public */
export interface Clock {
  now(): Date;
}

/**
 * Module-scoped configuration a host reads from its own settings (environment, files, UI).
 * @public
 */
export interface ModuleSettings {
  /** Extra origins a module may send requests to, beyond its own defaults (e.g. a local sandbox). */
  allowedOrigins(moduleId: string): readonly string[];
  /** A named setting of a module, or `undefined` when the host has none. */
  get(moduleId: string, name: string): string | undefined;
}
