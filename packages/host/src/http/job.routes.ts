import type { FastifyInstance } from 'fastify';

import type { HostKernel } from '../kernel/host-kernel.js';
import { jobPage } from '../views/job.page.js';
import { SAMPLE_JOBS, type SampleJob } from '../jobs/sample-jobs.js';
import { sendPage } from './admin-context.js';
import { str, type ParamValue } from './bracket-params.js';
import { optionSourceUrl } from './option.routes.js';
import type { RouteGuard } from './route-guard.js';

/**
 * The sample job profiles: a page with the job's credential select fed by the option source it
 * names. It shows that a host lists credentials without knowing the module; it runs nothing.
 */
export function registerJobRoutes(app: FastifyInstance, kernel: HostKernel, guard: RouteGuard): void {
  for (const job of SAMPLE_JOBS) registerJob(app, kernel, guard, job);
}

function registerJob(app: FastifyInstance, kernel: HostKernel, guard: RouteGuard, job: SampleJob): void {
  const registration = kernel.registry.optionSources.get(job.optionSource);
  if (registration === undefined) return;
  const optionsUrl = `${optionSourceUrl(job.optionSource)}?${new URLSearchParams(job.params).toString()}`;
  const render = (saved: { id: string; label: string } | null) => (admin: Parameters<Parameters<RouteGuard>[1]>[0]) =>
    jobPage({
      t: admin.t,
      csrfToken: admin.session.csrfToken,
      action: job.path,
      field: { ...job.field, optionsUrl },
      saved,
    });

  app.get(
    job.path,
    guard(registration.permission, async (admin, _request, reply) =>
      sendPage(kernel, reply, admin, { title: admin.t('host.jobs.title'), body: render(null)(admin), path: job.path }),
    ),
  );

  app.post(
    job.path,
    guard(registration.permission, async (admin, request, reply) => {
      const filters = ((request.body ?? {}) as Record<string, ParamValue>).filters as
        Record<string, ParamValue> | undefined;
      const id = str(filters?.[job.field.name]) ?? '';
      const source = kernel.container.get(registration.token);
      const [chosen] = id === '' ? [] : (await source.list({ ids: [id], params: job.params })).options;
      if (chosen === undefined || chosen.inactive) {
        const flash = { level: 'error', text: admin.t('host.jobs.no-options') } as const;
        return sendPage(kernel, reply, admin, {
          title: admin.t('host.jobs.title'),
          body: render(null)(admin),
          status: 422,
          path: job.path,
          flash,
        });
      }
      const flash = { level: 'success', text: admin.t('host.jobs.saved', { id: chosen.id }) } as const;
      return sendPage(kernel, reply, admin, {
        title: admin.t('host.jobs.title'),
        body: render({ id: chosen.id, label: chosen.label })(admin),
        path: job.path,
        flash,
      });
    }),
  );
}
