import type { FormField, FormSchema, FormState, Option } from '@pim/kernel';
import { displayText, html, type SafeHtml, type Translate } from './html.js';

/** What a create or edit page is drawn from. */
export interface FormPageInput {
  readonly t: Translate;
  readonly schema: FormSchema;
  readonly state: FormState;
  readonly adminRoot: string;
  readonly recordId: string | null;
  readonly csrfToken: string;
  /** Field → messages of the last submit. */
  readonly errors: Readonly<Record<string, readonly string[]>>;
  /** What the user submitted, shown back after an error (secrets never are). */
  readonly submitted: Readonly<Record<string, unknown>> | null;
  /** Secret fields that held a typed value when the submit failed: cleared for safety. */
  readonly clearedSecrets: readonly string[];
  /** Lists about the record (e.g. its history), already drawn. */
  readonly related: readonly SafeHtml[];
  /** Actions the user may run (already filtered by permission). */
  readonly actions: NonNullable<FormSchema['actions']>;
  readonly backHref: string;
  /** A question of the last submit the user may override ("Save anyway"). */
  readonly confirm?: { readonly field: string; readonly label: string };
}

/* The controls of a form page: fields, selects, checkboxes, mapping tables, their errors and focus. */

function valueOf(input: FormPageInput, field: FormField): string {
  if (field.secret) return displayText(input.state.values[field.name]);
  const submitted = input.submitted?.[field.name];
  if (typeof submitted === 'string') return submitted;
  return displayText(input.state.values[field.name]);
}

export function errorsOf(input: FormPageInput, name: string): readonly string[] {
  return input.errors[name] ?? [];
}

/** The first field (or mapping row: `field.key`) of the form, in page order, with an error: it gets the focus. */
function firstInvalid(input: FormPageInput): string | undefined {
  return input.schema.sections
    .flatMap((s) => s.fields)
    .flatMap((f) =>
      f.type === 'mapping' ? (input.state.mappingRows?.[f.name] ?? []).map((r) => `${f.name}.${r.key}`) : [f.name],
    )
    .find((key) => errorsOf(input, key).length > 0);
}

/** `aria-invalid` on a control with errors, and `autofocus` on the first of them. */
function invalidAttributes(input: FormPageInput, errorKey: string): SafeHtml | string {
  if (errorsOf(input, errorKey).length === 0) return '';
  return firstInvalid(input) === errorKey ? html` aria-invalid="true" autofocus` : html` aria-invalid="true"`;
}

function fieldControl(input: FormPageInput, field: FormField, id: string, describedBy: string): SafeHtml {
  const { t } = input;
  const value = valueOf(input, field);
  const common = html`id="${id}" name="${field.name}"
  aria-describedby="${describedBy}"${invalidAttributes(input, field.name)}${field.required ? html` required` : ''}`;
  switch (field.type) {
    case 'password':
      return html`<input
        type="password"
        ${common}
        value="${value}"
        autocomplete="new-password"
        ${field.maxLength ? html` maxlength="${field.maxLength}"` : ''}
      />`;
    case 'switch':
      return html`<select ${common}>
        ${(field.options ?? []).map((o) => html`<option value="${o.value}" ${o.value === value ? html` selected` : ''}>${t(o.labelKey)}</option>`)}
      </select>`;
    case 'select':
      return selectControl(input, field, id, describedBy, value);
    default:
      return html`<input
        type="${field.type === 'url' ? 'url' : 'text'}"
        ${common}
        value="${value}"
        ${field.maxLength ? html` maxlength="${field.maxLength}"` : ''}${field.type === 'url' ? html` inputmode="url" spellcheck="false" dir="ltr"` : ''}
      />`;
  }
}

function selectControl(
  input: FormPageInput,
  field: FormField,
  id: string,
  describedBy: string,
  value: string,
  name = field.name,
  errorKey = field.name,
): SafeHtml {
  const { t } = input;
  const invalid = invalidAttributes(input, errorKey);
  const options: readonly Option[] =
    input.state.options?.[field.name] ?? (field.options ?? []).map((o) => ({ id: o.value, label: t(o.labelKey) }));
  if (input.state.typedValues?.[field.name] ?? field.allowCustomValue) {
    const list = `${field.name}-options`;
    return html`<input
      type="text"
      id="${id}"
      name="${name}"
      value="${value}"
      list="${list}"
      aria-describedby="${describedBy}"
      ${invalid}
      placeholder="${t('host.form.type-code')}"
      ${field.maxLength ? html` maxlength="${field.maxLength}"` : ''}
      spellcheck="false"
      dir="auto"
    />`;
  }
  const known = options.some((o) => o.id === value);
  return html`<select id="${id}" name="${name}" aria-describedby="${describedBy}" ${invalid}>
    <option value="">${field.type === 'mapping' ? t('host.form.not-mapped') : t('host.form.none')}</option>
    ${!known && value !== '' ? html`<option value="${value}" selected>${value}</option>` : ''}
    ${options.map((o) => html`<option value="${o.id}" ${o.id === value ? html` selected` : ''}>${o.label}</option>`)}
  </select>`;
}

