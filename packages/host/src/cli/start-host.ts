import type { HostConfig } from '../config/host-config.js';
import { ConsoleLogger } from '../kernel/console-logger.js';
import { bootHost, type HostKernel } from '../kernel/host-kernel.js';
import { readModuleIcons } from '../kernel/module-icons.js';
import { loadModules } from '../kernel/module-loader.js';
import { defaultModuleDirs, hostLocalesDir } from './package-dirs.js';

/** The module folders to load: PIM_MODULES (comma-separated), else the repository this host belongs to and its workspace modules. */
export function moduleDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const configured = env.PIM_MODULES?.trim();
  if (!configured) return defaultModuleDirs();
  return configured
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
}

/** Loads the modules through their manifests (with their icons) and boots the host with them. */
export async function startHost(
  config: HostConfig,
  options: { migrate?: boolean; announce?: (line: string) => void } = {},
): Promise<HostKernel> {
  const announce = options.announce ?? ((line: string) => process.stdout.write(`${line}\n`));
  const loaded = await loadModules(moduleDirs());
  const level = (process.env.PIM_LOG_LEVEL ?? 'info') as 'debug' | 'info' | 'warn' | 'error';
  return bootHost(config, {
    modules: loaded.map((m) => m.definition),
    icons: readModuleIcons(loaded),
    logger: new ConsoleLogger(level),
    hostLocalesDir: hostLocalesDir(),
    migrate: options.migrate,
    onFirstAdmin: (email, password) =>
      announce(
        password === null
          ? `Created the first admin ${email} with the password from PIM_ADMIN_PASSWORD.`
          : `Created the first admin ${email}. Password (shown once, keep it safe): ${password}`,
      ),
  });
}
