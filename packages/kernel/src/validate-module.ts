import type { AclEntry } from './acl.js';
import type { CommandRegistration } from './command.js';
import type { ServiceClass } from './contribution.js';
import type { DatagridDefinition } from './datagrid.js';
import type { FormSchema } from './form.js';
import type { FormHandler } from './form-handler.js';
import type { JobDeclaration } from './job.js';
import type { MenuItem } from './menu.js';
import type { Messages, ModuleDefinition, ModuleRegistrar, SecretStoreRegistration } from './module-definition.js';
import { checkManifest, type ModuleManifest } from './module-manifest.js';
import type { OptionSourceRegistration } from './option-source.js';

/** The locale every translation key must exist in. @public @since 3.0.0 */
export const SOURCE_LOCALE = 'en_US';

/** Everything a module registered, in registration order. @public @since 3.0.0 */
export interface ModuleRegistrations {
  readonly menu: readonly MenuItem[];
  readonly acl: readonly AclEntry[];
  readonly datagrids: readonly DatagridDefinition[];
  readonly forms: readonly FormSchema[];
  readonly optionSources: readonly OptionSourceRegistration[];
  readonly secretStores: readonly SecretStoreRegistration[];
  readonly commands: readonly CommandRegistration[];
  /** @since 3.1.0 */
  readonly jobs: readonly JobDeclaration[];
  /** Locale → messages, merged over every `addTranslations` call. */
  readonly translations: ReadonlyMap<string, Messages>;
}

/**
 * A `ModuleRegistrar` that only records: what a host or a test calls `register` with to see
 * what a module contributes. @public @since 3.0.0
 */
export class RecordingRegistrar implements ModuleRegistrar {
  readonly menu: MenuItem[] = [];
  readonly acl: AclEntry[] = [];
  readonly datagrids: DatagridDefinition[] = [];
  readonly forms: FormSchema[] = [];
  readonly optionSources: OptionSourceRegistration[] = [];
  readonly secretStores: SecretStoreRegistration[] = [];
  readonly commands: CommandRegistration[] = [];
  readonly jobs: JobDeclaration[] = [];
  readonly translations = new Map<string, Messages>();

  addMenuItem(item: MenuItem): void {
    this.menu.push(item);
  }
  addAclEntry(entry: AclEntry): void {
    this.acl.push(entry);
  }
  addDatagrid<Row>(definition: DatagridDefinition<Row>): void {
    // Rows are the module's; what a host reads of a definition holds for any row.
    this.datagrids.push(definition as unknown as DatagridDefinition);
  }
  addForm<H extends FormHandler>(schema: FormSchema<H>): void {
    // The handler's own methods were checked against its actions where the schema was written.
    this.forms.push(schema as unknown as FormSchema);
  }
  addOptionSource(registration: OptionSourceRegistration): void {
    this.optionSources.push(registration);
  }
  addSecretStore(registration: SecretStoreRegistration): void {
    this.secretStores.push(registration);
  }
  addCommand(registration: CommandRegistration): void {
    this.commands.push(registration);
  }
  addJob(declaration: JobDeclaration): void {
    this.jobs.push(declaration);
  }
  addTranslations(locale: string, messages: Messages): void {
    this.translations.set(locale, { ...this.translations.get(locale), ...messages });
  }
}

/** What a module registers, and every problem a host would refuse it for. @public @since 3.0.0 */
export interface ModuleValidation {
  readonly registrations: ModuleRegistrations;
  readonly problems: readonly string[];
}

/** What {@link validateModule} also checks, when it is given. @public @since 3.0.0 */
export interface ValidationOptions {
  /** The module's `manifest.json`: its shape, its id and its permissions must match the code. */
  readonly manifest?: unknown;
  /** Translations the host adds (keys a module may use that the host defines). */
  readonly hostMessages?: Messages;
  /** Whether a class is bound in the container the module was loaded into. */
  readonly isBound?: (service: ServiceClass<unknown>) => boolean;
}

/**
 * Calls `definition.register` with a {@link RecordingRegistrar} and checks what it registered, as
 * any host needs it: unique ids, names and keys; command names `<module id>:<name>`; menu keys
 * that are ACL keys; every `permission` an ACL key; every translation key (any field named
 * `…Key`, or `…Keys` holding keys, found by walking each contribution, so a field added to the
 * contract later is checked too) in `en_US`; state-changing row actions with a handler; related
 * lists and option sources that are registered; with `isBound`, every class a contribution names
 * bound; with `manifest`, a manifest of the right shape whose id and permissions are the code's.
 * @public @since 3.0.0
 */
