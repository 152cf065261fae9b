import type { DataSource } from 'typeorm';

import { tableNames, useScratchDatabase } from '../support/databases.js';
import { describeEachEngine } from '../support/describe-each-engine.js';

async function moduleTables(dataSource: DataSource): Promise<string[]> {
  return (await tableNames(dataSource)).filter((name) => name.startsWith('bigcommerce_'));
}

describeEachEngine('migrations', (engine) => {
  const scratch = useScratchDatabase(engine, { migrate: false });

  it('runs up, down and up again, leaving no bigcommerce_ table after down', async () => {
    const { dataSource } = scratch();
    const count = dataSource.migrations.length;
    expect(count).toBeGreaterThan(0);

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await moduleTables(dataSource)).toEqual(['bigcommerce_credential_history', 'bigcommerce_credentials']);

    for (let i = 0; i < count; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await moduleTables(dataSource)).toEqual([]);

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await moduleTables(dataSource)).toEqual(['bigcommerce_credential_history', 'bigcommerce_credentials']);
  });

  it('creates a unique index on the label key (not the raw label), text columns for both sealed secrets, and the list indexes', async () => {
    const table = await scratch().dataSource.createQueryRunner().getTable('bigcommerce_credentials');
    expect(table).toBeDefined();
    expect(table!.indices.find((i) => i.isUnique && i.columnNames.join() === 'label_key')).toBeDefined();
    expect(table!.indices.find((i) => i.isUnique && i.columnNames.join() === 'label')).toBeUndefined();
    const statusLabel = table!.indices.find((i) => [...i.columnNames].sort().join() === 'label,status');
    expect(statusLabel).toBeDefined();
    for (const column of ['client_secret_sealed', 'access_token_sealed']) {
      expect(table!.findColumnByName(column)?.type).toBe('text');
    }
    expect(table!.findColumnByName('label')?.length).toBe('255');
    // A store's lists can outgrow MySQL's 64 KiB text: up to 500 storefronts are remembered.
    const lists = table!.findColumnByName('store_lists')?.type;
    expect(lists).toBe(engine === 'mariadb' ? 'mediumtext' : 'text');
  });
});
