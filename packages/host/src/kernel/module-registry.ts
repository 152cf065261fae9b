import type {
  AclEntry,
  CommandRegistration,
  DatagridDefinition,
  DatagridRepository,
  FormHandler,
  FormSchema,
  MenuItem,
  Messages,
  ModuleRegistrar,
  NamedRegistration,
  OptionSourceRegistration,
  SecretStore,
} from '@pim/kernel';

/** The source locale: every label key must exist in it. */
export const SOURCE_LOCALE = 'en_US';

/**
 * The reference host's registries. Collects what modules register and, in {@link validate},
 * refuses what a host could not serve: duplicates, menu keys without an ACL key, actions or
 * forms naming unknown permissions, grids without a repository, untranslated label keys.
 */
export class ModuleRegistry implements ModuleRegistrar {
  readonly menu: MenuItem[] = [];
  readonly acl: AclEntry[] = [];
  readonly datagrids = new Map<string, DatagridDefinition>();
  readonly forms = new Map<string, FormSchema>();
  readonly repositories = new Map<string, NamedRegistration<DatagridRepository>>();
  readonly optionSources = new Map<string, OptionSourceRegistration>();
  readonly formHandlers = new Map<string, NamedRegistration<FormHandler>>();
  readonly secretStores = new Map<string, NamedRegistration<SecretStore>>();
  readonly translations = new Map<string, Record<string, string>>();
  readonly commands = new Map<string, CommandRegistration>();

  addMenuItem(item: MenuItem): void {
    if (this.menu.some((m) => m.key === item.key)) throw new Error(`Menu key "${item.key}" is registered twice.`);
    this.menu.push(item);
  }

  addAclEntry(entry: AclEntry): void {
    if (this.acl.some((a) => a.key === entry.key)) throw new Error(`ACL key "${entry.key}" is registered twice.`);
    this.acl.push(entry);
  }

  addDatagrid(definition: DatagridDefinition): void {
    addUnique(this.datagrids, definition.id, definition, 'Datagrid');
  }

  addForm(schema: FormSchema): void {
    addUnique(this.forms, schema.id, schema, 'Form');
  }

  addRepository(registration: NamedRegistration<DatagridRepository>): void {
    addUnique(this.repositories, registration.name, registration, 'Repository');
  }

  addOptionSource(registration: OptionSourceRegistration): void {
    addUnique(this.optionSources, registration.name, registration, 'Option source');
  }

  addFormHandler(registration: NamedRegistration<FormHandler>): void {
    addUnique(this.formHandlers, registration.name, registration, 'Form handler');
  }

  addSecretStore(registration: NamedRegistration<SecretStore>): void {
    addUnique(this.secretStores, registration.name, registration, 'Secret store');
  }

  addCommand(registration: CommandRegistration): void {
    if (!/^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/.test(registration.name))
      throw new Error(`Command "${registration.name}" must be named "<module id>:<name>" in lower case.`);
    addUnique(this.commands, registration.name, registration, 'Command');
  }

  addTranslations(locale: string, messages: Messages): void {
    this.translations.set(locale, { ...this.translations.get(locale), ...messages });
  }

  /** Every translation key a registration shows to people. */
  labelKeys(): string[] {
    const keys: string[] = [...this.menu.map((m) => m.labelKey), ...this.acl.map((a) => a.labelKey)];
    for (const grid of this.datagrids.values()) {
      keys.push(
        grid.titleKey,
        grid.searchPlaceholderKey,
        ...grid.columns.map((c) => c.labelKey),
        ...grid.actions.map((a) => a.titleKey),
      );
      for (const column of grid.columns) {
        if (column.booleanLabelKeys) keys.push(column.booleanLabelKeys.true, column.booleanLabelKeys.false);
        for (const option of column.filterOptions ?? []) keys.push(option.labelKey);
      }
      for (const action of grid.actions) if (action.confirmKey) keys.push(action.confirmKey);
      if (grid.create) keys.push(grid.create.labelKey, grid.create.emptyStateKey);
    }
    for (const form of this.forms.values()) {
      keys.push(
        form.titleKey,
        form.submitLabelKey,
        ...(form.actions ?? []).flatMap((a) => [a.labelKey, ...(a.busyLabelKey ? [a.busyLabelKey] : [])]),
      );
      if (form.busyLabelKey) keys.push(form.busyLabelKey);
      for (const section of form.sections) {
        keys.push(section.labelKey);
        for (const field of section.fields) {
          keys.push(field.labelKey);
          if (field.helpKey) keys.push(field.helpKey);
          for (const option of field.options ?? []) keys.push(option.labelKey);
        }
      }
    }
    return keys;
  }

  /** Every permission key a registration names. */
  referencedPermissions(): string[] {
    const keys = this.menu.map((m) => m.key);
    for (const grid of this.datagrids.values()) {
      keys.push(grid.permission, ...grid.actions.map((a) => a.permission));
      if (grid.create) keys.push(grid.create.permission);
    }
    for (const form of this.forms.values())
      keys.push(form.permission, ...(form.actions ?? []).map((a) => a.permission));
    for (const source of this.optionSources.values()) keys.push(source.permission);
    return keys;
  }

  /** Throws one error listing every problem, or returns quietly. */
  validate(): void {
    const problems: string[] = [];
    const aclKeys = new Set(this.acl.map((a) => a.key));
    for (const key of this.referencedPermissions())
      if (!aclKeys.has(key)) problems.push(`permission "${key}" is not an ACL key`);
    for (const grid of this.datagrids.values()) {
      if (!this.repositories.has(grid.repository))
        problems.push(`datagrid "${grid.id}" names unknown repository "${grid.repository}"`);
      for (const action of grid.actions.filter((a) => a.method !== 'GET')) {
        if (action.handler === undefined || !this.formHandlers.has(action.handler))
          problems.push(`row action "${grid.id}.${action.index}" (${action.method}) names no registered form handler`);
        if (action.method !== 'DELETE')
          problems.push(`row action "${grid.id}.${action.index}": this host runs only GET and DELETE row actions`);
      }
    }
    for (const form of this.forms.values()) {
      if (!this.formHandlers.has(form.handler))
        problems.push(`form "${form.id}" names unknown handler "${form.handler}"`);
      for (const field of form.sections.flatMap((s) => s.fields)) {
        if (field.optionSource && !this.optionSources.has(field.optionSource))
          problems.push(`field "${form.id}.${field.name}" names unknown option source "${field.optionSource}"`);
      }
    }
    const source = this.translations.get(SOURCE_LOCALE) ?? {};
    for (const key of new Set(this.labelKeys()))
      if (!(key in source)) problems.push(`label key "${key}" is missing from ${SOURCE_LOCALE}`);
    if (problems.length > 0) throw new Error(`Invalid module registrations:\n- ${problems.join('\n- ')}`);
  }
}

function addUnique<T>(map: Map<string, T>, name: string, value: T, what: string): void {
  if (map.has(name)) throw new Error(`${what} "${name}" is registered twice.`);
  map.set(name, value);
}
