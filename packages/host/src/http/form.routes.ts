import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import type { DatagridDefinition, FormHandler, FormResult, FormSchema } from '@pim/kernel';
import type { HostKernel } from '../kernel/host-kernel.js';
import { can } from '../users/user-directory.js';
import { formPage } from '../views/form.page.js';
import { ADMIN_ROOT, sendPage, sendProblem, wantsJson, type Admin } from './admin-context.js';
import { relatedGrid } from './datagrid.routes.js';
import { failedSubmit } from './failed-submit.js';
import { str, type ParamValue } from './bracket-params.js';
import type { AdminHandler, RouteGuard } from './route-guard.js';

type Method = 'POST' | 'PUT' | 'DELETE';
interface Endpoint {
  readonly permission: string;
  readonly run: AdminHandler;
}

const path = (route: string) => `${ADMIN_ROOT}/${route}`;
const fill = (route: string, id: string) => path(route.replace(':id', encodeURIComponent(id)));
const listRoute = (kernel: HostKernel, schema: FormSchema) =>
  kernel.registry.datagrids.find(
    (d) => d.create?.route === schema.route || d.actions.some((a) => a.route === schema.route),
  )?.route;

/** The submitted fields, without the transport ones. */
function input(request: FastifyRequest): Record<string, unknown> {
  const { _csrf: _c, _method: _m, ...fields } = (request.body ?? {}) as Record<string, ParamValue>;
  return fields;
}

/**
 * Every registered form: its page, its submit (POST on create, PUT on edit, HTML forms send POST
 * with `_method`) and its named actions; and every DELETE row action of a datagrid, run by the
 * form handler it names.
 */
