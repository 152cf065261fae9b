import type { FormField } from '@pim/kernel';

import { ChoiceList } from './components/choice-list.js';
import { Field } from './components/field.js';
import { FieldControl, SelectControl } from './form-controls.js';
import { errorsOf, type FormPageProps } from './form-input.js';
import { usePage } from './page-context.js';

/** The ticked option ids of a `checkboxes` field: what was submitted, else the state's. */
function chosenOf(props: FormPageProps, field: FormField): ReadonlySet<string> {
  const submitted = props.submitted?.[field.name];
  const raw = submitted !== undefined ? submitted : props.state.values[field.name];
  const list = Array.isArray(raw) ? (raw as unknown[]) : typeof raw === 'string' ? [raw] : [];
  return new Set(list.filter((v): v is string => typeof v === 'string' && v !== ''));
}

/** Several choices among the state's options for the field. */
function CheckboxesField({ props, field }: { props: FormPageProps; field: FormField }) {
  const { t } = usePage();
  return (
    <ChoiceList
      id={`field-${field.name}`}
      name={field.name}
      legend={t(field.labelKey)}
      required={field.required}
      help={field.helpKey ? t(field.helpKey) : undefined}
      errors={errorsOf(props, field.name)}
      options={props.state.options?.[field.name] ?? []}
      chosen={chosenOf(props, field)}
    />
  );
}

/** One field of a form, drawn as its type says. */
export function FormFieldBlock({ props, field }: { props: FormPageProps; field: FormField }) {
  const { t } = usePage();
  if (field.type === 'checkboxes') return <CheckboxesField props={props} field={field} />;
  const id = `field-${field.name}`;
  return (
    <Field
      id={id}
      label={t(field.labelKey)}
      required={field.required}
      help={field.helpKey ? t(field.helpKey) : undefined}
      note={props.clearedSecrets.includes(field.name) ? t('host.form.secret-cleared') : undefined}
      errors={errorsOf(props, field.name)}
    >
      <FieldControl props={props} field={field} id={id} />
    </Field>
  );
}

/** A mapping: a row per PIM value (inactive ones marked), each with its choice among the store's. */
export function MappingTable({ props, field }: { props: FormPageProps; field: FormField }) {
  const { t } = usePage();
  const submitted = props.submitted?.[field.name] as Readonly<Record<string, unknown>> | undefined;
  return (
    <>
      <p class="help">{field.helpKey ? t(field.helpKey) : ''}</p>
      <table class="mapping">
        <thead>
          <tr>
            <th scope="col">{t('host.form.mapping-pim')}</th>
            <th scope="col">{t('host.form.mapping-store')}</th>
          </tr>
        </thead>
        <tbody>
          {(props.state.mappingRows?.[field.name] ?? []).map((row) => {
            const id = `field-${field.name}-${row.key}`;
            const errorKey = `${field.name}.${row.key}`;
            const invalid = errorsOf(props, errorKey).length > 0;
            const typed = submitted?.[row.key];
            const value = typeof typed === 'string' ? typed : row.value;
            return (
              <tr class={[row.active ? '' : 'inactive', invalid ? 'invalid' : ''].filter(Boolean).join(' ')}>
                <th scope="row">
                  <label for={id}>
                    <code>{row.key}</code>
                  </label>
                  {!row.active && ' '}
                  {!row.active && <span class="badge badge-off">{t('host.form.mapping-inactive')}</span>}
                </th>
                <td class={invalid ? 'field invalid' : 'field'}>
                  <SelectControl
                    props={props}
                    field={field}
                    target={{ id, name: `${field.name}[${row.key}]`, describedBy: `${id}-error`, errorKey, value }}
                  />
                  <div class="error" id={`${id}-error`}>
                    {errorsOf(props, errorKey).join(' ')}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
