import {
  RecordingRegistrar,
  type CommandRegistration,
  type DatagridDefinition,
  type FormHandler,
  type FormSchema,
  type JobDeclaration,
  type Messages,
  type ModuleDefinition,
  type OptionSourceRegistration,
  type SecretStoreRegistration,
} from '@pim/kernel';

/** The source locale: every label key must exist in it. */
export { SOURCE_LOCALE } from '@pim/kernel';

/**
 * The reference host's registries: what every loaded module registered, by id or name, refusing
 * one registered twice across modules. Each module is checked by the kernel's `validateModule`
 * first; {@link hostProblems} adds what this host cannot serve.
 */
export class ModuleRegistry extends RecordingRegistrar {
  readonly datagridsById = new Map<string, DatagridDefinition>();
  readonly formsById = new Map<string, FormSchema>();
  readonly optionSourcesByName = new Map<string, OptionSourceRegistration>();
  readonly commandsByName = new Map<string, CommandRegistration>();
  readonly jobsByCode = new Map<string, JobDeclaration>();
  /** Menu key → the id of the module that registered it (whose icons it may name). */
  readonly menuModules = new Map<string, string>();
  #registering: string | null = null;

  /** Lets `definition` register, remembering which module each menu entry comes from. */
  registerModule(definition: ModuleDefinition): void {
    this.#registering = definition.id;
    try {
      definition.register(this);
    } finally {
      this.#registering = null;
    }
  }

  override addMenuItem(...args: Parameters<RecordingRegistrar['addMenuItem']>): void {
    if (this.menu.some((m) => m.key === args[0].key)) throw new Error(`Menu key "${args[0].key}" is registered twice.`);
    if (this.#registering !== null) this.menuModules.set(args[0].key, this.#registering);
    super.addMenuItem(...args);
  }

  override addAclEntry(...args: Parameters<RecordingRegistrar['addAclEntry']>): void {
    if (this.acl.some((a) => a.key === args[0].key)) throw new Error(`ACL key "${args[0].key}" is registered twice.`);
    super.addAclEntry(...args);
  }

  override addDatagrid<Row>(definition: DatagridDefinition<Row>): void {
    addUnique(this.datagridsById, definition.id, definition as unknown as DatagridDefinition, 'Datagrid');
    super.addDatagrid(definition);
  }

  override addForm<H extends FormHandler>(schema: FormSchema<H>): void {
    addUnique(this.formsById, schema.id, schema as unknown as FormSchema, 'Form');
    super.addForm(schema);
  }

  override addOptionSource(registration: OptionSourceRegistration): void {
    addUnique(this.optionSourcesByName, registration.name, registration, 'Option source');
    super.addOptionSource(registration);
  }

  override addSecretStore(registration: SecretStoreRegistration): void {
    if (this.secretStores.some((s) => s.name === registration.name))
      throw new Error(`Secret store "${registration.name}" is registered twice.`);
    super.addSecretStore(registration);
  }

  override addCommand(registration: CommandRegistration): void {
    addUnique(this.commandsByName, registration.name, registration, 'Command');
    super.addCommand(registration);
  }

  override addJob(declaration: JobDeclaration): void {
    addUnique(this.jobsByCode, declaration.code, declaration, 'Job');
    super.addJob(declaration);
  }

  override addTranslations(locale: string, messages: Messages): void {
    super.addTranslations(locale, messages);
  }

  /** What this host cannot serve though the contract allows it: row actions other than GET and DELETE. */
  hostProblems(): string[] {
    return this.datagrids.flatMap((grid) =>
      grid.actions
        .filter((a) => a.method !== 'GET' && a.method !== 'DELETE')
        .map((a) => `row action "${grid.id}.${a.index}": this host runs only GET and DELETE row actions`),
    );
  }
}

function addUnique<T>(map: Map<string, T>, name: string, value: T, what: string): void {
  if (map.has(name)) throw new Error(`${what} "${name}" is registered twice.`);
  map.set(name, value);
}
