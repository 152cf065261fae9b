import type { FastifyInstance } from 'fastify';

import {
  InvalidDatagridQueryError,
  type DatagridDefinition,
  type DatagridPage as Page,
  type DatagridRepository,
  type SortOrder,
} from '@pim/kernel';
import type { HostKernel } from '../kernel/host-kernel.js';
import { can } from '../users/user-directory.js';
import { DatagridPage } from '../views/datagrid.page.js';
import type { GridState } from '../views/grid-state.js';
import type { RelatedGridProps } from '../views/related-grid.js';
import { wantsJson, type Admin } from './admin-context.js';
import { sendPage, sendProblem } from './admin-pages.js';
import { adminPath } from './admin-path.js';
import { datagridJson } from './datagrid-json.js';
import { group, str, strs, type Params } from './request-params.js';
import { adminOf } from './route-guard.js';

type Row = Readonly<Record<string, unknown>>;

/** The list state from UnoPim's query parameters (`filters[...]`, `sort[...]`, `pagination[...]`). */
function gridState(definition: DatagridDefinition, query: Params): GridState {
  const { all, ...columns } = group(query.filters);
  const sort = group(query.sort);
  const pagination = group(query.pagination);
  const order = (str(sort.order) ?? definition.defaultSort.order).toLowerCase();
  return {
    search: (str(all) ?? '').trim(),
    filters: Object.fromEntries(Object.entries(columns).map(([column, values]) => [column, strs(values)])),
    sort: {
      column: str(sort.column) ?? definition.defaultSort.column,
      // Anything but asc / desc is passed on as it came: the repository refuses it (a 400).
      order: order as SortOrder,
    },
    page: Number(str(pagination.page) ?? 1),
    perPage: Number(str(pagination.per_page) ?? definition.perPageOptions[0] ?? 10),
  };
}

const repositoryOf = (kernel: HostKernel, definition: DatagridDefinition) =>
  kernel.container.get<DatagridRepository<Row>>(definition.source);

/** The list page of a definition, as drawn for `admin`. */
function listPage(definition: DatagridDefinition, admin: Admin, basePath: string, page: Page<Row>, state: GridState) {
  const create = definition.create;
  return (
    <DatagridPage
      definition={definition}
      basePath={basePath}
      rows={page.rows}
      total={page.total}
      lastPage={page.lastPage}
      state={{ ...state, page: page.page, perPage: page.perPage }}
      actions={definition.actions.filter((a) => can(admin.user, a.permission))}
      createHref={create && can(admin.user, create.permission) ? adminPath(create.route) : null}
      links={(definition.links ?? [])
        .filter((l) => can(admin.user, l.permission))
        .map((l) => ({ label: admin.t(l.labelKey), href: adminPath(l.route) }))}
    />
  );
}

/** Every registered datagrid: the list page, which also answers UnoPim's datagrid JSON. */
export function registerDatagridRoutes(app: FastifyInstance, kernel: HostKernel): void {
  for (const definition of kernel.registry.datagrids) {
    app.get(adminPath(definition.route), { config: { permission: definition.permission } }, async (request, reply) => {
      const admin = adminOf(request);
      const state = gridState(definition, request.query as Params);
      const params = request.params as Record<string, string>;
      const basePath = adminPath(definition.route, params);
      let page: Page<Row>;
      try {
        page = await repositoryOf(kernel, definition).findPage({ ...state, params });
      } catch (error) {
        // A route parameter the repository refuses (no such record, or not an id) is no such page.
        if (error instanceof InvalidDatagridQueryError && error.parameter in params)
          return sendProblem(kernel, reply, request, admin, 404);
        if (error instanceof InvalidDatagridQueryError)
          return reply.status(400).send({ message: error.message, parameter: error.parameter });
        throw error;
      }
      if (wantsJson(request)) return reply.send(datagridJson(definition, admin, page, basePath));
      const body = listPage(definition, admin, basePath, page, state);
      return sendPage(kernel, reply, admin, { title: admin.t(definition.titleKey), body, path: basePath });
    });
  }
}

/**
 * The first page of a datagrid about one record (e.g. its history), for its edit page. Null when
 * the user may not see it.
 */
export async function relatedGrid(
  kernel: HostKernel,
  admin: Admin,
  definition: DatagridDefinition,
  recordId: string,
): Promise<RelatedGridProps | null> {
  if (!can(admin.user, definition.permission)) return null;
  const perPage = definition.perPageOptions[0] ?? 10;
  const page = await repositoryOf(kernel, definition).findPage({ page: 1, perPage, params: { id: recordId } });
  const href = adminPath(definition.route, { id: recordId });
  return { definition, rows: page.rows, total: page.total, perPage, href };
}
