import type { FastifyInstance, FastifyReply } from 'fastify';

import type { Option, OptionSource } from '@pim/kernel';
import type { HostKernel } from '../kernel/host-kernel.js';
import { JobProfiles } from '../jobs/job-profiles.js';
import { SAMPLE_JOBS, type SampleJob } from '../jobs/sample-jobs.js';
import type { Flash } from '../security/session-store.js';
import { JobPage } from '../views/job.page.js';
import type { Admin } from './admin-context.js';
import { sendPage } from './admin-pages.js';
import { adminPath } from './admin-path.js';
import { optionSourceUrl } from './option.routes.js';
import { group, str, type Params } from './request-params.js';
import { adminOf } from './route-guard.js';

/**
 * The sample job profiles (export and import): a page with the job's credential select, fed by the
 * option source it names through the kernel, as a third-party job would use it. The profile is
 * saved in a host table and shown again with its credential, flagged when it cannot be chosen
 * any more (deactivated, or no longer able to do what the job needs). It runs nothing.
 */
export function registerJobRoutes(app: FastifyInstance, kernel: HostKernel): void {
  const profiles = new JobProfiles(kernel.dataSource);
  for (const job of SAMPLE_JOBS) registerJob(app, kernel, job, profiles);
}

function registerJob(app: FastifyInstance, kernel: HostKernel, job: SampleJob, profiles: JobProfiles): void {
  const registration = kernel.registry.optionSourcesByName.get(job.optionSource);
  if (registration === undefined) return;
  const source = () => kernel.container.get<OptionSource>(registration.source);
  const path = adminPath(job.route);
  const optionsUrl = `${optionSourceUrl(job.optionSource)}?${new URLSearchParams(job.params).toString()}`;
  const guarded = { config: { permission: registration.permission } };

  /** A credential as the option source describes it now (undefined: none, or deleted since). */
  const describe = async (id: string | undefined): Promise<Option | undefined> =>
    id === undefined || id === '' ? undefined : (await source().list({ ids: [id], params: job.params })).options[0];

  const show = async (admin: Admin, reply: FastifyReply, status = 200, flash?: Flash) =>
    sendPage(kernel, reply, admin, {
      title: admin.t(job.labelKey),
      body: (
        <JobPage
          action={path}
          code={job.code}
          descriptionKey={job.descriptionKey}
          field={{ ...job.field, optionsUrl }}
          saved={(await describe((await profiles.filters(job.code))[job.field.name])) ?? null}
        />
      ),
      status,
      path,
      ...(flash ? { flash } : {}),
    });

  app.get(path, guarded, async (request, reply) => show(adminOf(request), reply));

  app.post(path, guarded, async (request, reply) => {
    const admin = adminOf(request);
    const chosen = await describe(str(group(((request.body ?? {}) as Params).filters)[job.field.name]));
    if (chosen === undefined || chosen.inactive)
      return show(admin, reply, 422, { level: 'error', text: admin.t('host.jobs.no-options') });
    await profiles.save(job.code, job.type, { [job.field.name]: chosen.id }, admin.user.name);
    await admin.flashNext({ level: 'success', text: admin.t('host.jobs.saved', { label: chosen.label }) });
    return reply.redirect(path, 303);
  });
}