export function validateModule(definition: ModuleDefinition, options: ValidationOptions = {}): ModuleValidation {
  const recorder = new RecordingRegistrar();
  definition.register(recorder);
  const problems = [
    ...uniqueness(recorder),
    ...commandNames(definition.id, recorder.commands),
    ...jobProblems(definition.id, recorder),
    ...permissions(recorder),
    ...labelKeys(recorder, options.hostMessages ?? {}),
    ...references(recorder),
    ...(options.isBound === undefined ? [] : unbound(recorder, options.isBound)),
    ...(options.manifest === undefined ? [] : manifestProblems(definition, recorder, options.manifest)),
  ];
  return { registrations: recorder, problems };
}

function uniqueness(r: RecordingRegistrar): string[] {
  const twice = (what: string, names: readonly string[]) =>
    names.filter((name, i) => names.indexOf(name) !== i).map((name) => `${what} "${name}" is registered twice`);
  return [
    ...twice(
      'menu key',
      r.menu.map((m) => m.key),
    ),
    ...twice(
      'ACL key',
      r.acl.map((a) => a.key),
    ),
    ...twice(
      'datagrid',
      r.datagrids.map((d) => d.id),
    ),
    ...twice(
      'form',
      r.forms.map((f) => f.id),
    ),
    ...twice(
      'option source',
      r.optionSources.map((o) => o.name),
    ),
    ...twice(
      'secret store',
      r.secretStores.map((s) => s.name),
    ),
    ...twice(
      'command',
      r.commands.map((c) => c.name),
    ),
    ...twice(
      'job',
      r.jobs.map((j) => j.code),
    ),
  ];
}

function commandNames(moduleId: string, commands: readonly CommandRegistration[]): string[] {
  return commands
    .filter((c) => !/^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/.test(c.name) || !c.name.startsWith(`${moduleId}:`))
    .map((c) => `command "${c.name}" must be named "${moduleId}:<name>" in lower case`);
}

/**
 * Job codes `<module id>.<name>`; filter names unique; an options field's source registered by
 * the module; a `dependsOn` naming an earlier field; texts with a length, selects with choices.
 */
function jobProblems(moduleId: string, r: RecordingRegistrar): string[] {
  const problems: string[] = [];
  for (const job of r.jobs) {
    const what = `job "${job.code}"`;
    // A host keeps profiles by code (the reference host in a 100-character column).
    if (
      !/^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/.test(job.code) ||
      !job.code.startsWith(`${moduleId}.`) ||
      job.code.length > 100
    )
      problems.push(`${what} must be coded "${moduleId}.<name>" in lower case, in at most 100 characters`);
    const earlier = new Set<string>();
    for (const field of job.filters) {
      const named = `${what}: filter "${field.name}"`;
      if (earlier.has(field.name)) problems.push(`${named} is declared twice`);
      if (field.type === 'options' && !r.optionSources.includes(field.source))
        problems.push(`${named} names an option source that is not registered`);
      if (field.type === 'options' && field.dependsOn !== undefined && !earlier.has(field.dependsOn.field))
        problems.push(`${named} depends on "${field.dependsOn.field}", which is not an earlier filter`);
      if ((field.type === 'text' || field.type === 'textarea') && !(field.maxLength > 0))
        problems.push(`${named} needs a maxLength`);
      if (field.type === 'select' && field.options.length === 0) problems.push(`${named} offers no choice`);
      earlier.add(field.name);
    }
  }
  return problems;
}

function permissions(r: RecordingRegistrar): string[] {
  const acl = new Set(r.acl.map((a) => a.key));
  const problems = r.menu.filter((m) => !acl.has(m.key)).map((m) => `menu key "${m.key}" is not an ACL key`);
  // `permission`, and any `…Permission` (a job's `savePermission`): one rule for fields added later.
  const named = walk(contributionsOf(r)).filter((f) => f.name === 'permission' || f.name.endsWith('Permission'));
  for (const field of named)
    if (typeof field.value !== 'string' || !acl.has(field.value))
      problems.push(`${field.path}: permission "${String(field.value)}" is not an ACL key`);
  return problems;
}

