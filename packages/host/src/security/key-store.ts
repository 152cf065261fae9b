import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { HostConfig } from '../config/host-config.js';
import type { SecretKey } from './aes-gcm-secret-cipher.js';

/** The keys the host seals secrets with, and which one is current. */
export interface Keyring {
  readonly keys: readonly SecretKey[];
  readonly currentKeyId: string;
  /** Where the keys came from: the environment, or the generated key file. */
  readonly source: 'environment' | 'file';
}

interface KeyFile {
  current: string;
  keys: Record<string, string>;
}

const KEY_FILE = 'secret-keys.json';

export function keyFilePath(dataDir: string): string {
  return join(dataDir, KEY_FILE);
}

function parseKeys(spec: string): SecretKey[] {
  return spec.split(',').map((entry) => {
    const [id, encoded] = entry.trim().split(':');
    if (!id || !encoded) throw new Error('PIM_SECRET_KEYS must look like "id:base64key[,id2:base64key]".');
    return { id, key: Buffer.from(encoded, 'base64') };
  });
}

/**
 * Keys from PIM_SECRET_KEYS, or from the key file in the data folder, which a first run creates
 * (mode 0600) with a warning: whoever holds that file can read every stored secret.
 */
export function loadKeyring(config: HostConfig, warn: (message: string) => void): Keyring {
  if (config.secretKeys !== null) {
    const keys = parseKeys(config.secretKeys);
    return { keys, currentKeyId: config.secretKeyId ?? keys[0]!.id, source: 'environment' };
  }
  const path = keyFilePath(config.dataDir);
  if (!existsSync(path)) {
    mkdirSync(config.dataDir, { recursive: true });
    const id = `k${Date.now().toString(36)}`;
    writeKeyFile(path, { current: id, keys: { [id]: randomBytes(32).toString('base64') } });
    warn(`No PIM_SECRET_KEYS set: generated a secret key in ${path} (mode 0600). Back it up and keep it private; set PIM_SECRET_KEYS in production.`);
  }
  const file = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
  return {
    keys: Object.entries(file.keys).map(([id, encoded]) => ({ id, key: Buffer.from(encoded, 'base64') })),
    currentKeyId: config.secretKeyId ?? file.current,
    source: 'file',
  };
}

/** Adds a fresh key to the key file and makes it current; returns its id. */
export function addKeyToFile(dataDir: string): string {
  const path = keyFilePath(dataDir);
  const file = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
  const id = `k${Date.now().toString(36)}`;
  file.keys[id] = randomBytes(32).toString('base64');
  file.current = id;
  writeKeyFile(path, file);
  return id;
}

function writeKeyFile(path: string, file: KeyFile): void {
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
}

export { KEY_FILE };
