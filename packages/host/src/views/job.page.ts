import { html, type SafeHtml, type Translate } from './html.js';

export interface JobPageInput {
  readonly t: Translate;
  readonly csrfToken: string;
  /** Where the profile is saved: the job's page. */
  readonly action: string;
  readonly field: { readonly name: string; readonly labelKey: string; readonly optionsUrl: string };
  readonly saved: { readonly id: string; readonly label: string } | null;
}

/** The sample "Export to BigCommerce" job profile: one async credential select, as UnoPim's job filters. */
export function jobPage(input: JobPageInput): SafeHtml {
  const { t, field } = input;
  return html`<section class="panel">
    <p class="help">${t('host.jobs.description')}</p>
    <form method="post" action="${input.action}">
      <input type="hidden" name="_csrf" value="${input.csrfToken}" />
      <div class="form-grid">
        <div class="field">
          <label for="job-code">${t('host.jobs.code')}</label
          ><input id="job-code" name="code" value="bigcommerce_product_export" readonly />
        </div>
        <div class="field">
          <label for="job-${field.name}" class="required">${t(field.labelKey)}</label>
          <input
            type="search"
            data-async-search="job-${field.name}"
            placeholder="${t('host.jobs.search')}"
            aria-label="${t('host.jobs.search')}"
          />
          <select id="job-${field.name}" name="filters[${field.name}]" data-async-src="${field.optionsUrl}" required>
            <option value="">${t('host.form.none')}</option>
            ${input.saved ? html`<option value="${input.saved.id}" selected>${input.saved.label}</option>` : ''}
          </select>
        </div>
      </div>
      <div class="form-actions"><button type="submit" class="primary">${t('host.jobs.save')}</button></div>
    </form>
  </section>`;
}
