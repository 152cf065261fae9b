import type { HostConfig } from '../config/host-config.js';
import { startHost } from './start-host.js';

/**
 * `pim <module>:<command> [arguments]`: boots the host (database, container, keys), then runs a
 * command a module registered, as the user "pim <command>" in `PIM_CLI_LOCALE` (default en_US),
 * so what it records in history says who did it. Resolves with the command's exit code.
 */
export async function runModuleCommand(config: HostConfig, name: string, args: readonly string[]): Promise<number> {
  const kernel = await startHost(config, { announce: () => undefined });
  try {
    const registration = kernel.registry.commandsByName.get(name);
    if (registration === undefined) {
      const known = kernel.registry.commands.map((c) => `  ${c.name} ${c.usage}`);
      process.stderr.write(
        `Unknown command "${name}". Commands of the loaded modules:\n${known.join('\n') || '  (none)'}\n`,
      );
      return 2;
    }
    const command = kernel.container.get(registration.command);
    const user = { id: 'cli', name: `pim ${name}`, locale: process.env.PIM_CLI_LOCALE ?? 'en_US' };
    return await kernel.requestContext.run(user, () =>
      command.run(args, {
        out: (line) => process.stdout.write(`${line}\n`),
        err: (line) => process.stderr.write(`${line}\n`),
      }),
    );
  } finally {
    await kernel.close();
  }
}
