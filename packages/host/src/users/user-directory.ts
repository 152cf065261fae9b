import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

import { isUniqueViolation } from '@pim/kernel';

import { RoleEntity } from '../persistence/role.entity.js';
import { UserEntity } from '../persistence/user.entity.js';
import { generatePassword, hashPassword, verifyPassword } from '../security/password-hasher.js';
import { emailProblem, passwordProblem } from './credentials-policy.js';

/** A signed-in user with what their role grants. */
export interface HostUser {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly uiLocale: string | null;
  readonly role: { readonly name: string; readonly all: boolean; readonly permissions: ReadonlySet<string> };
}

/** An e-mail as typed at sign-in, resolved: who it names, and the check of a password for it. */
export interface Account {
  /** `user:<id>` when the database finds a user for the e-mail (in its own comparison), else `email:<normalised>`. */
  readonly key: string;
  /** The user when `password` is theirs, else null (a hash is computed either way, so timing says nothing). */
  check(password: string): Promise<HostUser | null>;
}

/** True when the user's role grants `key` (exact keys, as UnoPim's bouncer). */
export function can(user: HostUser, key: string): boolean {
  return user.role.all || user.role.permissions.has(key);
}

/** How e-mails are stored and looked up: NFC, trimmed, lower-case. */
export function normalizeEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

// Verified against when no user matches, so an unknown e-mail costs the same time as a known one.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** What a {@link HostUser} is made of, as a query reads it. */
export interface UserRow {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly uiLocale: string | null;
  readonly passwordHash: string;
  readonly roleName: string;
  readonly permissionType: 'all' | 'custom';
  readonly permissions: string;
}

/** Users and roles of the reference host. */
export class UserDirectory {
  readonly #dataSource: DataSource;

  constructor(dataSource: DataSource) {
    this.#dataSource = dataSource;
  }

