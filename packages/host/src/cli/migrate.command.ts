import type { HostConfig } from '../config/host-config.js';
import { withBootLock } from '../kernel/boot-lock.js';
import { startHost } from './start-host.js';

/**
 * `migrate up` runs every pending migration; `migrate down` undoes the last one. Both hold the
 * boot lock, so a deploy step and hosts starting meanwhile never migrate at the same time.
 */
export async function migrate(config: HostConfig, direction: string): Promise<void> {
  if (direction !== 'up' && direction !== 'down') throw new Error('migrate takes "up" or "down".');
  const kernel = await startHost(config, { migrate: false, announce: () => undefined });
  try {
    await withBootLock(kernel.dataSource, async () => {
      if (direction === 'up') {
        const applied = await kernel.dataSource.runMigrations({ transaction: 'each' });
        process.stdout.write(
          applied.length === 0 ? 'Nothing to migrate.\n' : applied.map((m) => `applied ${m.name}\n`).join(''),
        );
      } else {
        await kernel.dataSource.undoLastMigration({ transaction: 'each' });
        process.stdout.write('Undid the last migration.\n');
      }
    });
  } finally {
    await kernel.close();
  }
}
