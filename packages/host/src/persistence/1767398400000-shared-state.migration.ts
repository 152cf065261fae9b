import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/** Epoch milliseconds: the same integer on every engine, compared without time-zone surprises. */
const epochMs = (name: string): TableColumnOptions => ({ name, type: 'bigint' });

/**
 * What several host processes on one database must share: sessions (by a hash of their id), the
 * login throttle, the key every host seals with, and each running host's heartbeat. Role names
 * become unique, after folding duplicates that concurrent first boots may have left.
 */
export class PimSharedState1767398400000 implements MigrationInterface {
  name = 'PimSharedState1767398400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'pim_sessions',
        columns: [
          { name: 'id_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'user_id', type: 'integer' },
          { name: 'csrf_token', type: 'varchar', length: '64' },
          { name: 'flash', type: 'text', isNullable: true },
          epochMs('created_at'),
          epochMs('last_seen_at'),
          epochMs('expires_at'),
        ],
        indices: [
          new TableIndex({ name: 'IDX_pim_sessions_user', columnNames: ['user_id'] }),
          new TableIndex({ name: 'IDX_pim_sessions_expires', columnNames: ['expires_at'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'pim_login_throttle',
        columns: [
          { name: 'throttle_key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'attempts', type: 'integer' },
          epochMs('window_started_at'),
        ],
        indices: [new TableIndex({ name: 'IDX_pim_login_throttle_window', columnNames: ['window_started_at'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'pim_secret_key_state',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'current_key_id', type: 'varchar', length: '32' },
          epochMs('changed_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'pim_host_instances',
        columns: [
          { name: 'instance_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'host_name', type: 'varchar', length: '255' },
          { name: 'key_ids', type: 'text' },
          { name: 'sealing_key_id', type: 'varchar', length: '32', isNullable: true },
          { name: 'refresh_ms', type: 'integer' },
          epochMs('seen_at'),
        ],
        indices: [new TableIndex({ name: 'IDX_pim_host_instances_seen', columnNames: ['seen_at'] })],
      }),
    );

    // Concurrent first boots could create the Administrator role twice: keep the oldest of each name.
    await queryRunner.query(
      'UPDATE pim_users SET role_id = (SELECT MIN(r2.id) FROM pim_roles r2 WHERE r2.name = (SELECT r.name FROM pim_roles r WHERE r.id = pim_users.role_id))',
    );
    await queryRunner.query(
      'DELETE FROM pim_roles WHERE id NOT IN (SELECT keep.id FROM (SELECT MIN(id) AS id FROM pim_roles GROUP BY name) keep)',
    );
    await queryRunner.createIndex(
      'pim_roles',
      new TableIndex({ name: 'UQ_pim_roles_name', columnNames: ['name'], isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('pim_roles', 'UQ_pim_roles_name');
    for (const table of ['pim_host_instances', 'pim_secret_key_state', 'pim_login_throttle', 'pim_sessions'])
      await queryRunner.dropTable(table);
  }
}
