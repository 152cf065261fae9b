import type { ContainerModule, ServiceIdentifier } from 'inversify';
import type { MigrationInterface } from 'typeorm';

import type { AclEntry } from './acl.js';
import type { CommandRegistration } from './command.js';
import type { DatagridDefinition, DatagridRepository } from './datagrid.js';
import type { FormSchema } from './form.js';
import type { FormHandler } from './form-handler.js';
import type { MenuItem } from './menu.js';
import type { OptionSource } from './option-source.js';
import type { SecretStore } from './secret-store.js';

/** Flat messages of one locale: translation key → message with `{placeholders}`. @public */
export type Messages = Readonly<Record<string, string>>;

/** A named service a module registers, resolved from the host container by its token. @public */
export interface NamedRegistration<T> {
  readonly name: string;
  readonly token: ServiceIdentifier<T>;
}

/** A registered option source; a host serving it over HTTP requires `permission`. @public */
export interface OptionSourceRegistration extends NamedRegistration<OptionSource> {
  readonly permission: string;
}

/**
 * What `register(kernel)` receives: the host's registries. Registration is synchronous and has
 * no I/O; a host rejects duplicates and dangling references when it validates.
 * @public
 */
export interface ModuleRegistrar {
  addMenuItem(item: MenuItem): void;
  addAclEntry(entry: AclEntry): void;
  addDatagrid(definition: DatagridDefinition): void;
  addForm(schema: FormSchema): void;
  addRepository(registration: NamedRegistration<DatagridRepository>): void;
  addOptionSource(registration: OptionSourceRegistration): void;
  addFormHandler(registration: NamedRegistration<FormHandler>): void;
  /** A store of sealed secrets a host re-seals when it rotates keys. */
  addSecretStore(registration: NamedRegistration<SecretStore>): void;
  addTranslations(locale: string, messages: Messages): void;
  /**
   * A command of the host's command line, named `<module id>:<name>`. Optional for a host: one
   * without a command line leaves it out, and modules call it only when it is there. @since 2.1.0
   */
  addCommand?(registration: CommandRegistration): void;
}

/** A TypeORM migration class, run in list order. @public */
export type MigrationClass = new () => MigrationInterface;

/** An entity class (TypeORM decorated). @public */
// The type TypeORM itself accepts in DataSourceOptions.entities.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityClass = Function;

/**
 * The default export of a module's entry. A host: reads `manifest.json`, imports the entry,
 * adds `entities` to its DataSource, runs `migrations`, loads `containerModule` into its
 * container (after binding the kernel tokens), then calls `register`.
 * Importing the entry has no side effects.
 * @public
 */
export interface ModuleDefinition {
  readonly id: string;
  readonly containerModule: ContainerModule;
  readonly entities: readonly EntityClass[];
  readonly migrations: readonly MigrationClass[];
  register(kernel: ModuleRegistrar): void;
}
