import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

const TABLE = 'bigcommerce_credentials';
/** Column → the flag of the capabilities JSON it copies, as this release stores them. */
const FLAGS = {
  can_write_products: 'productsWrite',
  can_read_products: 'productsRead',
  can_read_channels: 'channelsRead',
};

/**
 * Columns a job filter asks instead of searching the capabilities JSON with `LIKE`: one boolean per
 * capability a job may require, filled from the JSON of every stored credential. The rule is
 * copied here (a released migration is frozen): a flag is true when the JSON holds `true` for it.
 */
export class BigcommerceCapabilityFlags1768003200000 implements MigrationInterface {
  name = 'BigcommerceCapabilityFlags1768003200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const name of Object.keys(FLAGS))
      await queryRunner.addColumn(TABLE, new TableColumn({ name, type: 'boolean', default: false }));
    const rows = (await queryRunner.query(`SELECT id, capabilities FROM ${TABLE}`)) as {
      id: number | string;
      capabilities: string | null;
    }[];
    for (const row of rows) {
      const parsed = row.capabilities === null ? {} : (JSON.parse(row.capabilities) as Record<string, unknown>);
      const values = Object.fromEntries(Object.entries(FLAGS).map(([column, flag]) => [column, parsed[flag] === true]));
      const [sql, parameters] = queryRunner.connection.driver.escapeQueryWithParameters(
        `UPDATE ${TABLE} SET ${Object.keys(FLAGS)
          .map((c) => `${c} = :${c}`)
          .join(', ')} WHERE id = :id`,
        { ...values, id: Number(row.id) },
      );
      await queryRunner.query(sql, parameters);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of Object.keys(FLAGS).reverse()) await queryRunner.dropColumn(TABLE, name);
  }
}
