import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'pim_users' })
export class UserEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 255 })
  email!: string;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ name: 'role_id', type: 'integer' })
  roleId!: number;

  /** UI locale; null follows the browser. */
  @Column({ name: 'ui_locale', type: 'varchar', length: 35, nullable: true })
  uiLocale!: string | null;
}
