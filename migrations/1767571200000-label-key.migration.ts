import { createHash } from 'node:crypto';

import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The label key as this migration computed it when it was released, copied from `labelKey` in
 * `src/domain.ts` so that the migration stays what it was when the domain changes (a released
 * migration is frozen; a new rule needs a new migration).
 */
function labelKey(label: string): string {
  const folded = label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .normalize('NFC');
  return createHash('sha256').update(folded, 'utf8').digest('hex');
}

/**
 * Labels unique the way a person reads them, on every engine: a `label_key` (see `labelKey`)
 * with a unique index replaces the unique index on the raw label, whose meaning depended on the
 * engine's collation. Labels that collide under the new rule (possible on PostgreSQL and SQLite)
 * keep their data; the later ones get a numbered suffix, e.g. "casedup (2)".
 */
export class BigcommerceLabelKey1767571200000 implements MigrationInterface {
  name = 'BigcommerceLabelKey1767571200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'bigcommerce_credentials',
      new TableColumn({ name: 'label_key', type: 'varchar', length: '64', isNullable: true }),
    );
    const rows = (await queryRunner.query('SELECT id, label FROM bigcommerce_credentials ORDER BY id')) as {
      id: number | string;
      label: string;
    }[];
    const taken = new Set<string>();
    for (const row of rows) {
      let label = row.label;
      for (let n = 2; taken.has(labelKey(label)); n++) label = `${row.label.slice(0, 240)} (${n})`;
      taken.add(labelKey(label));
      // Plain SQL: a migration must not depend on the entity, which already knows the new column.
      const [sql, parameters] = queryRunner.connection.driver.escapeQueryWithParameters(
        'UPDATE bigcommerce_credentials SET label = :label, label_key = :key WHERE id = :id',
        { label, key: labelKey(label), id: Number(row.id) },
      );
      await queryRunner.query(sql, parameters);
    }
    await queryRunner.dropIndex('bigcommerce_credentials', 'UQ_bigcommerce_credentials_label');
    await queryRunner.createIndex(
      'bigcommerce_credentials',
      new TableIndex({ name: 'UQ_bigcommerce_credentials_label_key', columnNames: ['label_key'], isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('bigcommerce_credentials', 'UQ_bigcommerce_credentials_label_key');
    await queryRunner.createIndex(
      'bigcommerce_credentials',
      new TableIndex({ name: 'UQ_bigcommerce_credentials_label', columnNames: ['label'], isUnique: true }),
    );
    await queryRunner.dropColumn('bigcommerce_credentials', 'label_key');
  }
}
