import { randomBytes } from 'node:crypto';

import { SecretDecryptionError, SecretSealingError } from '../../src/host-services.js';
import { TestCipher } from '../../src/testing/test-services.js';

describe("the test kit's cipher", () => {
  const k1 = { id: 'k1', key: randomBytes(32) };
  const k2 = { id: 'k2', key: randomBytes(32) };

  it('seals for a context, names its key, and opens only with that context', () => {
    const cipher = new TestCipher([k1], 'k1');
    const sealed = cipher.encrypt('tok-secret', 'ctx.a');
    expect(sealed).not.toContain('tok-secret');
    expect(cipher.keyIdOf(sealed)).toBe('k1');
    expect(cipher.decrypt(sealed, 'ctx.a')).toBe('tok-secret');
    expect(() => cipher.decrypt(sealed, 'ctx.b')).toThrow(SecretDecryptionError);
    const parts = sealed.split('.');
    const data = parts[3]!;
    const altered = [...parts.slice(0, 3), `${data[0] === 'A' ? 'B' : 'A'}${data.slice(1)}`].join('.');
    expect(() => cipher.decrypt(altered, 'ctx.a')).toThrow(SecretDecryptionError);
    expect(() => cipher.keyIdOf('plain')).toThrow(SecretDecryptionError);
  });

  it('rotates: old values still open, need rotation, and a missing current key refuses to seal', () => {
    const cipher = new TestCipher([k1, k2], 'k1');
    const old = cipher.encrypt('v', 'c');
    cipher.current = 'k2';
    expect(cipher.needsRotation(old)).toBe(true);
    expect(cipher.decrypt(old, 'c')).toBe('v');
    expect(cipher.needsRotation(cipher.encrypt('v', 'c'))).toBe(false);
    cipher.current = 'k9';
    expect(() => cipher.encrypt('v', 'c')).toThrow(SecretSealingError);
    expect(() => new TestCipher([k2], 'k2').decrypt(old, 'c')).toThrow(SecretDecryptionError);
  });
});
