import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

const TABLE = 'bigcommerce_credentials';
const column = (type: string) => new TableColumn({ name: 'store_lists', type, isNullable: true });
const onMysql = (queryRunner: QueryRunner) => ['mysql', 'mariadb'].includes(queryRunner.connection.driver.options.type);

/**
 * Room for a store's remembered lists now that every page of its storefronts is read (up to 500,
 * each with its currencies and languages): `text` holds 64 KiB on MySQL / MariaDB, so the column
 * becomes `mediumtext` (16 MiB) there. PostgreSQL's and SQLite's `text` have no such limit.
 */
export class BigcommerceStoreListsRoom1767916800000 implements MigrationInterface {
  name = 'BigcommerceStoreListsRoom1767916800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (onMysql(queryRunner)) await queryRunner.changeColumn(TABLE, 'store_lists', column('mediumtext'));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (onMysql(queryRunner)) await queryRunner.changeColumn(TABLE, 'store_lists', column('text'));
  }
}