  /**
   * Creates the first admin when there is no user; returns the generated password, if one was
   * made. Safe to run from several hosts at once: they run it under the boot lock, and the
   * unique indexes on e-mails and role names settle anything else.
   */
  async ensureAdmin(
    email: string,
    password: string | null,
  ): Promise<{ created: boolean; generatedPassword: string | null }> {
    if ((await this.#dataSource.getRepository(UserEntity).count()) > 0)
      return { created: false, generatedPassword: null };
    const generated = password === null ? generatePassword() : null;
    try {
      await this.addUser({
        email,
        name: 'Administrator',
        password: password ?? generated!,
        role: 'Administrator',
        permissions: 'all',
      });
    } catch (error) {
      if (isUniqueViolation(error)) return { created: false, generatedPassword: null };
      throw error;
    }
    return { created: true, generatedPassword: generated };
  }

  /**
   * Adds a user with a role. A missing role is created granting `permissions` (required then);
   * an existing one is used as it is, and `permissions` that disagree with it are refused rather
   * than ignored. Throws on an invalid e-mail or a weak password.
   */
  async addUser(input: {
    email: string;
    name: string;
    password: string;
    role: string;
    permissions?: 'all' | readonly string[];
  }): Promise<number> {
    const email = normalizeEmail(input.email);
    const problem = emailProblem(email) ?? passwordProblem(input.password);
    if (problem !== null) throw new Error(problem);
    const role = await this.#role(input.role, input.permissions);
    const users = this.#dataSource.getRepository(UserEntity);
    const user = await users.save(
      users.create({
        email,
        name: input.name,
        passwordHash: await hashPassword(input.password),
        roleId: role.id,
        uiLocale: null,
      }),
    );
    return user.id;
  }

  /** Sets a user's password; returns their id, or null when no user has this e-mail. */
  async setPassword(email: string, password: string): Promise<number | null> {
    const problem = passwordProblem(password);
    if (problem !== null) throw new Error(problem);
    const row = await this.#row('u.email = :email', { email: normalizeEmail(email) });
    if (row === null) return null;
    await this.#dataSource
      .getRepository(UserEntity)
      .update({ id: row.id }, { passwordHash: await hashPassword(password) });
    return row.id;
  }

  /** Resolves a sign-in e-mail the way the database compares e-mails (one query; none for what is no e-mail). */
  async lookup(email: string): Promise<Account> {
    const normalized = normalizeEmail(email);
    const row = emailProblem(normalized) !== null ? null : await this.#row('u.email = :email', { email: normalized });
    return {
      key: row === null ? `email:${normalized}` : `user:${row.id}`,
      check: async (password) => {
        const ok = await verifyPassword(password, row?.passwordHash ?? DUMMY_HASH);
        return row !== null && ok ? toHostUser(row) : null;
      },
    };
  }

  async authenticate(email: string, password: string): Promise<HostUser | null> {
    return (await this.lookup(email)).check(password);
  }

  /** The user and their role, in one query. */
  async findById(id: number): Promise<HostUser | null> {
    const row = await this.#row('u.id = :id', { id });
    return row === null ? null : toHostUser(row);
  }

  async setLocale(id: number, locale: string | null): Promise<void> {
    await this.#dataSource.getRepository(UserEntity).update({ id }, { uiLocale: locale });
  }

  async #row(where: string, parameters: Record<string, unknown>): Promise<UserRow | null> {
    const query = this.#dataSource.getRepository(UserEntity).createQueryBuilder('u').select([]);
    const raw = await selectUserRow(query).where(where, parameters).getRawOne<UserRow>();
    return raw === undefined || raw === null ? null : { ...raw, id: Number(raw.id) };
  }

  /** The role of this name, created when missing; concurrent creators meet on the unique name. */
  async #role(name: string, permissions: 'all' | readonly string[] | undefined): Promise<RoleEntity> {
    const roles = this.#dataSource.getRepository(RoleEntity);
    const existing = await roles.findOneBy({ name });
    if (existing !== null) {
      if (permissions !== undefined && !samePermissions(existing, permissions)) {
        const grants =
          existing.permissionType === 'all'
            ? 'all'
            : (JSON.parse(existing.permissions) as string[]).join(',') || '(nothing)';
        throw new Error(
          `Role "${name}" exists and grants ${grants}; leave out --permissions to use it as it is, or name a new role.`,
        );
      }
      return existing;
    }
    if (permissions === undefined)
      throw new Error(`Role "${name}" does not exist: give --permissions (all, or ACL keys) to create it.`);
    try {
      return await roles.save(
        roles.create({
          name,
          permissionType: permissions === 'all' ? 'all' : 'custom',
          permissions: JSON.stringify(permissions === 'all' ? [] : permissions),
        }),
      );
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return roles.findOneByOrFail({ name });
    }
  }
}

function samePermissions(role: RoleEntity, permissions: 'all' | readonly string[]): boolean {
  if (permissions === 'all' || role.permissionType === 'all')
    return permissions === 'all' && role.permissionType === 'all';
  const granted = new Set(JSON.parse(role.permissions) as string[]);
  return granted.size === new Set(permissions).size && permissions.every((key) => granted.has(key));
}

/**
 * Adds the columns of a {@link UserRow} to a query in which `u` is `pim_users`: the user's, and
 * their role's (joined as `r`).
 */
export function selectUserRow<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return query
    .innerJoin(RoleEntity, 'r', 'r.id = u.roleId')
    .addSelect([
      'u.id AS id',
      'u.email AS email',
      'u.name AS name',
      'u.uiLocale AS "uiLocale"',
      'u.passwordHash AS "passwordHash"',
      'r.name AS "roleName"',
      'r.permissionType AS "permissionType"',
      'r.permissions AS permissions',
    ]);
}

export function toHostUser(row: UserRow): HostUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    uiLocale: row.uiLocale,
    role: {
      name: row.roleName,
      all: row.permissionType === 'all',
      permissions: new Set(JSON.parse(row.permissions) as string[]),
    },
  };
}
