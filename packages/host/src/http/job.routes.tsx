import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import type { JobCheckReport, JobDeclaration, JobFilterValue, JobFilterValues, OptionSource } from '@pim/kernel';
import { readFilters, type SourceOf } from '../jobs/job-filters.js';
import { jobFieldViews } from '../jobs/job-field-views.js';
import { JobProfiles } from '../jobs/job-profiles.js';
import type { HostKernel } from '../kernel/host-kernel.js';
import { can } from '../users/user-directory.js';
import { JobPage } from '../views/job.page.js';
import { wantsJson, type Admin } from './admin-context.js';
import { sendPage } from './admin-pages.js';
import { adminPath } from './admin-path.js';
import { str, strs, group, type Params } from './request-params.js';
import { respond } from './respond.js';
import { adminOf } from './route-guard.js';

/** The page of a job's profile. */
export const jobPath = (job: JobDeclaration): string => adminPath(`jobs/${job.code}`);

/** What was typed into a job page, as its filters' values, unchecked: to show it again after a refusal. */
function typedValues(job: JobDeclaration, submitted: Params): JobFilterValues {
  const values: Record<string, JobFilterValue> = {};
  for (const field of job.filters) {
    const raw = submitted[field.name];
    if (field.type === 'switch') values[field.name] = str(raw) === '1';
    else if (field.type === 'options' && field.multiple === true) values[field.name] = strs(raw).filter(Boolean);
    else values[field.name] = str(raw) ?? '';
  }
  return values;
}

/**
 * Every job modules declare: its profile page (the filters, drawn from the declaration and saved
 * in the host's table), its save, and its check. Seeing a profile and checking it need the job's
 * permission; saving it its save permission.
 */
export function registerJobRoutes(app: FastifyInstance, kernel: HostKernel): void {
  const profiles = new JobProfiles(kernel.dataSource);
  for (const job of kernel.registry.jobs) new JobRoutes(kernel, job, profiles).register(app);
}

class JobRoutes {
  readonly path: string;
  readonly sourceOf: SourceOf;

  constructor(
    readonly kernel: HostKernel,
    readonly job: JobDeclaration,
    readonly profiles: JobProfiles,
  ) {
    this.path = jobPath(job);
    this.sourceOf = (registration) => kernel.container.get<OptionSource>(registration.source);
  }

  register(app: FastifyInstance): void {
    const { job } = this;
    app.get(this.path, { config: { permission: job.permission } }, (request, reply) =>
      this.show(adminOf(request), reply, null),
    );
    app.post(this.path, { config: { permission: job.savePermission } }, (request, reply) => this.save(request, reply));
    if (job.check !== undefined)
      app.get(`${this.path}/check`, { config: { permission: job.permission } }, (request, reply) =>
        this.check(request, reply),
      );
  }

  /** The profile page: the saved filters, or what was just refused with its errors; a check's report above. */
  async show(admin: Admin, reply: FastifyReply, report: JobCheckReport | null): Promise<FastifyReply> {
    const { job } = this;
    const pending = admin.session.flash?.form;
    const failure = pending !== undefined && pending.path === this.path ? pending : null;
    const values =
      (failure?.submitted as JobFilterValues | null | undefined) ?? (await this.profiles.filters(job.code));
    const { views, unavailable } = await jobFieldViews(job, values, failure?.errors ?? {}, this.sourceOf, admin.t);
    const body = (
      <JobPage
        action={this.path}
        code={job.code}
        description={job.descriptionKey ? admin.t(job.descriptionKey) : null}
        fields={views}
        canSave={can(admin.user, job.savePermission)}
        checkUrl={job.check === undefined ? null : `${this.path}/check`}
        report={report}
        unavailable={unavailable}
      />
    );
    return sendPage(this.kernel, reply, admin, { title: admin.t(job.titleKey), body, path: this.path });
  }

  async save(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const admin = adminOf(request);
    const submitted = group(((request.body ?? {}) as Params).filters);
    const { values, errors } = await readFilters(this.job, submitted, this.sourceOf, admin.t);
    if (Object.keys(errors).length > 0) {
      const failure = { ok: false, status: 422, message: admin.t('host.jobs.invalid'), errors } as const;
      return respond(request, reply, admin, failure, {
        next: this.path,
        back: this.path,
        keep: () => ({ path: this.path, errors, submitted: typedValues(this.job, submitted), clearedSecrets: [] }),
      });
    }
    await this.profiles.save(this.job.code, this.job.type, values, admin.user.name);
    const saved = { ok: true, id: this.job.code, message: admin.t('host.jobs.saved') } as const;
    return respond(request, reply, admin, saved, { next: this.path, back: this.path });
  }

  /** Runs the job's check with the saved filters, as the user asking, in their language. */
  async check(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const admin = adminOf(request);
    const check = this.kernel.container.get(this.job.check!);
    const report = await check.check(await this.profiles.filters(this.job.code));
    if (wantsJson(request)) return reply.send(report);
    return this.show(admin, reply, report);
  }
}
