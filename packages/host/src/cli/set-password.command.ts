import { parseArgs } from 'node:util';

import type { HostConfig } from '../config/host-config.js';
import { SessionStore } from '../security/session-store.js';
import { startHost } from './start-host.js';

/** `set-password --email E --password P`: a new password, and the user signed out on every host. */
export async function setPassword(config: HostConfig, args: readonly string[]): Promise<void> {
  const { values } = parseArgs({
    args: [...args],
    options: { email: { type: 'string' }, password: { type: 'string' } },
  });
  if (!values.email || !values.password) throw new Error('set-password needs --email and --password.');
  const kernel = await startHost(config, { announce: () => undefined });
  try {
    const id = await kernel.users.setPassword(values.email, values.password);
    if (id === null) throw new Error(`No user has the e-mail ${values.email}.`);
    const ended = await new SessionStore(kernel.dataSource).destroyForUser(id);
    process.stdout.write(`Password of ${values.email} changed; ${ended} session(s) signed out.\n`);
  } finally {
    await kernel.close();
  }
}
