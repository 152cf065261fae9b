import type { FormField, Option } from '@pim/kernel';

import { describedBy } from './components/field.js';
import { invalidAttributes, isTyped, valueOf, type FormPageProps } from './form-input.js';
import { usePage } from './page-context.js';

/** Where a select's value goes: a field, or one row of a mapping (`localeMapping[en_US]`). */
export interface SelectTarget {
  readonly id: string;
  readonly name: string;
  readonly describedBy: string;
  /** Its key in the submit's errors (`localeMapping.en_US`). */
  readonly errorKey: string;
  readonly value: string;
}

/**
 * A choice among the options of a field: a select, or a text input with suggestions when values
 * are typed (e.g. while the store's list is known to be incomplete). A value no longer offered
 * stays selectable, so that saving the form never drops it silently.
 */
export function SelectControl({
  props,
  field,
  target,
}: {
  props: FormPageProps;
  field: FormField;
  target: SelectTarget;
}) {
  const { t } = usePage();
  const invalid = invalidAttributes(props, target.errorKey);
  if (isTyped(props, field))
    return (
      <input
        type="text"
        id={target.id}
        name={target.name}
        value={target.value}
        list={`${field.name}-options`}
        aria-describedby={target.describedBy}
        {...invalid}
        placeholder={t('host.form.type-code')}
        maxlength={field.maxLength}
        spellcheck={false}
        dir="auto"
      />
    );
  const options: readonly Option[] =
    props.state.options?.[field.name] ?? (field.options ?? []).map((o) => ({ id: o.value, label: t(o.labelKey) }));
  const known = options.some((o) => o.id === target.value);
  return (
    <select id={target.id} name={target.name} aria-describedby={target.describedBy} {...invalid}>
      <option value="">{field.type === 'mapping' ? t('host.form.not-mapped') : t('host.form.none')}</option>
      {!known && target.value !== '' && (
        <option value={target.value} selected>
          {target.value}
        </option>
      )}
      {options.map((o) => (
        <option value={o.id} selected={o.id === target.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** The control of a one-value field: text, URL, password, switch or select. */
export function FieldControl({ props, field, id }: { props: FormPageProps; field: FormField; id: string }) {
  const { t } = usePage();
  const value = valueOf(props, field);
  const common = {
    id,
    name: field.name,
    'aria-describedby': describedBy(id),
    ...invalidAttributes(props, field.name),
    required: field.required,
  };
  switch (field.type) {
    case 'password':
      return (
        <input type="password" {...common} value={value} autocomplete="new-password" maxlength={field.maxLength} />
      );
    case 'switch':
      return (
        <select {...common}>
          {(field.options ?? []).map((o) => (
            <option value={o.value} selected={o.value === value}>
              {t(o.labelKey)}
            </option>
          ))}
        </select>
      );
    case 'select':
      return (
        <SelectControl
          props={props}
          field={field}
          target={{ id, name: field.name, describedBy: describedBy(id), errorKey: field.name, value }}
        />
      );
    case 'url':
      return (
        <input
          type="url"
          {...common}
          value={value}
          maxlength={field.maxLength}
          inputmode="url"
          spellcheck={false}
          dir="ltr"
        />
      );
    default:
      return <input type="text" {...common} value={value} maxlength={field.maxLength} />;
  }
}

/** The suggestions of every typed field, once per field. */
export function Datalists({ props }: { props: FormPageProps }) {
  const fields = props.schema.sections.flatMap((s) => s.fields).filter((f) => isTyped(props, f));
  const names = [...new Set(fields.map((f) => f.name))];
  return (
    <>
      {names.map((name) => (
        <datalist id={`${name}-options`}>
          {(props.state.options?.[name] ?? []).map((o) => (
            <option value={o.id}>{o.label}</option>
          ))}
        </datalist>
      ))}
    </>
  );
}
