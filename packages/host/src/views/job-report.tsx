import type { JobCheckLine, JobCheckReport, JobCheckStatus } from '@pim/kernel';

import { usePage } from './page-context.js';

const STATUS_WORD: Readonly<Record<JobCheckStatus, string>> = {
  ok: 'host.jobs.status-ok',
  warning: 'host.jobs.status-warning',
  error: 'host.jobs.status-error',
};

function Line({ line }: { line: JobCheckLine }) {
  const { t } = usePage();
  return (
    <li class={`check-line check-${line.status}`}>
      <span class="check-status">{t(STATUS_WORD[line.status])}</span>
      <span class="check-label">{line.label}</span>
      <span class="check-text">{line.text}</span>
      {line.items && line.items.length > 0 && (
        <ul>
          {line.items.map((item) => (
            <li>
              <bdi>{item}</bdi>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** What a job's check found: the summary (announced), each finding with its status in words, and its tables. */
export function JobReport({ report }: { report: JobCheckReport }) {
  const { t } = usePage();
  const tone = !report.ok ? 'error' : report.lines.some((l) => l.status === 'warning') ? 'warning' : 'success';
  return (
    <section class="panel job-check" aria-labelledby="job-check-title">
      <h2 id="job-check-title">{t('host.jobs.check-title')}</h2>
      <div class={`notice notice-${tone}`} role="status">
        <p>{report.summary}</p>
      </div>
      <ul class="check-lines">
        {report.lines.map((line) => (
          <Line line={line} />
        ))}
      </ul>
      {report.tables.map((table) => (
        <div class="grid-wrap">
          <table class="grid check-table">
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th scope="col">{column}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr>
                  {row.map((cell, i) => (
                    <td data-label={table.columns[i]}>
                      <bdi>{cell}</bdi>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      <p class="help">{t('host.jobs.check-uses-saved')}</p>
    </section>
  );
}
