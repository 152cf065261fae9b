import type { FastifyInstance } from 'fastify';

import {
  InvalidDatagridQueryError,
  type DatagridDefinition,
  type DatagridRepository,
  type SortOrder,
} from '@pim/kernel';
import type { HostKernel } from '../kernel/host-kernel.js';
import { can } from '../users/user-directory.js';
import { datagridPage, filterChoices, relatedGridSection, type GridState } from '../views/datagrid.page.js';
import type { SafeHtml } from '../views/html.js';
import { ADMIN_ROOT, sendPage, sendProblem, wantsJson, type Admin } from './admin-context.js';
import { str, strs, type ParamValue } from './bracket-params.js';
import type { RouteGuard } from './route-guard.js';

/** The list state from UnoPim's query parameters (`filters[...]`, `sort[...]`, `pagination[...]`). */
function gridState(definition: DatagridDefinition, query: Record<string, ParamValue>): GridState {
  const filters = (typeof query.filters === 'object' && !Array.isArray(query.filters) ? query.filters : {}) as Record<
    string,
    ParamValue
  >;
  const sort = (typeof query.sort === 'object' && !Array.isArray(query.sort) ? query.sort : {}) as Record<
    string,
    ParamValue
  >;
  const pagination = (
    typeof query.pagination === 'object' && !Array.isArray(query.pagination) ? query.pagination : {}
  ) as Record<string, ParamValue>;
  const columnFilters: Record<string, string[]> = {};
  for (const [column, values] of Object.entries(filters)) if (column !== 'all') columnFilters[column] = strs(values);
  const order = (str(sort.order) ?? definition.defaultSort.order).toLowerCase();
  return {
    search: (str(filters.all) ?? '').trim(),
    filters: columnFilters,
    sort: {
      column: str(sort.column) ?? definition.defaultSort.column,
      order: (order === 'desc' ? 'desc' : order === 'asc' ? 'asc' : order) as SortOrder,
    },
    page: Number(str(pagination.page) ?? 1),
    perPage: Number(str(pagination.per_page) ?? definition.perPageOptions[0] ?? 10),
  };
}

/** Every registered datagrid: the list page, which also answers UnoPim's datagrid JSON. */
export function registerDatagridRoutes(app: FastifyInstance, kernel: HostKernel, guard: RouteGuard): void {
  for (const definition of kernel.registry.datagrids) {
    const listPath = `${ADMIN_ROOT}/${definition.route}`;

    app.get(
      listPath,
      guard(definition.permission, async (admin, request, reply) => {
        const state = gridState(definition, request.query as Record<string, ParamValue>);
        const params = request.params as Record<string, string>;
        const basePath = fillRoute(listPath, params);
        const repository = kernel.container.get<DatagridRepository<Record<string, unknown>>>(definition.source);
        let page;
        try {
          page = await repository.findPage({
            search: state.search,
            filters: state.filters,
            sort: state.sort,
            page: state.page,
            perPage: state.perPage,
            params,
          });
        } catch (error) {
          // A route parameter the repository refuses (no such record, or not an id) is no such page.
          if (error instanceof InvalidDatagridQueryError && error.parameter in params)
            return sendProblem(kernel, reply, request, admin, 404, basePath);
          if (error instanceof InvalidDatagridQueryError)
            return reply.status(400).send({ message: error.message, parameter: error.parameter });
          throw error;
        }
        const actions = definition.actions.filter((a) => can(admin.user, a.permission));
        if (wantsJson(request)) {
          return reply.send(datagridJson(definition, admin, actions, page, basePath));
        }
        const body = datagridPage({
          t: admin.t,
          definition,
          basePath,
          rows: page.rows,
          total: page.total,
          lastPage: page.lastPage,
          state: { ...state, page: page.page, perPage: page.perPage },
          actions,
          canCreate: definition.create !== undefined && can(admin.user, definition.create.permission),
          links: (definition.links ?? [])
            .filter((l) => can(admin.user, l.permission))
            .map((l) => ({ label: admin.t(l.labelKey), href: `${ADMIN_ROOT}/${l.route}` })),
          csrfToken: admin.session.csrfToken,
          adminRoot: ADMIN_ROOT,
        });
        return sendPage(kernel, reply, admin, { title: admin.t(definition.titleKey), body, path: basePath });
      }),
    );
  }
}

/** A route path with its `:name` parameters filled in. */
export function fillRoute(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/:(\w+)/g, (whole, name: string) => (name in params ? encodeURIComponent(params[name]!) : whole));
}

/**
 * The first page of a datagrid about one record (e.g. its history), for its edit page: the table,
 * and a link to the whole list when there is more. Nothing when the user may not see it or it is empty.
 */
export async function relatedGrid(
  kernel: HostKernel,
  admin: Admin,
  definition: DatagridDefinition,
  recordId: string,
): Promise<SafeHtml | null> {
  if (!can(admin.user, definition.permission)) return null;
  const repository = kernel.container.get<DatagridRepository<Record<string, unknown>>>(definition.source);
  const perPage = definition.perPageOptions[0] ?? 10;
  const page = await repository.findPage({ page: 1, perPage, params: { id: recordId } });
  const href = fillRoute(`${ADMIN_ROOT}/${definition.route}`, { id: recordId });
  return relatedGridSection({ t: admin.t, definition, rows: page.rows, total: page.total, perPage, href });
}

/** UnoPim's DataGrid::formatData shape (see the conventions reference, §1.4). */
function datagridJson(
  definition: DatagridDefinition,
  admin: Admin,
  actions: DatagridDefinition['actions'],
  page: { rows: readonly Record<string, unknown>[]; total: number; page: number; perPage: number; lastPage: number },
  listPath: string,
) {
  const { t } = admin;
  const actionJson = (a: DatagridDefinition['actions'][number]) => ({
    index: a.index,
    icon: a.icon,
    title: t(a.titleKey),
    method: a.method,
  });
  return {
    id: definition.id,
    columns: definition.columns.map((c) => ({
      index: c.index,
      label: t(c.labelKey),
      type: c.type,
      options:
        c.type === 'boolean' && c.booleanLabelKeys
          ? [
              { label: t(c.booleanLabelKeys.true), value: 1 },
              { label: t(c.booleanLabelKeys.false), value: 0 },
            ]
          : c.filterOptions
            ? filterChoices(c, t)
            : null,
      searchable: c.searchable,
      filterable: c.filterable,
      sortable: c.sortable,
      visible: true,
      databaseColumnName: c.index,
    })),
    actions: actions.map(actionJson),
    mass_actions: [],
    search_placeholder: t(definition.searchPlaceholderKey),
    records: page.rows.map((row) => ({
      ...row,
      actions: actions.map((a) => ({
        ...actionJson(a),
        url: `${ADMIN_ROOT}/${a.route.replace(':id', encodeURIComponent(String(row[definition.primaryColumn])))}`,
        frontend_view: '',
      })),
    })),
    meta: {
      primary_column: definition.primaryColumn,
      select_all_enabled: false,
      from: page.total === 0 ? 0 : (page.page - 1) * page.perPage + 1,
      to: Math.min(page.total, page.page * page.perPage),
      total: page.total,
      per_page_options: definition.perPageOptions,
      per_page: page.perPage,
      current_page: page.page,
      last_page: page.lastPage,
      url: listPath,
    },
  };
}
