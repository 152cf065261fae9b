import type { FormField, FormNotice, FormSchema, FormState, Option } from '@pim/kernel';
import { displayText, html, type SafeHtml, type Translate } from './html.js';

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
  /** Actions the user may run (already filtered by permission). */
  readonly actions: NonNullable<FormSchema['actions']>;
  readonly backHref: string;
  /** A question of the last submit the user may override ("Save anyway"). */
  readonly confirm?: { readonly field: string; readonly label: string };
}

const route = (root: string, path: string, id: string | null) =>
  `${root}/${id === null ? path : path.replace(':id', encodeURIComponent(id))}`;

function valueOf(input: FormPageInput, field: FormField): string {
  if (field.secret) return displayText(input.state.values[field.name]);
  const submitted = input.submitted?.[field.name];
  if (typeof submitted === 'string') return submitted;
  return displayText(input.state.values[field.name]);
}

function errorsOf(input: FormPageInput, name: string): readonly string[] {
  return input.errors[name] ?? [];
}

function fieldControl(input: FormPageInput, field: FormField, id: string, describedBy: string): SafeHtml {
  const { t } = input;
  const value = valueOf(input, field);
  const common = html`id="${id}" name="${field.name}"
  aria-describedby="${describedBy}"${errorsOf(input, field.name).length > 0 ? html` aria-invalid="true"` : ''}${field.required ? html` required` : ''}`;
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
): SafeHtml {
  const { t } = input;
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
      placeholder="${t('host.form.type-code')}"
      ${field.maxLength ? html` maxlength="${field.maxLength}"` : ''}
      spellcheck="false"
      dir="auto"
    />`;
  }
  const known = options.some((o) => o.id === value);
  return html`<select id="${id}" name="${name}" aria-describedby="${describedBy}">
    <option value="">${field.type === 'mapping' ? t('host.form.not-mapped') : t('host.form.none')}</option>
    ${!known && value !== '' ? html`<option value="${value}" selected>${value}</option>` : ''}
    ${options.map((o) => html`<option value="${o.id}" ${o.id === value ? html` selected` : ''}>${o.label}</option>`)}
  </select>`;
}

function datalists(input: FormPageInput): SafeHtml[] {
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
    <div class="error" id="${id}-error" role="${errors.length > 0 ? 'alert' : ''}">${errors.join(' ')}</div>
  </fieldset>`;
}

function fieldBlock(input: FormPageInput, field: FormField): SafeHtml {
  if (field.type === 'checkboxes') return checkboxesBlock(input, field);
  const { t } = input;
  const id = `field-${field.name}`;
  const errors = errorsOf(input, field.name);
  return html`<div class="field${errors.length > 0 ? ' invalid' : ''}">
    <label for="${id}" class="${field.required ? 'required' : ''}">${t(field.labelKey)}</label>
    ${fieldControl(input, field, id, `${id}-help ${id}-error`)}
    ${field.helpKey ? html`<div class="help" id="${id}-help">${t(field.helpKey)}</div>` : ''}
    <div class="error" id="${id}-error" role="${errors.length > 0 ? 'alert' : ''}">${errors.join(' ')}</div>
  </div>`;
}

function mappingBlock(input: FormPageInput, field: FormField): SafeHtml {
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
              ${selectControl(input, field, id, `${id}-error`, value, name)}
              <div class="error" id="${id}-error">${errors.join(' ')}</div>
            </td>
          </tr>`;
        })}
      </tbody>
    </table>`;
}

/** A notice of the module: its text, its points, and a link (a page outside the admin opens in a new tab). */
function noticeBlock(notice: FormNotice): SafeHtml {
  const external = notice.link !== undefined && /^https:\/\//.test(notice.link.href);
  const safeLink = notice.link !== undefined && (external || notice.link.href.startsWith('/admin/'));
  return html`<div class="notice notice-${notice.level}" role="status">
    <p>${notice.text}</p>
    ${
      notice.items && notice.items.length > 0
        ? html`<ul>
            ${notice.items.map((item) => html`<li>${item}</li>`)}
          </ul>`
        : ''
    }
    ${
      notice.link && safeLink
        ? html`<p>
            <a href="${notice.link.href}" ${external ? html` target="_blank" rel="noopener noreferrer"` : ''}
              >${notice.link.text}</a
            >
          </p>`
        : ''
    }
  </div>`;
}

/** A create or edit page drawn from a form schema and the handler's state. */
export function formPage(input: FormPageInput): SafeHtml {
  const { t, schema, state } = input;
  const isEdit = schema.mode === 'edit';
  const formErrors = errorsOf(input, '_form');
  return html` ${(state.notices ?? []).map(noticeBlock)}
    ${formErrors.length > 0 ? html`<div class="flash flash-error" role="alert">${formErrors.join(' ')}</div>` : ''}
    ${
      state.details && state.details.length > 0
        ? html`<section class="panel" aria-labelledby="details-title">
            <h2 id="details-title">${t('host.form.details')}</h2>
            <dl class="details" data-details>
              ${state.details.map(
                (d) =>
                  html`<dt>${d.label}</dt>
                    <dd>${d.value}</dd>`,
              )}
            </dl>
            ${
              input.actions.length > 0
                ? html`<div class="form-actions">
                    ${input.actions.map(
                      (a) =>
                        html`<form
                          method="post"
                          action="${route(input.adminRoot, a.route, input.recordId)}"
                          class="inline"
                          ${a.remote ? html` data-busy="${t(a.busyLabelKey ?? 'host.form.busy')}"` : ''}
                        >
                          <input type="hidden" name="_csrf" value="${input.csrfToken}" /><button
                            type="submit"
                            data-action="${a.name}"
                          >
                            ${t(a.labelKey)}
                          </button>
                        </form>`,
                    )}
                  </div>`
                : ''
            }
          </section>`
        : ''
    }
    <form
      method="post"
      action="${route(input.adminRoot, schema.submitRoute, input.recordId)}"
      novalidate${schema.remoteSubmit ? html` data-busy="${t(schema.busyLabelKey ?? 'host.form.busy')}"` : ''}
    >
      <input type="hidden" name="_csrf" value="${input.csrfToken}" />
      ${isEdit ? html`<input type="hidden" name="_method" value="PUT" /><input type="hidden" name="version" value="${state.version ?? ''}" />` : ''}
      ${schema.sections.map(
        (section) =>
          html`<section class="panel" aria-labelledby="section-${section.id}">
            <h2 id="section-${section.id}">${t(section.labelKey)}</h2>
            ${
              section.fields.some((f) => f.type === 'mapping')
                ? section.fields.map((f) => (f.type === 'mapping' ? mappingBlock(input, f) : fieldBlock(input, f)))
                : html`<div class="form-grid">${section.fields.map((f) => fieldBlock(input, f))}</div>`
            }
          </section>`,
      )}
      ${datalists(input)}
      <div class="form-actions">
        <a class="button" href="${input.backHref}">${t('host.form.back')}</a
        >${input.confirm ? html`<button type="submit" name="${input.confirm.field}" value="1" class="warning">${input.confirm.label}</button>` : ''}<button
          type="submit"
          class="primary"
        >
          ${t(schema.submitLabelKey)}
        </button>
      </div>
    </form>`;
}
