import { html, type SafeHtml } from './html.js';
import { datalists, errorsOf, fieldBlock, mappingBlock, type FormPageInput } from './form-fields.js';
import { noticeBlock } from './form-notice.js';

export type { FormPageInput } from './form-fields.js';

const route = (root: string, path: string, id: string | null) =>
  `${root}/${id === null ? path : path.replace(':id', encodeURIComponent(id))}`;

/**
 * The version the values in the form are based on: after a failed submit, the one that submit was
 * based on, so that saving the kept values again never overwrites a change saved in between
 * (the database refuses it as stale); otherwise the record's current one.
 */
function basedOn(input: FormPageInput): string {
  const submitted = input.submitted?.['version'];
  return typeof submitted === 'string' ? submitted : String(input.state.version ?? '');
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
                            data-action="${a.method}"
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
    <div id="form-summary" class="flash form-summary" role="alert" hidden></div>
    <form
      method="post"
      action="${route(input.adminRoot, schema.submitRoute, input.recordId)}"
      data-fetch
      data-failed="${t('host.form.failed')}"
      novalidate${schema.remoteSubmit ? html` data-busy="${t(schema.busyLabelKey ?? 'host.form.busy')}"` : ''}
    >
      <input type="hidden" name="_csrf" value="${input.csrfToken}" />
      ${isEdit ? html`<input type="hidden" name="_method" value="PUT" /><input type="hidden" name="version" value="${basedOn(input)}" />` : ''}
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
    </form>
    ${input.related}`;
}
