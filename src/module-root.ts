import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

/**
 * The package folder holding manifest.json. Found by walking up from this file, because the
 * depth differs between the sources (`src/`) and the build (`dist/src/`).
 */
export function moduleRootDir(): string {
  if (cached !== null) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 6; depth++) {
    if (existsSync(join(dir, 'manifest.json'))) return (cached = dir);
    dir = dirname(dir);
  }
  throw new Error('manifest.json of the bigcommerce module not found above ' + fileURLToPath(import.meta.url));
}
