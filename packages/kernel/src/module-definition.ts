import type { ContainerModule } from 'inversify';
import type { MigrationInterface } from 'typeorm';

import type { AclEntry } from './acl.js';
import type { CommandRegistration } from './command.js';
import type { ServiceClass } from './contribution.js';
import type { DatagridDefinition } from './datagrid.js';
import type { FormSchema } from './form.js';
import type { FormHandler } from './form-handler.js';
import type { JobDeclaration } from './job.js';
import type { MenuItem } from './menu.js';
import type { OptionSourceRegistration } from './option-source.js';
import type { SecretStore } from './secret-store.js';

/** Flat messages of one locale: translation key → message with `{placeholders}`. @public */
export type Messages = Readonly<Record<string, string>>;

/** A store of sealed secrets a host re-seals when it rotates keys, by its class. @public @since 3.0.0 */
export interface SecretStoreRegistration {
  readonly name: string;
  readonly store: ServiceClass<SecretStore>;
}

/**
 * What `register(kernel)` receives: the host's registries. Registration is synchronous and has
 * no I/O. Each contribution carries the classes it is served by (a datagrid its source, a form
 * its handler), so nothing is registered twice under two names; `validateModule` checks what a
 * module registers. Since 3.0.0 (`addRepository` and `addFormHandler` are gone).
 * @public
 */
export interface ModuleRegistrar {
  addMenuItem(item: MenuItem): void;
  addAclEntry(entry: AclEntry): void;
  addDatagrid<Row>(definition: DatagridDefinition<Row>): void;
  addForm<H extends FormHandler>(schema: FormSchema<H>): void;
  addOptionSource(registration: OptionSourceRegistration): void;
  /** A store of sealed secrets a host re-seals when it rotates keys. */
  addSecretStore(registration: SecretStoreRegistration): void;
  addTranslations(locale: string, messages: Messages): void;
  /**
   * A command of the host's command line, named `<module id>:<name>`. Optional for a host: one
   * without a command line leaves it out, and modules call it only when it is there. @since 2.1.0
   */
  addCommand?(registration: CommandRegistration): void;
  /**
   * An import or export job: a host shows and saves its profile from the declaration, and runs
   * its check. Optional for a host that runs no jobs: a module whose jobs are its purpose refuses
   * to register without it. @since 3.1.0
   */
  addJob?(declaration: JobDeclaration): void;
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
