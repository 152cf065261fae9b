import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/** The reference host's users and roles. */
export class PimCreateUsers1767139200000 implements MigrationInterface {
  name = 'PimCreateUsers1767139200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const id: TableColumnOptions = {
      name: 'id',
      type: 'integer',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment',
    };
    await queryRunner.createTable(
      new Table({
        name: 'pim_roles',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'permission_type', type: 'varchar', length: '10' },
          { name: 'permissions', type: 'text' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'pim_users',
        columns: [
          id,
          { name: 'email', type: 'varchar', length: '255' },
          { name: 'name', type: 'varchar', length: '255' },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'role_id', type: 'integer' },
          { name: 'ui_locale', type: 'varchar', length: '35', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'UQ_pim_users_email', columnNames: ['email'], isUnique: true })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('pim_users');
    await queryRunner.dropTable('pim_roles');
  }
}
