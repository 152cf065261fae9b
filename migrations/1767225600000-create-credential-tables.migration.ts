import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * The credentials and their history. Written with the schema builder so the same migration runs
 * on MariaDB, PostgreSQL and SQLite; ids are `integer` because SQLite refuses auto-increment on
 * anything else, and PostgreSQL has no `datetime`.
 */
export class BigcommerceCreateCredentialTables1767225600000 implements MigrationInterface {
  name = 'BigcommerceCreateCredentialTables1767225600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const dateType = queryRunner.connection.driver.options.type === 'postgres' ? 'timestamp' : 'datetime';
    const id: TableColumnOptions = {
      name: 'id',
      type: 'integer',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment',
    };

    await queryRunner.createTable(
      new Table({
        name: 'bigcommerce_credentials',
        columns: [
          id,
          { name: 'label', type: 'varchar', length: '255' },
          { name: 'api_url', type: 'varchar', length: '255' },
          { name: 'store_hash', type: 'varchar', length: '64' },
          { name: 'client_id', type: 'varchar', length: '255' },
          { name: 'client_secret_sealed', type: 'text' },
          { name: 'access_token_sealed', type: 'text' },
          { name: 'status', type: 'boolean' },
          { name: 'default_currency', type: 'varchar', length: '3', isNullable: true },
          { name: 'default_locale', type: 'varchar', length: '35', isNullable: true },
          { name: 'locale_mapping', type: 'text', isNullable: true },
          { name: 'currency_mapping', type: 'text', isNullable: true },
          { name: 'store_name', type: 'varchar', length: '255', isNullable: true },
          { name: 'verified_at', type: dateType, isNullable: true },
          { name: 'verification_outcome', type: 'varchar', length: '64', isNullable: true },
          { name: 'capabilities', type: 'text', isNullable: true },
          { name: 'version', type: 'integer' },
          { name: 'created_at', type: dateType },
          { name: 'updated_at', type: dateType },
        ],
        indices: [
          // The database, not the application, guarantees one credential per label (races included).
          new TableIndex({ name: 'UQ_bigcommerce_credentials_label', columnNames: ['label'], isUnique: true }),
          // The provider lists active credentials ordered by label; the grid filters by status.
          new TableIndex({ name: 'IDX_bigcommerce_credentials_status_label', columnNames: ['status', 'label'] }),
          new TableIndex({ name: 'IDX_bigcommerce_credentials_store_hash', columnNames: ['store_hash'] }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'bigcommerce_credential_history',
        columns: [
          id,
          { name: 'credential_id', type: 'integer' },
          { name: 'event', type: 'varchar', length: '32' },
          { name: 'user_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'user_name', type: 'varchar', length: '255', isNullable: true },
          { name: 'occurred_at', type: dateType },
          { name: 'changes', type: 'text' },
        ],
        indices: [
          new TableIndex({
            name: 'IDX_bigcommerce_credential_history_credential',
            columnNames: ['credential_id', 'occurred_at'],
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('bigcommerce_credential_history');
    await queryRunner.dropTable('bigcommerce_credentials');
  }
}
