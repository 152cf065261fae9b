import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of this package (holding package.json and manifest.json), from sources or the build. */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 8; depth++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'manifest.json'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('package.json not found above the host.');
}
