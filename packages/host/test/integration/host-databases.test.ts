import bigcommerceModule from '../../../../src/index.js';
import { readHostConfig, bootHost } from '@pim/reference-host';
import { openScratch, tableNames } from '../../../../test/support/databases.js';
import { describeEachEngine } from '../../../../test/support/describe-each-engine.js';
import { HOST_LOCALES } from '../support/host-harness.js';
import { RecordingLogger } from '../../../../test/support/recording-logger.js';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describeEachEngine('the reference host on DATABASE_URL', (engine) => {
  it('boots, migrates host and module tables, creates the first admin, and migrates all the way down', async () => {
    if (engine === 'sqlite') {
      // The embedded default: no DATABASE_URL, a SQLite file in the data folder.
      const dataDir = mkdtempSync(join(tmpdir(), 'pim-sqlite-'));
      const kernel = await bootHost(readHostConfig({ PIM_DATA_DIR: dataDir }), {
        modules: [bigcommerceModule],
        logger: new RecordingLogger(),
        hostLocalesDir: HOST_LOCALES,
      });
      expect(kernel.dataSource.options.type).toBe('better-sqlite3');
      expect(String(kernel.dataSource.options.database)).toBe(join(dataDir, 'pim.sqlite'));
      await kernel.close();
      rmSync(dataDir, { recursive: true, force: true });
      return;
    }
    const scratch = await openScratch(engine, { migrate: false });
    await scratch.dataSource.destroy();
    const url = (scratch.scratch.options as { url: string }).url;
    const dataDir = mkdtempSync(join(tmpdir(), 'pim-db-'));
    // A shared database needs the keys every host shares: no per-host key file is made up.
    await expect(
      bootHost(readHostConfig({ PIM_DATA_DIR: dataDir, DATABASE_URL: url }), {
        modules: [bigcommerceModule],
        logger: new RecordingLogger(),
        hostLocalesDir: HOST_LOCALES,
      }),
    ).rejects.toThrow(/PIM_SECRET_KEYS is not set[\s\S]*No key file was generated/);
    expect(existsSync(join(dataDir, 'secret-keys.json'))).toBe(false);
    let printed = '';
    const kernel = await bootHost(
      readHostConfig({
        PIM_DATA_DIR: dataDir,
        DATABASE_URL: url,
        PIM_SECRET_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      }),
      {
        modules: [bigcommerceModule],
        logger: new RecordingLogger(),
        hostLocalesDir: HOST_LOCALES,
        onFirstAdmin: (email, password) => (printed = `${email} ${password}`),
      },
    );
    try {
      expect(printed).toMatch(/^admin@example\.com \S{16,}$/);
      const password = printed.split(' ')[1]!;
      expect(await kernel.users.authenticate('admin@example.com', password)).toMatchObject({ role: { all: true } });
      const tables = async () =>
        (await tableNames(kernel.dataSource)).filter((n) => /^(pim_|bigcommerce_)/.test(n) && n !== 'pim_migrations');
      expect(await tables()).toEqual([
        'bigcommerce_credential_history',
        'bigcommerce_credentials',
        'pim_host_instances',
        'pim_job_profiles',
        'pim_login_throttle',
        'pim_roles',
        'pim_secret_key_state',
        'pim_sessions',
        'pim_users',
      ]);
      for (let i = 0; i < kernel.dataSource.migrations.length; i++)
        await kernel.dataSource.undoLastMigration({ transaction: 'each' });
      expect(await tables()).toEqual([]);
    } finally {
      await kernel.close();
      await scratch.scratch.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
