import type { ServiceClass } from './contribution.js';

/**
 * Where a module command writes: lines for people (standard output) and problems (standard error).
 * @public
 * @since 2.1.0
 */
export interface CommandOutput {
  out(line: string): void;
  err(line: string): void;
}

/**
 * A command a module adds to its host's command line (`pim <name> [arguments]`), for work an
 * operator or a cron job runs: a host boots (database, container, keys) and then runs it, as a
 * user of its own with its locale, so history entries say who did it.
 * @public
 * @since 2.1.0
 */
export interface ModuleCommand {
  /** Runs with the arguments after the name; resolves with the exit code (0: success). */
  run(args: readonly string[], output: CommandOutput): Promise<number>;
}

/**
 * A registered command. `name` starts with the module id and a colon (`bigcommerce:recheck`), so
 * modules never take each other's names or the host's own.
 * @public
 * @since 2.1.0
 */
export interface CommandRegistration {
  readonly name: string;
  /** The command's class, bound by the module (since 3.0.0; was a token). */
  readonly command: ServiceClass<ModuleCommand>;
  /** One line for the host's usage text: the arguments, two spaces, what it does. */
  readonly usage: string;
}
