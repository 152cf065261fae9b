import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import type { DatagridDefinition, FormHandler, FormResult, FormSchema } from '@pim/kernel';
import type { HostKernel } from '../kernel/host-kernel.js';
import type { FailedSubmit } from '../security/session-store.js';
import { can } from '../users/user-directory.js';
import { FormPage } from '../views/form.page.js';
import type { Admin } from './admin-context.js';
import { sendPage, sendProblem } from './admin-pages.js';
import { adminPath } from './admin-path.js';
import { relatedGrid } from './datagrid.routes.js';
import { EndpointTable } from './endpoint-table.js';
import { failedSubmit } from './failed-submit.js';
import type { Params } from './request-params.js';
import { respond } from './respond.js';
import { adminOf } from './route-guard.js';

/** The submitted fields, without the transport ones. */
function input(request: FastifyRequest): Record<string, unknown> {
  const { _csrf: _c, _method: _m, ...fields } = (request.body ?? {}) as Params;
  return fields;
}

const idOf = (request: FastifyRequest): string => (request.params as { id: string }).id;

/** Runs the handler method a form action names (the schema's type checked it is one). */
function runAction(handler: FormHandler, method: string, id: string): Promise<FormResult> {
  const run = (handler as unknown as Record<string, unknown>)[method];
  if (typeof run !== 'function') throw new Error(`The form handler has no action method "${method}".`);
  return (run as (this: FormHandler, id: string) => Promise<FormResult>).call(handler, id);
}

/** One registered form as the host serves it: its page, its submit and its actions. */
class FormRoutes {
  readonly backHref: string;
  constructor(
    private readonly kernel: HostKernel,
    readonly schema: FormSchema,
  ) {
    const list = kernel.registry.datagrids.find(
      (d) => d.create?.route === schema.route || d.actions.some((a) => a.route === schema.route),
    );
    this.backHref = list ? adminPath(list.route) : adminPath();
  }

  handler(): FormHandler {
    return this.kernel.container.get<FormHandler>(this.schema.handler);
  }

  pagePath(id: string | null): string {
    return adminPath(this.schema.route, id === null ? {} : { id });
  }

  /** The record is gone: say so (in the schema's words), with the way back to its list. */
  gone(admin: Admin, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    return sendProblem(this.kernel, reply, request, admin, 404, {
      ...(this.schema.notFoundKey ? { message: admin.t(this.schema.notFoundKey) } : {}),
      back: { href: this.backHref, label: admin.t('host.error.back-to-list') },
    });
  }

  /** The form page; after a failed submit (redirected here), its errors and what was typed. */
  async render(admin: Admin, request: FastifyRequest, reply: FastifyReply, id: string | null): Promise<FastifyReply> {
    const { schema } = this;
    const state = id === null ? await this.handler().blank() : await this.handler().load(id);
    if (state === null) return this.gone(admin, request, reply);
    const pending = admin.session.flash?.form;
    const failure = pending !== undefined && pending.path === this.pagePath(id) ? pending : null;
    const related = await this.related(admin, id);
    const body = (
      <FormPage
        schema={schema}
        state={state}
        submitHref={adminPath(schema.submitRoute, id === null ? {} : { id })}
        actions={(schema.actions ?? [])
          .filter((action) => can(admin.user, action.permission))
          .map((action) => ({ action, href: adminPath(action.route, { id: id ?? '' }) }))}
        errors={failure?.errors ?? {}}
        submitted={failure?.submitted ?? null}
        clearedSecrets={failure?.clearedSecrets ?? []}
        related={related}
        backHref={this.backHref}
        confirm={failure?.confirm}
      />
    );
    const title = state.title ? `${admin.t(schema.titleKey)}: ${state.title}` : admin.t(schema.titleKey);
    return sendPage(this.kernel, reply, admin, { title, body, path: this.backHref });
  }

  private async related(admin: Admin, id: string | null) {
    if (id === null) return [];
    const grids = await Promise.all(
      (this.schema.related ?? []).map((grid) => relatedGrid(this.kernel, admin, grid as DatagridDefinition, id)),
    );
    return grids.filter((grid) => grid !== null);
  }

  /** What a failed submit of this form keeps for its page. */
  keep(request: FastifyRequest, id: string | null) {
    return (failure: Extract<FormResult, { ok: false }>): FailedSubmit =>
      failedSubmit(this.schema, this.pagePath(id), input(request), failure);
  }
}

function registerSubmit(endpoints: EndpointTable, form: FormRoutes): void {
  const { schema } = form;
  if (schema.mode === 'create') {
    endpoints.add(adminPath(schema.submitRoute), 'POST', {
      permission: schema.permission,
      run: async (admin, request, reply) => {
        const result = await form.handler().create(input(request));
        const next =
          result.ok && schema.afterCreateRoute ? adminPath(schema.afterCreateRoute, { id: result.id }) : form.backHref;
        return respond(request, reply, admin, result, {
          next,
          back: form.pagePath(null),
          keep: form.keep(request, null),
          gone: () => form.gone(admin, request, reply),
        });
      },
    });
    return;
  }
  endpoints.add(adminPath(schema.submitRoute), 'PUT', {
    permission: schema.permission,
    run: async (admin, request, reply) => {
      const id = idOf(request);
      return respond(request, reply, admin, await form.handler().update(id, input(request)), {
        next: form.pagePath(id),
        back: form.pagePath(id),
        keep: form.keep(request, id),
        gone: () => form.gone(admin, request, reply),
      });
    },
  });
}

function registerActions(endpoints: EndpointTable, form: FormRoutes): void {
  for (const action of form.schema.actions ?? []) {
    endpoints.add(adminPath(action.route), 'POST', {
      permission: action.permission,
      run: async (admin, request, reply) => {
        const id = idOf(request);
        const result = await runAction(form.handler(), action.method, id);
        return respond(request, reply, admin, result, { next: form.pagePath(id), back: form.pagePath(id) });
      },
    });
  }
}

/** State-changing row actions run the form handler they name (DELETE: its delete), then return to their list. */
function registerRowDeletes(endpoints: EndpointTable, kernel: HostKernel): void {
  for (const grid of kernel.registry.datagrids) {
    for (const action of grid.actions.filter((a) => a.method === 'DELETE' && a.handler !== undefined)) {
      const list = adminPath(grid.route);
      endpoints.add(adminPath(action.route), 'DELETE', {
        permission: action.permission,
        run: async (admin, request, reply) => {
          const result = await kernel.container.get<FormHandler>(action.handler!).delete(idOf(request));
          return respond(request, reply, admin, result, { next: list, back: list });
        },
      });
    }
  }
}

/**
 * Every registered form: its page, its submit (POST on create, PUT on edit) and its named
 * actions; and every DELETE row action of a datagrid, run by the form handler it names.
 */
export function registerFormRoutes(app: FastifyInstance, kernel: HostKernel): void {
  const endpoints = new EndpointTable();
  for (const schema of kernel.registry.forms) {
    const form = new FormRoutes(kernel, schema);
    app.get(form.pagePath(null), { config: { permission: schema.permission } }, async (request, reply) =>
      form.render(adminOf(request), request, reply, schema.mode === 'edit' ? idOf(request) : null),
    );
    registerSubmit(endpoints, form);
    if (schema.mode === 'edit') registerActions(endpoints, form);
  }
  registerRowDeletes(endpoints, kernel);
  endpoints.register(app);
}
