import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import semver from 'semver';

import { KERNEL_CONTRACT_VERSION, type ModuleDefinition } from '@pim/kernel';

/** The static facts of a module, read before any of its code runs. */
export interface ModuleManifest {
  readonly id: string;
  readonly version: string;
  readonly kernel: string;
  readonly entry: string;
  readonly locales: string;
  readonly permissions: readonly string[];
}

/**
 * Loads a module the way any host would: reads its manifest.json, checks the kernel range,
 * imports its entry and takes the default export.
 */
export async function loadModule(
  moduleDir: string,
): Promise<{ manifest: ModuleManifest; definition: ModuleDefinition }> {
  const manifest = JSON.parse(readFileSync(join(moduleDir, 'manifest.json'), 'utf8')) as ModuleManifest;
  if (!semver.satisfies(KERNEL_CONTRACT_VERSION, manifest.kernel)) {
    throw new Error(
      `Module "${manifest.id}" needs kernel ${manifest.kernel}; this host offers ${KERNEL_CONTRACT_VERSION}.`,
    );
  }
  const imported = (await import(pathToFileURL(join(moduleDir, manifest.entry)).href)) as {
    default?: ModuleDefinition;
  };
  const definition = imported.default;
  if (definition === undefined || typeof definition.register !== 'function')
    throw new Error(`Module "${manifest.id}" has no module definition as its default export.`);
  if (definition.id !== manifest.id)
    throw new Error(`Module "${manifest.id}" exports a definition with id "${definition.id}".`);
  return { manifest, definition };
}
