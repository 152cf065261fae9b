import type {
  JobDeclaration,
  JobFilterField,
  JobFilterValue,
  JobFilterValues,
  JobOptionsField,
  OptionSource,
  OptionSourceRegistration,
} from '@pim/kernel';

import { str, strs, type ParamValue, type Params } from '../http/request-params.js';
import type { Translate } from '../views/text.js';

/** The most values one multi-select may hold. */
export const MAX_CHOICES = 100;

/** Control characters a typed filter may not hold (a textarea keeps its line breaks and tabs). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/; // eslint-disable-line no-control-regex

/** A submitted profile: the values to save, or what is wrong with each filter. */
export interface FilterOutcome {
  readonly values: JobFilterValues;
  readonly errors: Readonly<Record<string, readonly string[]>>;
}

/** Resolves the option source a field names. */
export type SourceOf = (registration: OptionSourceRegistration) => OptionSource;

/** The params an options field's source is asked with: its own, and the value of the field it depends on. */
export function sourceParams(field: JobOptionsField, values: JobFilterValues): Record<string, string> {
  const params: Record<string, string> = { ...field.params };
  if (field.dependsOn !== undefined) {
    const parent = values[field.dependsOn.field];
    params[field.dependsOn.as] = Array.isArray(parent) ? parent.join(',') : typeof parent === 'string' ? parent : '';
  }
  return params;
}

/** Whether a saved value is a list (a multi-select's). */
export const isList = (value: JobFilterValue | undefined): value is readonly string[] => Array.isArray(value);

/** The ids of an options field's value. */
export function chosenIds(value: JobFilterValue | undefined): readonly string[] {
  if (isList(value)) return value;
  return typeof value === 'string' && value !== '' ? [value] : [];
}

/**
 * Reads a submitted profile (`filters[<name>]`) as its declaration says, in order, so a field
 * that depends on another is checked against that field's new value. An options field keeps only
 * ids its source confirms and does not mark inactive; a text its length, without control
 * characters; a select one of its choices. Empty values are left out.
 */
export async function readFilters(
  job: JobDeclaration,
  submitted: Params,
  sourceOf: SourceOf,
  t: Translate,
): Promise<FilterOutcome> {
  const values: Record<string, JobFilterValue> = {};
  const errors: Record<string, string[]> = {};
  for (const field of job.filters) {
    const result =
      field.type === 'options'
        ? await optionsValue(field, submitted[field.name], values, sourceOf, job, t)
        : plainValue(field, submitted[field.name], t);
    if ('error' in result) errors[field.name] = [result.error];
    else if (result.value !== undefined) values[field.name] = result.value;
  }
  return { values, errors };
}

type FieldResult = { readonly value: JobFilterValue | undefined } | { readonly error: string };

async function optionsValue(
  field: JobOptionsField,
  raw: ParamValue | undefined,
  values: JobFilterValues,
  sourceOf: SourceOf,
  job: JobDeclaration,
  t: Translate,
): Promise<FieldResult> {
  const ids = [...new Set((field.multiple ? strs(raw) : [str(raw) ?? '']).map((v) => v.trim()).filter(Boolean))];
  if (ids.length === 0) return field.required ? { error: t('host.jobs.required') } : { value: undefined };
  if (ids.length > MAX_CHOICES) return { error: t('host.jobs.too-many', { max: MAX_CHOICES }) };
  const params = sourceParams(field, values);
  if (field.dependsOn !== undefined && params[field.dependsOn.as] === '') {
    const parent = job.filters.find((f) => f.name === field.dependsOn!.field);
    return { error: t('host.jobs.parent-first', { field: parent ? t(parent.labelKey) : field.dependsOn.field }) };
  }
  const page = await sourceOf(field.source).list({ ids, params });
  const offered = new Set(page.options.filter((o) => o.inactive !== true).map((o) => o.id));
  const refused = ids.find((id) => !offered.has(id));
  if (refused !== undefined) return { error: t('host.jobs.not-offered', { value: refused.slice(0, 100) }) };
  return { value: field.multiple ? ids : ids[0] };
}

function plainValue(
  field: Exclude<JobFilterField, JobOptionsField>,
  raw: ParamValue | undefined,
  t: Translate,
): FieldResult {
  if (field.type === 'switch') return { value: ['1', 'true', 'on'].includes(str(raw) ?? '') ? true : undefined };
  const text = (str(raw) ?? '').trim();
  if (text === '') return field.required ? { error: t('host.jobs.required') } : { value: undefined };
  if (field.type === 'select')
    return field.options.some((o) => o.value === text) ? { value: text } : { error: t('host.jobs.invalid-choice') };
  if (text.length > field.maxLength) return { error: t('host.jobs.too-long', { max: field.maxLength }) };
  if (CONTROL.test(field.type === 'text' ? text.replace(/[\t\r\n]/g, '\u0000') : text))
    return { error: t('host.jobs.invalid-text') };
  return { value: text };
}
