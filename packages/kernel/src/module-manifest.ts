/**
 * The static facts of a module, in its `manifest.json`: what a host reads before any of the
 * module's code runs. @public @since 3.0.0
 */
export interface ModuleManifest {
  /** The module id, equal to its definition's `id` and the prefix of its keys. */
  readonly id: string;
  /** Translation key of the module's name. */
  readonly name?: string;
  /** The module's version (semver). */
  readonly version: string;
  /** The kernel contract range it supports (semver range, e.g. `^3.0.0`). */
  readonly kernel: string;
  /** Path of its entry, relative to the manifest. */
  readonly entry: string;
  /** Path of its translations folder, relative to the manifest. */
  readonly locales: string;
  /** Every ACL key it registers. */
  readonly permissions: readonly string[];
  /**
   * Modules it needs, by id, each with the range of their versions it works with (semver range):
   * a host refuses to start it without them. @since 3.1.0
   */
  readonly requires?: Readonly<Record<string, string>>;
  /** Its icons, by name: SVG files, relative to the manifest, that its menu entries name. @since 3.1.0 */
  readonly icons?: Readonly<Record<string, string>>;
}

const ID = '^[a-z][a-z0-9-]*$';
const SEMVER = '^\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?$';
const RELATIVE_PATH = '^\\./[^\\0]+$';
const SVG_PATH = '^\\./[^\\0]+\\.svg$';

/** {@link ModuleManifest} as a JSON Schema (draft-07), for hosts and tools that validate manifests. @public @since 3.0.0 */
export const MODULE_MANIFEST_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'PIM module manifest',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'version', 'kernel', 'entry', 'locales', 'permissions'],
  properties: {
    id: { type: 'string', pattern: ID },
    name: { type: 'string', minLength: 1 },
    version: { type: 'string', pattern: SEMVER },
    kernel: { type: 'string', minLength: 1 },
    entry: { type: 'string', pattern: RELATIVE_PATH },
    locales: { type: 'string', pattern: RELATIVE_PATH },
    permissions: { type: 'array', uniqueItems: true, items: { type: 'string', minLength: 1 } },
    requires: {
      type: 'object',
      propertyNames: { pattern: ID },
      additionalProperties: { type: 'string', minLength: 1 },
    },
    icons: {
      type: 'object',
      propertyNames: { pattern: ID },
      additionalProperties: { type: 'string', pattern: SVG_PATH },
    },
  },
} as const;

/**
 * What is wrong with a parsed `manifest.json`, as {@link MODULE_MANIFEST_SCHEMA} says (empty when
 * nothing is): the same rules, without a JSON Schema library.
 * @public @since 3.0.0
 */
export function checkManifest(value: unknown): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return ['the manifest is not an object'];
  const manifest = value as Record<string, unknown>;
  const problems: string[] = [];
  const { properties, required } = MODULE_MANIFEST_SCHEMA;
  for (const field of required) if (!(field in manifest)) problems.push(`"${field}" is missing`);
  for (const [field, fieldValue] of Object.entries(manifest)) {
    if (!(field in properties)) {
      problems.push(`"${field}" is not a manifest field`);
      continue;
    }
    if (field === 'permissions') {
      problems.push(...permissionProblems(fieldValue));
      continue;
    }
    if (field === 'requires' || field === 'icons') {
      problems.push(...mapProblems(field, fieldValue, properties[field].additionalProperties));
      continue;
    }
    const rule = properties[field as Exclude<keyof typeof properties, 'permissions' | 'requires' | 'icons'>] as {
      readonly pattern?: string;
      readonly minLength?: number;
    };
    if (typeof fieldValue !== 'string') problems.push(`"${field}" must be a string`);
    else if (rule.pattern !== undefined && !new RegExp(rule.pattern).test(fieldValue))
      problems.push(`"${field}" does not match ${rule.pattern}`);
    else if (rule.minLength !== undefined && fieldValue.length < rule.minLength) problems.push(`"${field}" is empty`);
  }
  return problems;
}

function permissionProblems(list: unknown): string[] {
  if (!Array.isArray(list) || !list.every((p) => typeof p === 'string' && p !== ''))
    return ['"permissions" must be a list of keys'];
  return new Set(list).size === list.length ? [] : ['"permissions" lists a key twice'];
}

/** An object of ids to strings, each string as `rule` says. */
function mapProblems(
  field: string,
  value: unknown,
  rule: { readonly minLength?: number; readonly pattern?: string },
): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`"${field}" must be an object`];
  const problems: string[] = [];
  for (const [name, entry] of Object.entries(value)) {
    if (!new RegExp(ID).test(name)) problems.push(`"${field}": "${name}" does not match ${ID}`);
    if (typeof entry !== 'string' || entry.length < (rule.minLength ?? 1))
      problems.push(`"${field}.${name}" must be a non-empty string`);
    else if (rule.pattern !== undefined && !new RegExp(rule.pattern).test(entry))
      problems.push(`"${field}.${name}" does not match ${rule.pattern}`);
  }
  return problems;
}
