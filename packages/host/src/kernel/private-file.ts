import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `dir/name`, with `dir` made (or kept) 0700 and the file made (or kept) 0600: for what only the
 * host's own user may read, such as the SQLite database (it holds the password hashes).
 */
export function privateFile(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const path = join(dir, name);
  closeSync(openSync(path, 'a', 0o600));
  chmodSync(path, 0o600);
  return path;
}
