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

  it('fills the capability flag columns from the capabilities JSON of every credential already stored', async () => {
    const { dataSource } = scratch();
    await dataSource.undoLastMigration({ transaction: 'each' });
    const insert = (id: number, capabilities: string | null) =>
      dataSource.query(
        ...dataSource.driver.escapeQueryWithParameters(
          `INSERT INTO bigcommerce_credentials (id, label, label_key, api_url, store_hash, client_id, client_secret_sealed,
            access_token_sealed, status, capabilities, version, created_at, updated_at)
           VALUES (:id, :label, :key, 'https://api.bigcommerce.com/stores/s/', 's', 'c', 'x', 'x', :active, :capabilities, 1, :now, :now)`,
          { id, label: `L${id}`, key: `k${id}`, active: true, capabilities, now: new Date() },
        ),
      );
    await insert(
      1,
      JSON.stringify({ informationRead: true, productsRead: true, productsWrite: true, channelsRead: true }),
    );
    await insert(2, JSON.stringify({ informationRead: true, productsRead: true, productsWrite: false }));
    await insert(3, null);
    await dataSource.runMigrations({ transaction: 'each' });
    const rows = await dataSource.query<Record<string, unknown>[]>(
      'SELECT id, can_write_products AS w, can_read_products AS r, can_read_channels AS ch FROM bigcommerce_credentials ORDER BY id',
    );
    const flag = (value: unknown) => value === true || Number(value) === 1;
    expect(rows.map((r) => [Number(r.id), flag(r.w), flag(r.r), flag(r.ch)])).toEqual([
      [1, true, true, true],
      [2, false, true, false],
      [3, false, false, false],
    ]);
    await dataSource.query('DELETE FROM bigcommerce_credentials');
  });
});
