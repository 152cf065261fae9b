import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

import { SecretDecryptionError, SecretSealingError, type SecretCipher } from '@pim/kernel';

/** One 256-bit key and the id stored beside every value it seals. */
export interface SecretKey {
  readonly id: string;
  readonly key: Buffer;
}

const FORMAT = 'v1';
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM with a fresh 96-bit IV per value. Sealed form:
 * `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url). The format, key id and caller's context are
 * authenticated as associated data, so a value cannot be moved to another column or key id.
 *
 * The current key can change while the host runs (a rotation decided by another process). When
 * it names a key this host does not hold, sealing stops with {@link SecretSealingError} rather
 * than carrying on with a key the other hosts stopped using.
 */
export class AesGcmSecretCipher implements SecretCipher {
  readonly #keys = new Map<string, Buffer>();
  #currentKeyId: string;

  constructor(keys: readonly SecretKey[], currentKeyId: string) {
    const ids = new Set<string>();
    for (const { id } of keys) {
      if (ids.has(id)) throw new Error(`Secret key id "${id}" is given twice.`);
      ids.add(id);
    }
    this.addKeys(keys);
    if (!this.#keys.has(currentKeyId))
      throw new Error(`The current secret key "${currentKeyId}" is not among the keys.`);
    this.#currentKeyId = currentKeyId;
  }

  /** The key new values are sealed with (possibly one this host lacks: see {@link canSeal}). */
  get currentKeyId(): string {
    return this.#currentKeyId;
  }

  get keyIds(): readonly string[] {
    return [...this.#keys.keys()];
  }

  /** False while the current key is one this host does not hold. */
  get canSeal(): boolean {
    return this.#keys.has(this.#currentKeyId);
  }

  has(keyId: string): boolean {
    return this.#keys.has(keyId);
  }

  /** Adds keys (e.g. a key file that gained one); a known id must keep its material. */
  addKeys(keys: readonly SecretKey[]): void {
    for (const { id, key } of keys) {
      if (!KEY_ID.test(id))
        throw new Error(`Invalid secret key id "${id.slice(0, 40)}": use 1-32 letters, digits, _ or -.`);
      if (key.length !== 32) throw new Error(`Secret key "${id}" must be 32 bytes, not ${key.length}.`);
      const known = this.#keys.get(id);
      if (known !== undefined && !known.equals(key))
        throw new Error(`Secret key "${id}" changed its material: a key id must never be reused.`);
      this.#keys.set(id, Buffer.from(key));
    }
  }

  /** Seals new values with `keyId` from now on. */
  useKey(keyId: string): void {
    if (!KEY_ID.test(keyId)) throw new Error(`Invalid secret key id "${keyId.slice(0, 40)}".`);
    this.#currentKeyId = keyId;
  }

  encrypt(plaintext: string, context: string): string {
    const key = this.#keys.get(this.#currentKeyId);
    if (key === undefined)
      throw new SecretSealingError(
        this.#currentKeyId,
        `The current secret key "${this.#currentKeyId}" is not one this host holds.`,
      );
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(associatedData(this.#currentKeyId, context));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      FORMAT,
      this.#currentKeyId,
      iv.toString('base64url'),
      cipher.getAuthTag().toString('base64url'),
      ciphertext.toString('base64url'),
    ].join('.');
  }

  decrypt(sealed: string, context: string): string {
    const { keyId, iv, tag, ciphertext } = parse(sealed);
    const key = this.#keys.get(keyId);
    if (key === undefined)
      throw new SecretDecryptionError(
        'unknown-key',
        `The secret was sealed with key "${keyId}", which this host does not have.`,
      );
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(associatedData(keyId, context));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretDecryptionError(
        'tampered',
        'The sealed secret failed authentication: it was altered or belongs elsewhere.',
      );
    }
  }

  needsRotation(sealed: string): boolean {
    return parse(sealed).keyId !== this.#currentKeyId;
  }

  keyIdOf(sealed: string): string {
    return parse(sealed).keyId;
  }
}

function associatedData(keyId: string, context: string): Buffer {
  return Buffer.from(`${FORMAT}.${keyId}.${context}`, 'utf8');
}

function parse(sealed: string): { keyId: string; iv: Buffer; tag: Buffer; ciphertext: Buffer } {
  const parts = sealed.split('.');
  const [format, keyId, iv, tag, ciphertext] = parts;
  if (
    parts.length !== 5 ||
    format !== FORMAT ||
    keyId === undefined ||
    !KEY_ID.test(keyId) ||
    iv === undefined ||
    tag === undefined ||
    ciphertext === undefined
  ) {
    throw new SecretDecryptionError('malformed', 'The stored value is not a sealed secret.');
  }
  const ivBytes = Buffer.from(iv, 'base64url');
  const tagBytes = Buffer.from(tag, 'base64url');
  if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) {
    throw new SecretDecryptionError('malformed', 'The stored value is not a sealed secret.');
  }
  return { keyId, iv: ivBytes, tag: tagBytes, ciphertext: Buffer.from(ciphertext, 'base64url') };
}
