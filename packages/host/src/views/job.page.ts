import type { Option } from '@pim/kernel';
import { html, type SafeHtml, type Translate } from './html.js';

export interface JobPageInput {
  readonly t: Translate;
  readonly csrfToken: string;
  /** Where the profile is saved: the job's page. */
  readonly action: string;
  readonly code: string;
  readonly descriptionKey: string;
  readonly field: { readonly name: string; readonly labelKey: string; readonly optionsUrl: string };
  /** The saved credential, as the option source describes it now; flagged when it cannot be chosen any more. */
  readonly saved: Option | null;
}

/** A sample job profile: one async credential select, as UnoPim's job filters. */
export function jobPage(input: JobPageInput): SafeHtml {
  const { t, field, saved } = input;
  const savedLabel =
    saved === null ? '' : saved.inactive ? `${saved.label} — ${t('host.jobs.unavailable')}` : saved.label;
  return html`<section class="panel">
    <p class="help">${t(input.descriptionKey)}</p>
    ${saved?.inactive ? html`<div class="notice notice-warning" role="status"><p>${t('host.jobs.saved-unavailable', { label: saved.label })}</p></div>` : ''}
    <form method="post" action="${input.action}">
      <input type="hidden" name="_csrf" value="${input.csrfToken}" />
      <div class="form-grid">
        <div class="field">
          <label for="job-code">${t('host.jobs.code')}</label
          ><input id="job-code" name="code" value="${input.code}" readonly />
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
            ${saved ? html`<option value="${saved.id}" data-saved selected>${savedLabel}</option>` : ''}
          </select>
        </div>
      </div>
      <div class="form-actions"><button type="submit" class="primary">${t('host.jobs.save')}</button></div>
    </form>
  </section>`;
}