export function registerFormRoutes(app: FastifyInstance, kernel: HostKernel, guard: RouteGuard): void {
  const endpoints = new Map<string, Map<Method, Endpoint>>();
  const add = (url: string, method: Method, endpoint: Endpoint) => {
    const byMethod = endpoints.get(url) ?? new Map<Method, Endpoint>();
    byMethod.set(method, endpoint);
    endpoints.set(url, byMethod);
  };

  for (const schema of kernel.registry.forms) {
    const handler = () => kernel.container.get<FormHandler>(schema.handler);
    const back = listRoute(kernel, schema);
    const backHref = back ? path(back) : ADMIN_ROOT;

    const pagePath = (id: string | null) => (id === null ? path(schema.route) : fill(schema.route, id));
    /** The record is gone: say so (in the schema's words), with the way back to its list. */
    const gone = (admin: Admin, request: FastifyRequest, reply: FastifyReply) =>
      sendProblem(kernel, reply, request, admin, 404, request.url, {
        ...(schema.notFoundKey ? { message: admin.t(schema.notFoundKey) } : {}),
        back: { href: backHref, label: admin.t('host.error.back-to-list') },
      });

    /** The form page; after a failed submit (redirected here), its errors and what was typed. */
    const render = async (admin: Admin, request: FastifyRequest, reply: FastifyReply, id: string | null) => {
      const state = id === null ? await handler().blank() : await handler().load(id);
      if (state === null) return gone(admin, request, reply);
      const pending = admin.session.flash?.form;
      const failure = pending !== undefined && pending.path === pagePath(id) ? pending : null;
      const related =
        id === null
          ? []
          : await Promise.all(
              (schema.related ?? []).map((grid) => relatedGrid(kernel, admin, grid as DatagridDefinition, id)),
            );
      const body = formPage({
        t: admin.t,
        schema,
        state,
        adminRoot: ADMIN_ROOT,
        recordId: id,
        csrfToken: admin.session.csrfToken,
        errors: failure?.errors ?? {},
        submitted: failure?.submitted ?? null,
        clearedSecrets: failure?.clearedSecrets ?? [],
        actions: (schema.actions ?? []).filter((a) => can(admin.user, a.permission)),
        backHref,
        related: related.filter((r) => r !== null),
        ...(failure?.confirm ? { confirm: failure.confirm } : {}),
      });
      const title = state.title ? `${admin.t(schema.titleKey)}: ${state.title}` : admin.t(schema.titleKey);
      return sendPage(kernel, reply, admin, { title, body, path: backHref });
    };

    /**
     * Answers a submit: JSON for scripts (UnoPim's contract; the admin's own script also gets the
     * success message shown on the next page), a redirect for browsers: to the next page on
     * success, back to the form on failure (Post/Redirect/Get: a reload never posts again).
     */
    const respond = async (
      admin: Admin,
      request: FastifyRequest,
      reply: FastifyReply,
      id: string | null,
      result: FormResult,
      onSuccess: (result: Extract<FormResult, { ok: true }>) => string,
    ) => {
      if (result.ok) {
        const target = onSuccess(result);
        if (!wantsJson(request) || request.headers['x-pim-fetch'] === '1')
          await admin.flashNext({ level: 'success', text: result.message });
        if (wantsJson(request))
          return reply.send({
            message: result.message,
            redirect_url: target,
            ...(result.details ? { details: result.details } : {}),
          });
        return reply.redirect(target, 303);
      }
      if (wantsJson(request))
        return reply.status(result.status).send({
          message: result.message,
          errors: result.errors,
          ...(result.confirm ? { confirm: result.confirm } : {}),
        });
      if (result.status === 404) return gone(admin, request, reply);
      const form = failedSubmit(schema, pagePath(id), input(request), result);
      await admin.flashNext({ level: 'error', text: result.message, form });
      return reply.redirect(pagePath(id), 303);
    };

    app.get(
      path(schema.route),
      guard(schema.permission, async (admin, request, reply) => {
        const id = schema.mode === 'edit' ? (request.params as { id: string }).id : null;
        return render(admin, request, reply, id);
      }),
    );

    if (schema.mode === 'create') {
      add(path(schema.submitRoute), 'POST', {
        permission: schema.permission,
        run: async (admin, request, reply) =>
          respond(admin, request, reply, null, await handler().create(input(request)), (r) =>
            schema.afterCreateRoute ? fill(schema.afterCreateRoute, r.id) : backHref,
          ),
      });
    } else {
      add(path(schema.submitRoute), 'PUT', {
        permission: schema.permission,
        run: async (admin, request, reply) => {
          const id = (request.params as { id: string }).id;
          return respond(admin, request, reply, id, await handler().update(id, input(request)), () =>
            fill(schema.route, id),
          );
        },
      });
      for (const action of schema.actions ?? []) {
        add(path(action.route), 'POST', {
          permission: action.permission,
          run: async (admin, request, reply) => {
            const id = (request.params as { id: string }).id;
            const result = await runAction(handler(), action.method, id);
            if (wantsJson(request))
              return reply
                .status(result.ok ? 200 : result.status)
                .send(
                  result.ok
                    ? { message: result.message, details: result.details ?? [] }
                    : { message: result.message, errors: result.errors },
                );
            await admin.flashNext({ level: result.ok ? 'success' : 'error', text: result.message });
            return reply.redirect(fill(schema.route, id), 303);
          },
        });
      }
    }
  }

  // State-changing row actions run the form handler they name (DELETE: its delete), then return to their list.
  for (const grid of kernel.registry.datagrids) {
    for (const action of grid.actions.filter((a) => a.method === 'DELETE' && a.handler !== undefined)) {
      const handler = () => kernel.container.get<FormHandler>(action.handler!);
      add(path(action.route), 'DELETE', {
        permission: action.permission,
        run: async (admin, request, reply) => {
          const result = await handler().delete((request.params as { id: string }).id);
          if (wantsJson(request))
            return reply
              .status(result.ok ? 200 : result.status)
              .send(
                result.ok
                  ? { message: result.message, redirect_url: path(grid.route) }
                  : { message: result.message, errors: result.errors },
              );
          await admin.flashNext({ level: result.ok ? 'success' : 'error', text: result.message });
          return reply.redirect(path(grid.route), 303);
        },
      });
    }
  }

  for (const [url, byMethod] of endpoints) {
    const dispatch = async (request: FastifyRequest, reply: FastifyReply) => {
      const override =
        request.method === 'POST'
          ? str(((request.body ?? {}) as Record<string, ParamValue>)._method)?.toUpperCase()
          : undefined;
      const method = (override === 'PUT' || override === 'DELETE' ? override : request.method) as Method;
      const endpoint = byMethod.get(method);
      if (endpoint === undefined)
        return reply
          .status(405)
          .header('allow', [...byMethod.keys()].join(', '))
          .send({ message: 'Method not allowed.' });
      return guard(endpoint.permission, endpoint.run)(request, reply);
    };
    app.route({ method: ['POST', 'PUT', 'DELETE'], url, handler: dispatch });
  }
}

/** Runs the handler method a form action names (the schema's type checked it is one). */
function runAction(handler: FormHandler, method: string, id: string): Promise<FormResult> {
  const run = (handler as unknown as Record<string, unknown>)[method];
  if (typeof run !== 'function') throw new Error(`The form handler has no action method "${method}".`);
  return (run as (this: FormHandler, id: string) => Promise<FormResult>).call(handler, id);
}
