import type { JobDeclaration, JobFilterValues, JobOptionsField, Option } from '@pim/kernel';

import { optionSourceUrl } from '../http/option.routes.js';
import type { JobFieldView } from '../views/job-fields.js';
import type { Translate } from '../views/text.js';
import { chosenIds, MAX_CHOICES, sourceParams, type SourceOf } from './job-filters.js';

/** A saved value that cannot be chosen any more, for a notice. */
export interface UnavailableValue {
  readonly field: string;
  readonly label: string;
}

/** The URL the page script asks an options field's choices from, with the field's own params. */
function optionsUrl(field: JobOptionsField): string {
  const params = new URLSearchParams(field.params ?? {}).toString();
  return `${optionSourceUrl(field.source.name)}${params === '' ? '' : `?${params}`}`;
}

/**
 * What an options field shows for `values`: a single select, its chosen value as the source
 * describes it now; several choices (or a field that depends on another), every choice the source
 * offers for the value it depends on, and chosen ones no longer offered, marked inactive.
 */
async function optionsView(
  job: JobDeclaration,
  field: JobOptionsField,
  values: JobFilterValues,
  sourceOf: SourceOf,
  t: Translate,
): Promise<Pick<JobFieldView, 'options' | 'optionsUrl' | 'waitsFor'>> {
  const source = sourceOf(field.source);
  const params = sourceParams(field, values);
  const ids = chosenIds(values[field.name]).slice(0, MAX_CHOICES);
  const url = optionsUrl(field);
  if (field.multiple !== true && field.dependsOn === undefined) {
    const options = ids.length === 0 ? [] : (await source.list({ ids, params })).options;
    return { options, optionsUrl: url };
  }
  if (field.dependsOn !== undefined && params[field.dependsOn.as] === '') {
    const parent = job.filters.find((f) => f.name === field.dependsOn!.field);
    return { options: [], optionsUrl: url, waitsFor: parent ? t(parent.labelKey) : field.dependsOn.field };
  }
  const offered = (await source.list({ params, perPage: MAX_CHOICES })).options;
  const missing = ids.filter((id) => !offered.some((o) => o.id === id));
  const gone: Option[] =
    missing.length === 0
      ? []
      : (await source.list({ ids: missing, params })).options.map((o) => ({ ...o, inactive: true }));
  return { options: [...offered, ...gone], optionsUrl: url };
}

/** Every filter of a job page, for `values` (saved, or just typed and refused with `errors`). */
export async function jobFieldViews(
  job: JobDeclaration,
  values: JobFilterValues,
  errors: Readonly<Record<string, readonly string[]>>,
  sourceOf: SourceOf,
  t: Translate,
): Promise<{ views: JobFieldView[]; unavailable: UnavailableValue[] }> {
  const views: JobFieldView[] = [];
  const unavailable: UnavailableValue[] = [];
  for (const field of job.filters) {
    const view: JobFieldView = { field, value: values[field.name], errors: errors[field.name] ?? [] };
    if (field.type !== 'options') {
      views.push(view);
      continue;
    }
    const shown = await optionsView(job, field, values, sourceOf, t);
    for (const option of shown.options ?? [])
      if (option.inactive === true && chosenIds(values[field.name]).includes(option.id))
        unavailable.push({ field: t(field.labelKey), label: option.label });
    views.push({ ...view, ...shown });
  }
  return { views, unavailable };
}
