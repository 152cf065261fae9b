import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A role grants everything (`all`) or exactly the listed permission keys (`custom`). */
@Entity({ name: 'pim_roles' })
export class RoleEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'permission_type', type: 'varchar', length: 10 })
  permissionType!: 'all' | 'custom';

  /** JSON array of ACL keys. */
  @Column({ type: 'text' })
  permissions!: string;
}
