import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The id of the key that sealed both secrets of a credential, written with them. It lets a host
 * ask which keys are in use (one grouped query on an index) before it serves, and after a key
 * rotation how many records are still on an old key. Rows written before it stay null until
 * they are re-sealed; the secret store reads their key ids from the sealed values meanwhile.
 */
export class BigcommerceAddSecretKeyId1767484800000 implements MigrationInterface {
  name = 'BigcommerceAddSecretKeyId1767484800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'bigcommerce_credentials',
      new TableColumn({ name: 'secret_key_id', type: 'varchar', length: '32', isNullable: true }),
    );
    await queryRunner.createIndex(
      'bigcommerce_credentials',
      new TableIndex({ name: 'IDX_bigcommerce_credentials_secret_key', columnNames: ['secret_key_id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('bigcommerce_credentials', 'IDX_bigcommerce_credentials_secret_key');
    await queryRunner.dropColumn('bigcommerce_credentials', 'secret_key_id');
  }
}
