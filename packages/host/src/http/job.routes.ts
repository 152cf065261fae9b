import type { FastifyInstance, FastifyReply } from 'fastify';

import type { Option, OptionSource } from '@pim/kernel';
import type { HostKernel } from '../kernel/host-kernel.js';
import { JobProfiles } from '../jobs/job-profiles.js';
import { SAMPLE_JOBS, type SampleJob } from '../jobs/sample-jobs.js';
import { jobPage } from '../views/job.page.js';
import { sendPage, type Admin } from './admin-context.js';
import { str, type ParamValue } from './bracket-params.js';
import { optionSourceUrl } from './option.routes.js';
import type { RouteGuard } from './route-guard.js';

/**
 * The sample job profiles (export and import): a page with the job's credential select, fed by the
 * option source it names through the kernel, as a third-party job would use it. The profile is
 * saved in a host table and shown again with its credential, flagged when it cannot be chosen
 * any more (deactivated, or no longer able to do what the job needs). It runs nothing.
 */
export function registerJobRoutes(app: FastifyInstance, kernel: HostKernel, guard: RouteGuard): void {
  const profiles = new JobProfiles(kernel.dataSource);
  for (const job of SAMPLE_JOBS) registerJob(app, kernel, guard, job, profiles);
}

function registerJob(
  app: FastifyInstance,
  kernel: HostKernel,
  guard: RouteGuard,
  job: SampleJob,
  profiles: JobProfiles,
): void {
  const registration = kernel.registry.optionSourcesByName.get(job.optionSource);
  if (registration === undefined) return;
  const source = () => kernel.container.get<OptionSource>(registration.source);
  const optionsUrl = `${optionSourceUrl(job.optionSource)}?${new URLSearchParams(job.params).toString()}`;

  /** The saved credential, as the option source describes it now (null: none, or deleted since). */
  const saved = async (): Promise<Option | null> => {
    const id = (await profiles.filters(job.code))[job.field.name];
    if (id === undefined || id === '') return null;
    return (await source().list({ ids: [id], params: job.params })).options[0] ?? null;
  };
  const show = async (
    admin: Admin,
    reply: FastifyReply,
    status = 200,
    flash?: { level: 'success' | 'error'; text: string },
  ) =>
    sendPage(kernel, reply, admin, {
      title: admin.t(job.labelKey),
      body: jobPage({
        t: admin.t,
        csrfToken: admin.session.csrfToken,
        action: job.path,
        code: job.code,
        descriptionKey: job.descriptionKey,
        field: { ...job.field, optionsUrl },
        saved: await saved(),
      }),
      status,
      path: job.path,
      ...(flash ? { flash } : {}),
    });

  app.get(
    job.path,
    guard(registration.permission, async (admin, _request, reply) => show(admin, reply)),
  );

  app.post(
    job.path,
    guard(registration.permission, async (admin, request, reply) => {
      const filters = ((request.body ?? {}) as Record<string, ParamValue>).filters as
        Record<string, ParamValue> | undefined;
      const id = str(filters?.[job.field.name]) ?? '';
      const [chosen] = id === '' ? [] : (await source().list({ ids: [id], params: job.params })).options;
      if (chosen === undefined || chosen.inactive)
        return show(admin, reply, 422, { level: 'error', text: admin.t('host.jobs.no-options') });
      await profiles.save(job.code, job.type, { [job.field.name]: chosen.id }, admin.user.name);
      await admin.flashNext({ level: 'success', text: admin.t('host.jobs.saved', { label: chosen.label }) });
      return reply.redirect(job.path, 303);
    }),
  );
}
