import { parseArgs } from 'node:util';

import type { HostConfig } from '../config/host-config.js';
import { startHost } from './start-host.js';

/** `add-user --email E --name N --password P --role R [--permissions all|key,key]` (required when R is a new role). */
export async function addUser(config: HostConfig, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      permissions: { type: 'string' },
    },
  });
  if (!values.email || !values.password || !values.role)
    throw new Error('add-user needs --email, --password and --role.');
  const kernel = await startHost(config, { announce: () => undefined });
  try {
    const aclKeys = new Set(kernel.registry.acl.map((a) => a.key));
    const permissions =
      values.permissions === undefined
        ? undefined
        : values.permissions === 'all'
          ? 'all'
          : values.permissions
              .split(',')
              .map((k) => k.trim())
              .filter(Boolean);
    if (Array.isArray(permissions))
      for (const key of permissions)
        if (!aclKeys.has(key)) throw new Error(`Unknown permission key "${key}". Known: ${[...aclKeys].join(', ')}`);
    const id = await kernel.users.addUser({
      email: values.email,
      name: values.name ?? values.email,
      password: values.password,
      role: values.role,
      permissions,
    });
    process.stdout.write(`Added user #${id} ${values.email} with role ${values.role}.\n`);
  } finally {
    await kernel.close();
  }
}
