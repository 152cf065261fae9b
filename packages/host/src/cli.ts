import 'reflect-metadata';

import { readHostConfig } from './config/host-config.js';
import { addUser } from './cli/add-user.command.js';
import { checkJob } from './cli/check-job.command.js';
import { migrate } from './cli/migrate.command.js';
import { runModuleCommand } from './cli/module-command.js';
import { rotateKeys } from './cli/rotate-keys.command.js';
import { serve } from './cli/serve.command.js';
import { setPassword } from './cli/set-password.command.js';

const USAGE = `Usage: pim <command>   (from the repository: npm run pim -- <command>)
  serve                 serve the admin on HOST:PORT (default 127.0.0.1:3000)
  migrate up|down       run every pending migration, or undo the last one
  add-user --email E --name N --password P --role R [--permissions all|key,key]
  set-password --email E --password P   and sign that user out everywhere
  rotate-keys [--key-id K]              make K (a new key in the key file, or one of
                        PIM_SECRET_KEYS) the key of every host, and re-seal every secret
  check-job <code>      check a job with its saved profile, as "Check this job" does
                        (exit 1 when it would not run; an unknown code lists the jobs)
  <module>:<command> [arguments]        a command a loaded module adds (an unknown
                        one lists them)`;

// Whatever the host writes (the SQLite database, the key file, lock files) is for its own user only.
process.umask(0o077);

const [command, ...args] = process.argv.slice(2);
const config = readHostConfig();
const commands: Record<string, () => Promise<void>> = {
  serve: () => serve(config),
  migrate: () => migrate(config, args[0] ?? 'up'),
  'add-user': () => addUser(config, args),
  'set-password': () => setPassword(config, args),
  'rotate-keys': () => rotateKeys(config, args),
  'check-job': async () => {
    process.exitCode = await checkJob(config, args);
  },
};

const moduleCommand =
  command !== undefined && command.includes(':')
    ? async () => {
        process.exitCode = await runModuleCommand(config, command, args);
      }
    : undefined;
const run = command === undefined ? undefined : (commands[command] ?? moduleCommand);
if (run === undefined) {
  process.stderr.write(`${USAGE}\n`);
  process.exitCode = 2;
} else {
  run().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
