import { randomBytes } from 'node:crypto';

import { SecretDecryptionError } from '@pim/kernel';
import { AesGcmSecretCipher } from '../../src/security/aes-gcm-secret-cipher.js';

const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };
const CONTEXT = 'bigcommerce.credential.access_token';

function reason(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof SecretDecryptionError) return error.reason;
    throw error;
  }
  throw new Error('expected a SecretDecryptionError');
}

describe('AES-256-GCM secret cipher', () => {
  const cipher = new AesGcmSecretCipher([k1], 'k1');

  it('round-trips, with a fresh IV every time and no plaintext in the sealed value', () => {
    const secret = 'tok_31charslowercasealphanumeric ünïcødé';
    const a = cipher.encrypt(secret, CONTEXT);
    const b = cipher.encrypt(secret, CONTEXT);
    expect(a).not.toBe(b);
    expect(a.startsWith('v1.k1.')).toBe(true);
    expect(a).not.toContain('tok_31');
    expect(cipher.decrypt(a, CONTEXT)).toBe(secret);
    expect(cipher.decrypt(b, CONTEXT)).toBe(secret);
    expect(cipher.decrypt(cipher.encrypt('', CONTEXT), CONTEXT)).toBe('');
  });

  it('detects tampering with the ciphertext, the tag, the IV or the key id', () => {
    const sealed = cipher.encrypt('secret-value', CONTEXT);
    const parts = sealed.split('.');
    const flip = (index: number) => {
      const copy = [...parts];
      const bytes = Buffer.from(copy[index]!, 'base64url');
      bytes[0] = bytes[0]! ^ 1;
      copy[index] = bytes.toString('base64url');
      return copy.join('.');
    };
    expect(reason(() => cipher.decrypt(flip(4), CONTEXT))).toBe('tampered');
    expect(reason(() => cipher.decrypt(flip(3), CONTEXT))).toBe('tampered');
    expect(reason(() => cipher.decrypt(flip(2), CONTEXT))).toBe('tampered');
    expect(reason(() => cipher.decrypt('not a sealed value', CONTEXT))).toBe('malformed');
  });

  it('refuses a value sealed for another context', () => {
    const sealed = cipher.encrypt('secret-value', 'bigcommerce.credential.client_secret');
    expect(reason(() => cipher.decrypt(sealed, CONTEXT))).toBe('tampered');
  });

  it('refuses an unknown key id, and reads old keys after a rotation', () => {
    const sealedWithK2 = new AesGcmSecretCipher([k2], 'k2').encrypt('secret-value', CONTEXT);
    expect(reason(() => cipher.decrypt(sealedWithK2, CONTEXT))).toBe('unknown-key');

    const rotated = new AesGcmSecretCipher([k1, k2], 'k2');
    const old = cipher.encrypt('secret-value', CONTEXT);
    expect(rotated.needsRotation(old)).toBe(true);
    expect(rotated.decrypt(old, CONTEXT)).toBe('secret-value');
    const fresh = rotated.encrypt('secret-value', CONTEXT);
    expect(rotated.needsRotation(fresh)).toBe(false);
  });

  it('never puts secret material in its errors', () => {
    const sealed = cipher.encrypt('hunter2-secret', CONTEXT);
    try {
      new AesGcmSecretCipher([k2], 'k2').decrypt(sealed, CONTEXT);
    } catch (error) {
      expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).not.toContain('hunter2');
      expect((error as Error).message).not.toContain(sealed.split('.')[4]);
    }
    expect.assertions(2);
  });

  it('refuses weak or inconsistent key sets', () => {
    expect(() => new AesGcmSecretCipher([{ id: 'short', key: randomBytes(16) }], 'short')).toThrow(/32 bytes/);
    expect(() => new AesGcmSecretCipher([k1], 'k9')).toThrow(/not among/);
    expect(() => new AesGcmSecretCipher([k1, { id: 'k1', key: randomBytes(32) }], 'k1')).toThrow(/twice/);
    expect(() => new AesGcmSecretCipher([{ id: 'bad.id', key: randomBytes(32) }], 'bad.id')).toThrow(
      /Invalid secret key id/,
    );
  });
});
