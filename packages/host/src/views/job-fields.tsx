import type { JobFilterField, JobFilterValue, JobOptionsField, Option } from '@pim/kernel';

import { ChoiceList } from './components/choice-list.js';
import { describedBy, Field } from './components/field.js';
import { chosenIds } from '../jobs/job-filters.js';
import { usePage } from './page-context.js';

/** One filter of a job page, with everything its control shows. */
export interface JobFieldView {
  readonly field: JobFilterField;
  /** The value shown: what was just submitted, else the saved one. */
  readonly value: JobFilterValue | undefined;
  readonly errors: readonly string[];
  /**
   * An options field's choices: for a single select, the chosen value as its source describes it
   * now (the rest are loaded as the user searches); for several, every choice offered.
   */
  readonly options?: readonly Option[];
  /** The option source's URL, with the field's own params. */
  readonly optionsUrl?: string;
  /** The label of the field a dependent field waits for, while it has no value. */
  readonly waitsFor?: string;
}

const controlId = (name: string) => `job-${name}`;

/** A filter's help: its own, and what the job does when it is left empty. */
function helpOf(field: JobFilterField, t: (key: string) => string): string | undefined {
  const parts = [field.helpKey, field.type === 'options' ? field.emptyKey : undefined].filter(
    (key): key is string => key !== undefined,
  );
  return parts.length === 0 ? undefined : parts.map(t).join(' ');
}

/** One choice among an option source's, searched as the user types; the saved one drawn by the server. */
function AsyncSelect({ view, field, disabled }: { view: JobFieldView; field: JobOptionsField; disabled: boolean }) {
  const { t } = usePage();
  const id = controlId(field.name);
  const chosen = view.options?.[0];
  return (
    <>
      {!disabled && (
        <input
          type="search"
          data-async-search={id}
          placeholder={t('host.jobs.search')}
          aria-label={t('host.jobs.search-in', { field: t(field.labelKey) })}
        />
      )}
      <select
        id={id}
        name={`filters[${field.name}]`}
        data-async-src={disabled ? undefined : view.optionsUrl}
        required={field.required}
        disabled={disabled}
        aria-describedby={describedBy(id)}
        aria-invalid={view.errors.length > 0 ? 'true' : undefined}
      >
        <option value="">{t('host.form.none')}</option>
        {chosen && (
          <option value={chosen.id} data-saved="" selected>
            {chosen.inactive ? `${chosen.label} — ${t('host.jobs.unavailable')}` : chosen.label}
          </option>
        )}
      </select>
    </>
  );
}

/** Several choices (or one, of a dependent field), listed again by the page script when the field it depends on changes. */
function OptionsChoices({ view, field, disabled }: { view: JobFieldView; field: JobOptionsField; disabled: boolean }) {
  const { t } = usePage();
  const dependency = field.dependsOn;
  return (
    <ChoiceList
      id={controlId(field.name)}
      name={`filters[${field.name}]`}
      single={field.multiple !== true}
      legend={t(field.labelKey)}
      required={field.required}
      help={helpOf(field, t)}
      empty={view.waitsFor ? t('host.jobs.choose-parent', { field: view.waitsFor }) : t('host.jobs.no-choices')}
      errors={view.errors}
      options={view.options ?? []}
      chosen={new Set(chosenIds(view.value))}
      disabled={disabled}
      data={
        dependency && view.optionsUrl && !disabled
          ? {
              'data-depends-on': controlId(dependency.field),
              'data-options-src': view.optionsUrl,
              'data-param': dependency.as,
              'data-choose-parent': t('host.jobs.choose-parent', { field: view.waitsFor ?? '' }),
              'data-no-choices': t('host.jobs.no-choices'),
            }
          : {}
      }
    />
  );
}

/** A typed, chosen or switched filter. */
function PlainControl({ view, disabled }: { view: JobFieldView; disabled: boolean }) {
  const { t } = usePage();
  const { field } = view;
  const id = controlId(field.name);
  const value = chosenIds(view.value)[0] ?? '';
  const common = {
    id,
    name: `filters[${field.name}]`,
    required: field.required,
    disabled,
    'aria-describedby': describedBy(id),
    'aria-invalid': view.errors.length > 0 ? ('true' as const) : undefined,
  };
  if (field.type === 'switch') return <input type="checkbox" {...common} value="1" checked={view.value === true} />;
  if (field.type === 'textarea') return <textarea {...common} maxlength={field.maxLength} rows={3} value={value} />;
  if (field.type === 'text') return <input type="text" {...common} maxlength={field.maxLength} value={value} />;
  if (field.type !== 'select') return null;
  return (
    <select {...common}>
      {!field.required && <option value="">{t('host.form.none')}</option>}
      {field.options.map((o) => (
        <option value={o.value} selected={o.value === value}>
          {t(o.labelKey)}
        </option>
      ))}
    </select>
  );
}

/** One filter of a job, drawn as its declaration says. */
export function JobField({ view, disabled }: { view: JobFieldView; disabled: boolean }) {
  const { t } = usePage();
  const { field } = view;
  if (field.type === 'options' && (field.multiple === true || field.dependsOn !== undefined))
    return <OptionsChoices view={view} field={field} disabled={disabled} />;
  return (
    <Field
      id={controlId(field.name)}
      label={t(field.labelKey)}
      required={field.required}
      help={helpOf(field, t)}
      errors={view.errors}
    >
      {field.type === 'options' ? (
        <AsyncSelect view={view} field={field} disabled={disabled} />
      ) : (
        <PlainControl view={view} disabled={disabled} />
      )}
    </Field>
  );
}
