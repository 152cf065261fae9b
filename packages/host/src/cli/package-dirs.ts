import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function ancestors(start: string): string[] {
  const dirs: string[] = [];
  for (let dir = start; dirs.length < 10; dir = dirname(dir)) {
    dirs.push(dir);
    if (dirname(dir) === dir) break;
  }
  return dirs;
}

const here = dirname(fileURLToPath(import.meta.url));

/** The folder of the reference host's package (holding its package.json and locales), from sources or the build. */
export function hostPackageDir(): string {
  const dir = ancestors(here).find((d) => existsSync(join(d, 'package.json')));
  if (dir === undefined) throw new Error('The package.json of the reference host was not found.');
  return dir;
}

/**
 * The module folders to load when PIM_MODULES is unset: the repository this host is part of (the
 * nearest folder above the host package holding a module manifest), and each of its workspace
 * packages that holds one.
 */
export function defaultModuleDirs(): string[] {
  const root = ancestors(dirname(hostPackageDir())).find((d) => existsSync(join(d, 'manifest.json')));
  if (root === undefined)
    throw new Error('No module to load: set PIM_MODULES to the folders of the modules (each holding a manifest.json).');
  const packages = join(root, 'packages');
  const workspaces = existsSync(packages)
    ? readdirSync(packages)
        .sort()
        .map((name) => join(packages, name))
        .filter((dir) => existsSync(join(dir, 'manifest.json')))
    : [];
  return [root, ...workspaces];
}

/** The host's own messages (login page, pagination, ...), one JSON file per locale. */
export function hostLocalesDir(): string {
  return join(hostPackageDir(), 'locales');
}
