import type { DatagridColumn, DatagridDefinition, DatagridPage, DatagridRowAction } from '@pim/kernel';

import { can } from '../users/user-directory.js';
import { filterChoices } from '../views/grid-state.js';
import type { Translate } from '../views/text.js';
import type { Admin } from './admin-context.js';
import { adminPath } from './admin-path.js';

type Row = Readonly<Record<string, unknown>>;

function actionJson(action: DatagridRowAction, t: Translate) {
  return { index: action.index, icon: action.icon, title: t(action.titleKey), method: action.method };
}

function columnJson(column: DatagridColumn, t: Translate) {
  const labels = column.booleanLabelKeys;
  return {
    index: column.index,
    label: t(column.labelKey),
    type: column.type,
    options:
      column.type === 'boolean' && labels
        ? [
            { label: t(labels.true), value: 1 },
            { label: t(labels.false), value: 0 },
          ]
        : column.filterOptions
          ? filterChoices(column, t)
          : null,
    searchable: column.searchable,
    filterable: column.filterable,
    sortable: column.sortable,
    visible: true,
    databaseColumnName: column.index,
  };
}

/** UnoPim's DataGrid::formatData shape (see the conventions reference, §1.4), with the actions `admin` may run. */
export function datagridJson(definition: DatagridDefinition, admin: Admin, page: DatagridPage<Row>, listPath: string) {
  const { t } = admin;
  const actions = definition.actions.filter((a) => can(admin.user, a.permission));
  return {
    id: definition.id,
    columns: definition.columns.map((c) => columnJson(c, t)),
    actions: actions.map((a) => actionJson(a, t)),
    mass_actions: [],
    search_placeholder: t(definition.searchPlaceholderKey),
    records: page.rows.map((row) => ({
      ...row,
      actions: actions.map((a) => ({
        ...actionJson(a, t),
        url: adminPath(a.route, { id: String(row[definition.primaryColumn]) }),
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
