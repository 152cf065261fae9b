import { createHash } from 'node:crypto';
import { readFileSync, realpathSync } from 'node:fs';
import { resolve, sep } from 'node:path';

import type { LoadedModule } from './module-loader.js';

/** Larger than any sidebar icon: a bigger file is refused at start. */
const MAX_ICON_BYTES = 32 * 1024;

/** The icons modules ship (SVG files their manifests list), by module id and name, read once at start. */
export class ModuleIcons {
  readonly #files: ReadonlyMap<string, ReadonlyMap<string, Buffer>>;
  /** The hash of every icon: part of their URLs, so they can be cached for good. */
  readonly hash: string;

  constructor(files: ReadonlyMap<string, ReadonlyMap<string, Buffer>> = new Map()) {
    this.#files = files;
    const hash = createHash('sha256');
    for (const [module, icons] of [...files].sort(([a], [b]) => a.localeCompare(b)))
      for (const [name, bytes] of [...icons].sort(([a], [b]) => a.localeCompare(b)))
        hash.update(`${module}/${name}\0`).update(bytes);
    this.hash = hash.digest('hex').slice(0, 16);
  }

  get(module: string, name: string): Buffer | undefined {
    return this.#files.get(module)?.get(name);
  }

  has(module: string, name: string): boolean {
    return this.get(module, name) !== undefined;
  }
}

/** One icon file: inside its module's folder, small, and an SVG document. */
function readIcon(module: LoadedModule, name: string, path: string): Buffer {
  const root = realpathSync(module.dir);
  const file = realpathSync(resolve(module.dir, path));
  if (!file.startsWith(`${root}${sep}`))
    throw new Error(`Module "${module.manifest.id}": icon "${name}" (${path}) is outside the module's folder.`);
  const bytes = readFileSync(file);
  if (bytes.length > MAX_ICON_BYTES)
    throw new Error(`Module "${module.manifest.id}": icon "${name}" is larger than ${MAX_ICON_BYTES} bytes.`);
  if (!/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/.test(bytes.toString('utf8', 0, 512)))
    throw new Error(`Module "${module.manifest.id}": icon "${name}" is not an SVG document.`);
  return bytes;
}

/** The icons the loaded modules' manifests list. */
export function readModuleIcons(modules: readonly LoadedModule[]): ModuleIcons {
  const files = new Map<string, Map<string, Buffer>>();
  for (const module of modules) {
    const icons = new Map<string, Buffer>();
    for (const [name, path] of Object.entries(module.manifest.icons ?? {}))
      icons.set(name, readIcon(module, name, path));
    if (icons.size > 0) files.set(module.manifest.id, icons);
  }
  return new ModuleIcons(files);
}
