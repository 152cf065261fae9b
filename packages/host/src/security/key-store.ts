import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
 * Keys from PIM_SECRET_KEYS, or from the key file in the data folder, which a first run on the
 * embedded SQLite database creates (mode 0600) with a warning: whoever holds that file can read
 * every stored secret. On a shared database a per-host key file would give each host a key of its
 * own, so a host there refuses to generate one and asks for PIM_SECRET_KEYS.
 */
export function loadKeyring(config: HostConfig, warn: (message: string) => void): Keyring {
  if (config.secretKeys !== null) {
    const keys = parseKeys(config.secretKeys);
    return { keys, currentKeyId: config.secretKeyId ?? keys[0]!.id, source: 'environment' };
  }
  const path = keyFilePath(config.dataDir);
  if (!existsSync(path)) {
    if (config.databaseUrl !== null) {
      throw new Error(
        'PIM_SECRET_KEYS is not set. On a shared database (DATABASE_URL) every host must seal secrets with the same keys: ' +
          'set PIM_SECRET_KEYS=id:base64-32-bytes on every host (e.g. k1:$(openssl rand -base64 32)). No key file was generated.',
      );
    }
    mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
    const id = `k${Date.now().toString(36)}`;
    writeKeyFile(path, { current: id, keys: { [id]: randomBytes(32).toString('base64') } });
    warn(
      `No PIM_SECRET_KEYS set: generated a secret key in ${path} (mode 0600). Back it up and keep it private; set PIM_SECRET_KEYS in production.`,
    );
  }
  const file = readKeyFile(path);
  return { keys: fileKeys(file), currentKeyId: config.secretKeyId ?? file.current, source: 'file' };
}

function readKeyFile(path: string): KeyFile {
  return JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
}

function fileKeys(file: KeyFile): SecretKey[] {
  return Object.entries(file.keys).map(([id, encoded]) => ({ id, key: Buffer.from(encoded, 'base64') }));
}

/**
 * The keys of the key file as it is now (a `rotate-keys` run may have added one), or null when
 * the keys come from the environment, which a running process cannot re-read.
 */
export function reloadKeys(config: HostConfig, source: Keyring['source']): SecretKey[] | null {
  return source === 'file' ? fileKeys(readKeyFile(keyFilePath(config.dataDir))) : null;
}

/** Adds a fresh key to the key file and makes it current; returns its id. */
export function addKeyToFile(dataDir: string): string {
  const path = keyFilePath(dataDir);
  const file = readKeyFile(path);
  const id = `k${Date.now().toString(36)}`;
  file.keys[id] = randomBytes(32).toString('base64');
  file.current = id;
  writeKeyFile(path, file);
  return id;
}

/** Written whole and renamed into place, so a host re-reading the file never sees half of it. */
function writeKeyFile(path: string, file: KeyFile): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

export { KEY_FILE };
