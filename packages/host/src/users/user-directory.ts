import type { DataSource } from 'typeorm';

import { RoleEntity } from '../persistence/role.entity.js';
import { UserEntity } from '../persistence/user.entity.js';
import { generatePassword, hashPassword, verifyPassword } from '../security/password-hasher.js';

/** A signed-in user with what their role grants. */
export interface HostUser {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly uiLocale: string | null;
  readonly role: { readonly name: string; readonly all: boolean; readonly permissions: ReadonlySet<string> };
}

/** True when the user's role grants `key` (exact keys, as UnoPim's bouncer). */
export function can(user: HostUser, key: string): boolean {
  return user.role.all || user.role.permissions.has(key);
}

/** Users and roles of the reference host. */
export class UserDirectory {
  readonly #dataSource: DataSource;

  constructor(dataSource: DataSource) {
    this.#dataSource = dataSource;
  }

  /** Creates the first admin when there is no user; returns the generated password, if one was made. */
  async ensureAdmin(email: string, password: string | null): Promise<{ created: boolean; generatedPassword: string | null }> {
    if ((await this.#dataSource.getRepository(UserEntity).count()) > 0) return { created: false, generatedPassword: null };
    const generated = password === null ? generatePassword() : null;
    await this.addUser({ email, name: 'Administrator', password: password ?? generated!, role: 'Administrator', permissions: 'all' });
    return { created: true, generatedPassword: generated };
  }

  /** Adds a user with a role (created when missing) granting everything or the listed keys. */
  async addUser(input: { email: string; name: string; password: string; role: string; permissions: 'all' | readonly string[] }): Promise<number> {
    if (input.password.length < 8) throw new Error('The password must have at least 8 characters.');
    const roles = this.#dataSource.getRepository(RoleEntity);
    let role = await roles.findOne({ where: { name: input.role } });
    if (role === null) {
      role = await roles.save(
        roles.create({
          name: input.role,
          permissionType: input.permissions === 'all' ? 'all' : 'custom',
          permissions: JSON.stringify(input.permissions === 'all' ? [] : input.permissions),
        }),
      );
    }
    const users = this.#dataSource.getRepository(UserEntity);
    const user = await users.save(users.create({ email: input.email.trim().toLowerCase(), name: input.name, passwordHash: await hashPassword(input.password), roleId: role.id, uiLocale: null }));
    return user.id;
  }

  async authenticate(email: string, password: string): Promise<HostUser | null> {
    const user = await this.#dataSource.getRepository(UserEntity).findOne({ where: { email: email.trim().toLowerCase() } });
    // Hash anyway when the user is unknown, so timing does not tell which e-mails exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
    return user !== null && ok ? this.#withRole(user) : null;
  }

  async findById(id: number): Promise<HostUser | null> {
    const user = await this.#dataSource.getRepository(UserEntity).findOne({ where: { id } });
    return user === null ? null : this.#withRole(user);
  }

  async setLocale(id: number, locale: string | null): Promise<void> {
    await this.#dataSource.getRepository(UserEntity).update({ id }, { uiLocale: locale });
  }

  async #withRole(user: UserEntity): Promise<HostUser | null> {
    const role = await this.#dataSource.getRepository(RoleEntity).findOne({ where: { id: user.roleId } });
    if (role === null) return null;
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      uiLocale: user.uiLocale,
      role: { name: role.name, all: role.permissionType === 'all', permissions: new Set(JSON.parse(role.permissions) as string[]) },
    };
  }
}