function labelKeys(r: RecordingRegistrar, hostMessages: Messages): string[] {
  const source = { ...hostMessages, ...(r.translations.get(SOURCE_LOCALE) ?? {}) };
  const problems: string[] = [];
  for (const field of walk([...contributionsOf(r), ...r.menu, ...r.acl])) {
    const keys = field.name.endsWith('Keys')
      ? Object.values(field.value as object)
      : field.name.endsWith('Key')
        ? [field.value]
        : [];
    for (const key of keys)
      if (typeof key !== 'string' || !(key in source))
        problems.push(`${field.path}: translation key "${String(key)}" is missing from ${SOURCE_LOCALE}`);
  }
  return problems;
}

function references(r: RecordingRegistrar): string[] {
  const problems: string[] = [];
  for (const grid of r.datagrids)
    for (const action of grid.actions.filter((a) => a.method !== 'GET' && a.handler === undefined))
      problems.push(`datagrid "${grid.id}": row action "${action.index}" (${action.method}) names no form handler`);
  for (const form of r.forms) {
    for (const related of form.related ?? []) {
      if (!r.datagrids.includes(related as DatagridDefinition))
        problems.push(`form "${form.id}": related list "${related.id}" is not registered`);
      else if (!related.route.includes(':id'))
        problems.push(`form "${form.id}": related list "${related.id}" has no :id`);
    }
    for (const field of form.sections.flatMap((s) => s.fields))
      if (field.optionSource !== undefined && !r.optionSources.includes(field.optionSource))
        problems.push(`form "${form.id}": field "${field.name}" names an option source that is not registered`);
  }
  return problems;
}

function unbound(r: RecordingRegistrar, isBound: (service: ServiceClass<unknown>) => boolean): string[] {
  const classes: [string, ServiceClass<unknown>][] = [
    ...r.datagrids.map((d) => [`datagrid "${d.id}" source`, d.source] as [string, ServiceClass<unknown>]),
    ...r.forms.map((f) => [`form "${f.id}" handler`, f.handler] as [string, ServiceClass<unknown>]),
    ...r.optionSources.map((o) => [`option source "${o.name}"`, o.source] as [string, ServiceClass<unknown>]),
    ...r.secretStores.map((s) => [`secret store "${s.name}"`, s.store] as [string, ServiceClass<unknown>]),
    ...r.commands.map((c) => [`command "${c.name}"`, c.command] as [string, ServiceClass<unknown>]),
    ...r.jobs.flatMap((j) =>
      j.check === undefined ? [] : [[`job "${j.code}" check`, j.check] as [string, ServiceClass<unknown>]],
    ),
  ];
  return classes.filter(([, service]) => !isBound(service)).map(([what]) => `${what} is not bound in the container`);
}

function manifestProblems(definition: ModuleDefinition, r: RecordingRegistrar, value: unknown): string[] {
  const problems = checkManifest(value).map((p) => `manifest.json: ${p}`);
  if (problems.length > 0) return problems;
  const manifest = value as ModuleManifest;
  if (manifest.id !== definition.id) problems.push(`manifest.json: id "${manifest.id}" is not "${definition.id}"`);
  const registered = r.acl.map((a) => a.key).sort();
  if (JSON.stringify([...manifest.permissions].sort()) !== JSON.stringify(registered))
    problems.push(`manifest.json: permissions are not the ACL keys the module registers (${registered.join(', ')})`);
  return problems;
}

/** Every contribution that can name permissions and translation keys. */
function contributionsOf(r: RecordingRegistrar): unknown[] {
  return [...r.datagrids, ...r.forms, ...r.optionSources, ...r.jobs];
}

interface Field {
  readonly path: string;
  readonly name: string;
  readonly value: unknown;
}

/**
 * Every property of plain objects and arrays below `roots`, with its path. Classes (functions) are
 * not entered, and an object met twice (a related list inside a form) is walked once.
 */
function walk(roots: readonly unknown[]): Field[] {
  const fields: Field[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, path: string) => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    for (const [name, child] of Object.entries(value)) {
      const childPath = Array.isArray(value) ? `${path}[${name}]` : `${path}.${name}`;
      if (!Array.isArray(value)) fields.push({ path: childPath, name, value: child });
      visit(child, childPath);
    }
  };
  roots.forEach((root, i) => visit(root, idOf(root) ?? `#${i}`));
  return fields;
}

/** How a contribution is named in a problem: its id, name, key or code. */
function idOf(value: unknown): string | null {
  const named = value as { id?: unknown; name?: unknown; key?: unknown; code?: unknown } | null;
  const id = named?.id ?? named?.name ?? named?.key ?? named?.code;
  return typeof id === 'string' ? id : null;
}
