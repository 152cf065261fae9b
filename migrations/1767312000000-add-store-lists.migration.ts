import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The store's currency and language lists as last read from BigCommerce (JSON in text). Saving a
 * mapping is checked against them, so a mapping-only edit needs no call to BigCommerce.
 */
export class BigcommerceAddStoreLists1767312000000 implements MigrationInterface {
  name = 'BigcommerceAddStoreLists1767312000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'bigcommerce_credentials',
      new TableColumn({ name: 'store_lists', type: 'text', isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('bigcommerce_credentials', 'store_lists');
  }
}
