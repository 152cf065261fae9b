import type { JobCheckReport } from '@pim/kernel';

import type { HostConfig } from '../config/host-config.js';
import { translatorFor } from '../http/admin-context.js';
import { JobProfiles } from '../jobs/job-profiles.js';
import { startHost } from './start-host.js';

/** A report as lines for a terminal: the summary, each finding with its status in words, each table. */
export function reportLines(report: JobCheckReport, t: (key: string) => string): string[] {
  const lines = [report.summary, ''];
  const status = {
    ok: t('host.jobs.status-ok'),
    warning: t('host.jobs.status-warning'),
    error: t('host.jobs.status-error'),
  };
  for (const line of report.lines) {
    lines.push(`[${status[line.status]}] ${line.label}: ${line.text}`);
    for (const item of line.items ?? []) lines.push(`    - ${item}`);
  }
  for (const table of report.tables) {
    const widths = table.columns.map((c, i) => Math.max(c.length, ...table.rows.map((r) => (r[i] ?? '').length)));
    const row = (cells: readonly string[]) =>
      cells
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd();
    lines.push('', table.caption, row(table.columns), row(widths.map((w) => '-'.repeat(w))), ...table.rows.map(row));
  }
  return lines;
}

/**
 * `pim check-job <code>`: boots the host and runs a job's check with its saved profile, as the
 * user "pim check-job" in `PIM_CLI_LOCALE`, exactly as "Check this job" does. Prints the report;
 * resolves with 0 when the job can run, 1 when it would not, 2 for an unknown job.
 */
export async function checkJob(config: HostConfig, args: readonly string[]): Promise<number> {
  const kernel = await startHost(config, { announce: () => undefined });
  try {
    const locale = process.env.PIM_CLI_LOCALE ?? 'en_US';
    const t = translatorFor(kernel, locale);
    const job = kernel.registry.jobsByCode.get(args[0] ?? '');
    if (job === undefined || job.check === undefined) {
      const known = kernel.registry.jobs
        .filter((j) => j.check !== undefined)
        .map((j) => `  ${j.code}  ${t(j.titleKey)}`);
      process.stderr.write(`${t('host.jobs.cli-unknown')}\n${known.join('\n') || '  -'}\n`);
      return 2;
    }
    const check = kernel.container.get(job.check);
    const filters = await new JobProfiles(kernel.dataSource).filters(job.code);
    const user = { id: 'cli', name: 'pim check-job', locale };
    const report = await kernel.requestContext.run(user, () => check.check(filters));
    process.stdout.write(`${t(job.titleKey)} (${job.code})\n${reportLines(report, t).join('\n')}\n`);
    return report.ok ? 0 : 1;
  } finally {
    await kernel.close();
  }
}
