import type { FastifyInstance } from 'fastify';

import type { HostKernel } from '../kernel/host-kernel.js';
import { jobPage } from '../views/job.page.js';
import { addHostNavItem, ADMIN_ROOT, sendPage } from './admin-context.js';
import { str, type ParamValue } from './bracket-params.js';
import { optionSourceUrl } from './option.routes.js';
import type { RouteGuard } from './route-guard.js';

/**
 * A sample export job profile, as UnoPim's job filters declare it: a required async select named
 * `credentials` (track_by id, label_by label) fed by an option source. It shows that a host lists
 * credentials without knowing the module; it runs nothing.
 */
const SAMPLE_JOB = {
  path: `${ADMIN_ROOT}/jobs/export-bigcommerce`,
  optionSource: 'bigcommerce.credentials',
  field: { name: 'credentials', labelKey: 'bigcommerce.job.credentials' },
  params: { capability: 'products:modify' },
} as const;

export function registerJobRoutes(app: FastifyInstance, kernel: HostKernel, guard: RouteGuard): void {
  const registration = kernel.registry.optionSources.get(SAMPLE_JOB.optionSource);
  if (registration === undefined) return;
  addHostNavItem(kernel, { labelKey: 'host.layout.jobs', href: SAMPLE_JOB.path, permission: registration.permission });
  const optionsUrl = `${optionSourceUrl(SAMPLE_JOB.optionSource)}?${new URLSearchParams(SAMPLE_JOB.params).toString()}`;
  const render = (saved: { id: string; label: string } | null) => (admin: Parameters<Parameters<RouteGuard>[1]>[0]) =>
    jobPage({ t: admin.t, csrfToken: admin.session.csrfToken, field: { ...SAMPLE_JOB.field, optionsUrl }, saved });

  app.get(SAMPLE_JOB.path, guard(registration.permission, async (admin, _request, reply) =>
    sendPage(kernel, reply, admin, { title: admin.t('host.jobs.title'), body: render(null)(admin), path: SAMPLE_JOB.path })));

  app.post(SAMPLE_JOB.path, guard(registration.permission, async (admin, request, reply) => {
    const filters = ((request.body ?? {}) as Record<string, ParamValue>).filters as Record<string, ParamValue> | undefined;
    const id = str(filters?.[SAMPLE_JOB.field.name]) ?? '';
    const source = kernel.container.get(registration.token);
    const [chosen] = id === '' ? [] : (await source.list({ ids: [id], params: SAMPLE_JOB.params })).options;
    if (chosen === undefined || chosen.inactive) {
      const flash = { level: 'error', text: admin.t('host.jobs.no-options') } as const;
      return sendPage(kernel, reply, admin, { title: admin.t('host.jobs.title'), body: render(null)(admin), status: 422, path: SAMPLE_JOB.path, flash });
    }
    const flash = { level: 'success', text: admin.t('host.jobs.saved', { id: chosen.id }) } as const;
    return sendPage(kernel, reply, admin, { title: admin.t('host.jobs.title'), body: render({ id: chosen.id, label: chosen.label })(admin), path: SAMPLE_JOB.path, flash });
  }));
}
