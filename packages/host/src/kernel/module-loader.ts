import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import semver from 'semver';

import { checkManifest, KERNEL_CONTRACT_VERSION, type ModuleDefinition, type ModuleManifest } from '@pim/kernel';

/**
 * Loads a module the way any host would: reads its manifest.json and checks it against the
 * kernel's manifest schema, checks the kernel range,
 * imports its entry and takes the default export.
 */
export async function loadModule(
  moduleDir: string,
): Promise<{ manifest: ModuleManifest; definition: ModuleDefinition }> {
  const parsed = JSON.parse(readFileSync(join(moduleDir, 'manifest.json'), 'utf8')) as unknown;
  const problems = checkManifest(parsed);
  if (problems.length > 0) throw new Error(`The manifest.json in ${moduleDir} is not valid: ${problems.join('; ')}.`);
  const manifest = parsed as ModuleManifest;
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
