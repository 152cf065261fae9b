import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import {
  SecretDecryptionError,
  SecretSealingError,
  type Clock,
  type CurrentUser,
  type LogFields,
  type Logger,
  type MessageParams,
  type ModuleSettings,
  type PimCatalog,
  type SecretCipher,
  type Translator,
} from '../host-services.js';
import type { Messages } from '../module-definition.js';

/** A logger that keeps every line, so a test can prove what was logged, and that no secret was. @public */
export class RecordingLogger implements Logger {
  readonly lines: { level: string; message: string; fields?: LogFields }[] = [];
  debug(message: string, fields?: LogFields): void {
    this.lines.push({ level: 'debug', message, fields });
  }
  info(message: string, fields?: LogFields): void {
    this.lines.push({ level: 'info', message, fields });
  }
  warn(message: string, fields?: LogFields): void {
    this.lines.push({ level: 'warn', message, fields });
  }
  error(message: string, fields?: LogFields): void {
    this.lines.push({ level: 'error', message, fields });
  }
  /** Every line as one JSON text, to search for what must never be there. */
  text(): string {
    return JSON.stringify(this.lines);
  }
}

/**
 * Translates from a module's registered messages: the asked locale, else the current one, else
 * `en_US`, else the key itself; `{name}` placeholders take `params.name`, as a host's does. @public
 */
export class TestTranslator implements Translator {
  constructor(
    private readonly messages: ReadonlyMap<string, Messages>,
    private readonly currentLocale: () => string = () => 'en_US',
  ) {}

  translate(key: string, params: MessageParams = {}, locale?: string): string {
    const template =
      this.messages.get(locale ?? this.currentLocale())?.[key] ?? this.messages.get('en_US')?.[key] ?? key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  }
}

/** The PIM's active locales and currencies, changeable as an admin would. @public */
export class TestCatalog implements PimCatalog {
  constructor(
    public locales: readonly string[] = ['en_US', 'fr_FR', 'de_DE'],
    public currencies: readonly string[] = ['USD', 'EUR', 'GBP'],
  ) {}
  activeLocales(): Promise<readonly string[]> {
    return Promise.resolve(this.locales);
  }
  activeCurrencies(): Promise<readonly string[]> {
    return Promise.resolve(this.currencies);
  }
  /** Changes the active sets, as an admin deactivating a locale would. */
  set(locales: readonly string[], currencies: readonly string[]): void {
    this.locales = [...locales];
    this.currencies = [...currencies];
  }
}

/** Module settings in memory: allowed origins and named values, per module id. @public */
export class TestSettings implements ModuleSettings {
  constructor(
    private readonly origins: Readonly<Record<string, readonly string[]>> = {},
    private readonly values: Readonly<Record<string, Readonly<Record<string, string>>>> = {},
  ) {}
  allowedOrigins(moduleId: string): readonly string[] {
    return this.origins[moduleId] ?? [];
  }
  get(moduleId: string, name: string): string | undefined {
    return this.values[moduleId]?.[name];
  }
}

/** A key of a {@link TestCipher}: its id and 32 bytes. @public */
export interface TestKey {
  readonly id: string;
  readonly key: Buffer;
}

/**
 * A real AES-256-GCM secret cipher with a key ring, as the kernel asks of hosts: values bound to
 * their context, key ids beside them, `SecretDecryptionError` for an unknown key or a tampered
 * value, `SecretSealingError` while the current key is missing. A test may change the current key
 * (`current`) to play a rotation. @public
 */
export class TestCipher implements SecretCipher {
  readonly #keys: Map<string, Buffer>;

  constructor(
    keys: readonly TestKey[] = [{ id: 'test1', key: randomBytes(32) }],
    public current: string = keys[0]?.id ?? 'test1',
  ) {
    this.#keys = new Map(keys.map((k) => [k.id, k.key]));
  }

  encrypt(plaintext: string, context: string): string {
    const key = this.#keys.get(this.current);
    if (key === undefined) throw new SecretSealingError(this.current, `No key "${this.current}" to seal with.`);
    const iv = randomBytes(12);
    const sealer = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(context));
    const data = Buffer.concat([sealer.update(plaintext, 'utf8'), sealer.final()]);
    return [this.current, iv, sealer.getAuthTag(), data]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  decrypt(sealed: string, context: string): string {
    const [keyId, iv, tag, data] = this.#parts(sealed);
    const key = this.#keys.get(keyId);
    if (key === undefined) throw new SecretDecryptionError('unknown-key', `No key "${keyId}" in this cipher.`);
    try {
      const opener = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url')).setAAD(Buffer.from(context));
      opener.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([opener.update(Buffer.from(data, 'base64url')), opener.final()]).toString('utf8');
    } catch {
      throw new SecretDecryptionError('tampered', 'The sealed value was altered or sealed for another context.');
    }
  }

  needsRotation(sealed: string): boolean {
    return this.keyIdOf(sealed) !== this.current;
  }

  keyIdOf(sealed: string): string {
    return this.#parts(sealed)[0];
  }

  /** Whether this cipher holds the key `id`. */
  has(id: string): boolean {
    return this.#keys.has(id);
  }

  #parts(sealed: string): [string, string, string, string] {
    const parts = sealed.split('.');
    if (parts.length !== 4 || parts.some((p) => p === ''))
      throw new SecretDecryptionError('malformed', 'The value is not a sealed secret.');
    return parts as [string, string, string, string];
  }
}

/** A clock a test sets. @public */
export class TestClock implements Clock {
  constructor(public at: Date = new Date()) {}
  now(): Date {
    return new Date(this.at);
  }
}

/** Who acts: a fixed user, or nobody (a job, the command line). @public */
export function testUser(user: ReturnType<CurrentUser['get']> = null): CurrentUser {
  return { get: () => user };
}
