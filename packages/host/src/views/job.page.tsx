import type { JobCheckReport } from '@pim/kernel';

import { CsrfInput } from './components/csrf-input.js';
import { Field } from './components/field.js';
import { JobField, type JobFieldView } from './job-fields.js';
import { JobReport } from './job-report.js';
import { usePage } from './page-context.js';

export interface JobPageProps {
  /** Where the profile is saved: the job's page. */
  readonly action: string;
  readonly code: string;
  readonly description: string | null;
  readonly fields: readonly JobFieldView[];
  /** The user may change the filters; otherwise they are shown, read-only. */
  readonly canSave: boolean;
  /** Where "Check this job" goes; null when the job has no check. */
  readonly checkUrl: string | null;
  /** What the check found, on the page it was asked from. */
  readonly report: JobCheckReport | null;
  /** Labels of saved values that cannot be chosen any more. */
  readonly unavailable: readonly { readonly field: string; readonly label: string }[];
}

/** A job profile: its filters as the job declares them, saved by the host, and its check. */
export function JobPage(props: JobPageProps) {
  const { t } = usePage();
  return (
    <>
      {props.report && <JobReport report={props.report} />}
      <section class="panel">
        {props.description && <p class="help">{props.description}</p>}
        {!props.canSave && (
          <div class="notice notice-info" role="status">
            <p>{t('host.jobs.read-only')}</p>
          </div>
        )}
        {props.unavailable.map((u) => (
          <div class="notice notice-warning" role="status">
            <p>{t('host.jobs.saved-unavailable', { field: u.field, label: u.label })}</p>
          </div>
        ))}
        <form method="post" action={props.action}>
          <CsrfInput />
          <div class="form-grid">
            <Field id="job-code" label={t('host.jobs.code')}>
              <input id="job-code" name="code" value={props.code} readonly dir="ltr" />
            </Field>
            {props.fields.map((view) => (
              <JobField view={view} disabled={!props.canSave} />
            ))}
          </div>
          {props.canSave && (
            <div class="form-actions">
              <button type="submit" class="primary">
                {t('host.jobs.save')}
              </button>
            </div>
          )}
        </form>
        {props.checkUrl && (
          <form method="get" action={props.checkUrl} class="inline" data-busy={t('host.jobs.checking')}>
            <button type="submit">{t('host.jobs.check')}</button>
          </form>
        )}
      </section>
    </>
  );
}
