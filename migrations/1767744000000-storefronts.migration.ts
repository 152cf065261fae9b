import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The storefronts (channel ids, JSON in `text`) a credential serves; null means the store's
 * default storefront, which every credential served before storefronts could be chosen. And an
 * index on the last check's time, which the list sorts by.
 */
export class BigcommerceStorefronts1767744000000 implements MigrationInterface {
  name = 'BigcommerceStorefronts1767744000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'bigcommerce_credentials',
      new TableColumn({ name: 'channel_ids', type: 'text', isNullable: true }),
    );
    await queryRunner.createIndex(
      'bigcommerce_credentials',
      new TableIndex({ name: 'IDX_bigcommerce_credentials_verified_at', columnNames: ['verified_at'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('bigcommerce_credentials', 'IDX_bigcommerce_credentials_verified_at');
    await queryRunner.dropColumn('bigcommerce_credentials', 'channel_ids');
  }
}
