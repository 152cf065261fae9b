import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import semver from 'semver';

import { checkManifest, KERNEL_CONTRACT_VERSION, type ModuleDefinition, type ModuleManifest } from '@pim/kernel';

/** A module as a host found it: its manifest, its definition and its folder. */
export interface LoadedModule {
  readonly manifest: ModuleManifest;
  readonly definition: ModuleDefinition;
  readonly dir: string;
}

/**
 * Loads a module the way any host would: reads its manifest.json and checks it against the
 * kernel's manifest schema, checks the kernel range, imports its entry and takes the default export.
 */
export async function loadModule(moduleDir: string): Promise<LoadedModule> {
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
  return { manifest, definition, dir: moduleDir };
}

/**
 * What keeps a set of modules from being served together: a module loaded twice, or one whose
 * `requires` names a module that is not loaded, or whose version is outside the range it needs.
 */
export function requirementProblems(modules: readonly LoadedModule[]): string[] {
  const versions = new Map<string, string>();
  const problems: string[] = [];
  for (const { manifest } of modules) {
    if (versions.has(manifest.id)) problems.push(`module "${manifest.id}" is loaded twice`);
    versions.set(manifest.id, manifest.version);
  }
  for (const { manifest } of modules)
    for (const [id, range] of Object.entries(manifest.requires ?? {})) {
      const version = versions.get(id);
      if (version === undefined)
        problems.push(
          `module "${manifest.id}" needs module "${id}" ${range}, which is not loaded (add it to PIM_MODULES)`,
        );
      else if (!semver.satisfies(version, range))
        problems.push(`module "${manifest.id}" needs module "${id}" ${range}; "${id}" ${version} is loaded`);
    }
  return problems;
}

/** Loads every module folder, in order, and refuses a set whose requirements are not met. */
export async function loadModules(dirs: readonly string[]): Promise<LoadedModule[]> {
  const modules: LoadedModule[] = [];
  for (const dir of dirs) modules.push(await loadModule(dir));
  const problems = requirementProblems(modules);
  if (problems.length > 0) throw new Error(`The modules cannot be served together:\n- ${problems.join('\n- ')}`);
  return modules;
}
