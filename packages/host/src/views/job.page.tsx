import type { Option } from '@pim/kernel';

import { CsrfInput } from './components/csrf-input.js';
import { Field } from './components/field.js';
import { usePage } from './page-context.js';

export interface JobPageProps {
  /** Where the profile is saved: the job's page. */
  readonly action: string;
  readonly code: string;
  readonly descriptionKey: string;
  readonly field: { readonly name: string; readonly labelKey: string; readonly optionsUrl: string };
  /** The saved credential, as the option source describes it now; flagged when it cannot be chosen any more. */
  readonly saved: Option | null;
}

/** A job profile: one async credential select, as UnoPim's job filters. */
export function JobPage({ action, code, descriptionKey, field, saved }: JobPageProps) {
  const { t } = usePage();
  const id = `job-${field.name}`;
  const savedLabel = saved?.inactive ? `${saved.label} — ${t('host.jobs.unavailable')}` : saved?.label;
  return (
    <section class="panel">
      <p class="help">{t(descriptionKey)}</p>
      {saved?.inactive && (
        <div class="notice notice-warning" role="status">
          <p>{t('host.jobs.saved-unavailable', { label: saved.label })}</p>
        </div>
      )}
      <form method="post" action={action}>
        <CsrfInput />
        <div class="form-grid">
          <Field id="job-code" label={t('host.jobs.code')}>
            <input id="job-code" name="code" value={code} readonly />
          </Field>
          <Field id={id} label={t(field.labelKey)} required>
            <input
              type="search"
              data-async-search={id}
              placeholder={t('host.jobs.search')}
              aria-label={t('host.jobs.search')}
            />
            <select id={id} name={`filters[${field.name}]`} data-async-src={field.optionsUrl} required>
              <option value="">{t('host.form.none')}</option>
              {saved && (
                <option value={saved.id} data-saved="" selected>
                  {savedLabel}
                </option>
              )}
            </select>
          </Field>
        </div>
        <div class="form-actions">
          <button type="submit" class="primary">
            {t('host.jobs.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
