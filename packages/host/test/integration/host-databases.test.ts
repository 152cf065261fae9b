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

const bootOptions = () => ({
  modules: [bigcommerceModule],
  logger: new RecordingLogger(),
  hostLocalesDir: HOST_LOCALES,
});

describeEachEngine('the reference host on DATABASE_URL', (engine) => {
  if (engine === 'sqlite') {
    it('boots on a SQLite file in the data folder when no DATABASE_URL is set (the embedded default)', async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'pim-sqlite-'));
      try {
        const kernel = await bootHost(readHostConfig({ PIM_DATA_DIR: dataDir }), bootOptions());
        expect(kernel.dataSource.options.type).toBe('better-sqlite3');
        expect(String(kernel.dataSource.options.database)).toBe(join(dataDir, 'pim.sqlite'));
        await kernel.close();
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
    return;
  }

  let url: string;
  let dataDir: string;
  let scratch: Awaited<ReturnType<typeof openScratch>>;
  beforeEach(async () => {
    scratch = await openScratch(engine, { migrate: false });
    await scratch.dataSource.destroy();
    url = (scratch.scratch.options as { url: string }).url;
    dataDir = mkdtempSync(join(tmpdir(), 'pim-db-'));
  });
  afterEach(async () => {
    await scratch.scratch.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses to make up a secret key for a shared database: every host needs the same keys', async () => {
    await expect(bootHost(readHostConfig({ PIM_DATA_DIR: dataDir, DATABASE_URL: url }), bootOptions())).rejects.toThrow(
      /PIM_SECRET_KEYS is not set[\s\S]*No key file was generated/,
    );
    expect(existsSync(join(dataDir, 'secret-keys.json'))).toBe(false);
  });

  it('boots, migrates host and module tables, creates the first admin, and migrates all the way down', async () => {
    let printed = '';
    const kernel = await bootHost(
      readHostConfig({
        PIM_DATA_DIR: dataDir,
        DATABASE_URL: url,
        PIM_SECRET_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      }),
      { ...bootOptions(), onFirstAdmin: (email, password) => (printed = `${email} ${password}`) },
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
    }
  });
});
