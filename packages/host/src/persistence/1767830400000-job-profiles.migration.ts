import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Saved job profiles (the sample export and import profiles keep their credential here). */
export class PimJobProfiles1767830400000 implements MigrationInterface {
  name = 'PimJobProfiles1767830400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'pim_job_profiles',
        columns: [
          { name: 'code', type: 'varchar', length: '100', isPrimary: true },
          { name: 'type', type: 'varchar', length: '16' },
          { name: 'filters', type: 'text' },
          { name: 'updated_by', type: 'varchar', length: '255', isNullable: true },
          { name: 'updated_at', type: 'bigint' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('pim_job_profiles');
  }
}
