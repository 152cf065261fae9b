import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Messages } from '../kernel/index.js';
import { moduleRootDir } from '../module-root.js';

/** Reads every `locales/<locale>.json` of the module, as named by manifest.json. */
export function loadModuleTranslations(): ReadonlyMap<string, Messages> {
  const root = moduleRootDir();
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { locales: string };
  const dir = join(root, manifest.locales);
  const translations = new Map<string, Messages>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')).sort()) {
    translations.set(file.slice(0, -'.json'.length), JSON.parse(readFileSync(join(dir, file), 'utf8')) as Messages);
  }
  return translations;
}