export function datalists(input: FormPageInput): SafeHtml[] {
  const seen = new Set<string>();
  const lists: SafeHtml[] = [];
  for (const field of input.schema.sections.flatMap((s) => s.fields)) {
    if (!(input.state.typedValues?.[field.name] ?? field.allowCustomValue) || seen.has(field.name)) continue;
    seen.add(field.name);
    lists.push(
      html`<datalist id="${field.name}-options">
        ${(input.state.options?.[field.name] ?? []).map((o) => html`<option value="${o.id}">${o.label}</option>`)}
      </datalist>`,
    );
  }
  return lists;
}

/** The ticked option ids of a `checkboxes` field: what was submitted, else the state's. */
function chosenOf(input: FormPageInput, field: FormField): ReadonlySet<string> {
  const submitted = input.submitted?.[field.name];
  const raw = submitted !== undefined ? submitted : input.state.values[field.name];
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
  return new Set(list.filter((v): v is string => typeof v === 'string' && v !== ''));
}

/** Several choices: a fieldset of checkboxes, an empty `name[]` first so that none ticked is a value too. */
function checkboxesBlock(input: FormPageInput, field: FormField): SafeHtml {
  const { t } = input;
  const id = `field-${field.name}`;
  const errors = errorsOf(input, field.name);
  const chosen = chosenOf(input, field);
  const options = input.state.options?.[field.name] ?? [];
  return html`<fieldset
    class="field choices${errors.length > 0 ? ' invalid' : ''}"
    id="${id}"
    aria-describedby="${id}-help ${id}-error"
  >
    <legend class="${field.required ? 'required' : ''}">${t(field.labelKey)}</legend>
    <input type="hidden" name="${field.name}[]" value="" />
    ${options.map((o) => {
      const optionId = `${id}-${o.id}`;
      return html`<div class="choice${o.inactive ? ' inactive' : ''}">
        <input
          type="checkbox"
          id="${optionId}"
          name="${field.name}[]"
          value="${o.id}"
          ${chosen.has(o.id) ? html` checked` : ''}${o.inactive ? html` disabled` : ''}
        /><label for="${optionId}">${o.label}</label>${o.hint ? html` <span class="hint">${o.hint}</span>` : ''}
      </div>`;
    })}
    ${field.helpKey ? html`<div class="help" id="${id}-help">${t(field.helpKey)}</div>` : ''}
    <div class="error" id="${id}-error">${errors.join(' ')}</div>
  </fieldset>`;
}

export function fieldBlock(input: FormPageInput, field: FormField): SafeHtml {
  if (field.type === 'checkboxes') return checkboxesBlock(input, field);
  const { t } = input;
  const id = `field-${field.name}`;
  const errors = errorsOf(input, field.name);
  const cleared = input.clearedSecrets.includes(field.name);
  // Field errors are not live regions: the one summary above the form is announced, once.
  return html`<div class="field${errors.length > 0 ? ' invalid' : ''}">
    <label for="${id}" class="${field.required ? 'required' : ''}">${t(field.labelKey)}</label>
    ${fieldControl(input, field, id, `${id}-help ${id}-error`)}
    ${cleared ? html`<div class="note" id="${id}-cleared">${t('host.form.secret-cleared')}</div>` : ''}
    ${field.helpKey ? html`<div class="help" id="${id}-help">${t(field.helpKey)}</div>` : ''}
    <div class="error" id="${id}-error">${errors.join(' ')}</div>
  </div>`;
}

export function mappingBlock(input: FormPageInput, field: FormField): SafeHtml {
  const { t } = input;
  const rows = input.state.mappingRows?.[field.name] ?? [];
  const submitted = input.submitted?.[field.name] as Record<string, unknown> | undefined;
  return html`<p class="help">${field.helpKey ? t(field.helpKey) : ''}</p>
    <table class="mapping">
      <thead>
        <tr>
          <th scope="col">${t('host.form.mapping-pim')}</th>
          <th scope="col">${t('host.form.mapping-store')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          const name = `${field.name}[${row.key}]`;
          const id = `field-${field.name}-${row.key}`;
          const errors = errorsOf(input, `${field.name}.${row.key}`);
          const value = typeof submitted?.[row.key] === 'string' ? (submitted[row.key] as string) : row.value;
          return html`<tr class="${row.active ? '' : 'inactive'}${errors.length > 0 ? ' invalid' : ''}">
            <th scope="row">
              <label for="${id}"><code>${row.key}</code></label
              >${row.active ? '' : html` <span class="badge badge-off">${t('host.form.mapping-inactive')}</span>`}
            </th>
            <td class="field${errors.length > 0 ? ' invalid' : ''}">
              ${selectControl(input, field, id, `${id}-error`, value, name, `${field.name}.${row.key}`)}
              <div class="error" id="${id}-error">${errors.join(' ')}</div>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
}
