import type { DatagridColumn, DatagridDefinition, DatagridRowAction, SortOrder } from '@pim/kernel';

import { adminPath } from '../http/admin-path.js';
import { CsrfInput } from './components/csrf-input.js';
import { usePage } from './page-context.js';
import { displayText } from './text.js';

type Row = Readonly<Record<string, unknown>>;

/** What a grid's table is drawn from; without `sortUrl`, the headers are plain (e.g. a related list). */
export interface GridTableProps {
  readonly definition: DatagridDefinition;
  readonly rows: readonly Row[];
  readonly actions: readonly DatagridRowAction[];
  readonly sort?: { readonly column: string; readonly order: SortOrder };
  readonly sortUrl?: (column: string, order: SortOrder) => string;
}

const TONES = new Set(['ok', 'warning', 'error', 'muted']);

function Cell({ column, row }: { column: DatagridColumn; row: Row }) {
  const { t } = usePage();
  const value = row[column.index];
  const tone = column.toneIndex === undefined ? undefined : row[column.toneIndex];
  if (typeof tone === 'string' && TONES.has(tone))
    return (
      <span class={`tone tone-${tone}`}>
        <bdi>{displayText(value)}</bdi>
      </span>
    );
  if (column.type === 'boolean') {
    const on = value === true;
    const labels = column.booleanLabelKeys;
    return (
      <span class={`badge ${on ? 'badge-on' : 'badge-off'}`}>
        {labels ? t(on ? labels.true : labels.false) : on ? '✓' : '–'}
      </span>
    );
  }
  // Each line of a multi-line value on its own, each isolated: a URL or a Latin label stays readable in a right-to-left page.
  if (column.multiline)
    return (
      <div class="lines">
        {displayText(value)
          .split('\n')
          .map((line) => (
            <bdi>{line}</bdi>
          ))}
      </div>
    );
  return <bdi>{displayText(value)}</bdi>;
}

/** The row's text fields, to fill a confirmation question's placeholders (`{label}`). */
function rowParams(row: Row): Record<string, string> {
  return Object.fromEntries(
    Object.entries(row)
      .filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number')
      .map(([k, v]) => [k, String(v)]),
  );
}

/** The form every row's action of one method is sent with (its buttons name it): the CSRF token once. */
const rowFormId = (method: string) => `row-action-${method.toLowerCase()}`;

function RowAction({ action, row, id }: { action: DatagridRowAction; row: Row; id: string }) {
  const { t } = usePage();
  const title = t(action.titleKey);
  const label = `${title}: ${displayText(row.label ?? id)}`;
  const href = adminPath(action.route, { id });
  if (action.method === 'GET')
    return <a class={`icon-button ${action.icon}`} href={href} title={title} aria-label={label}></a>;
  return (
    <button
      type="submit"
      form={rowFormId(action.method)}
      formaction={href}
      class={`icon-button ${action.icon}`}
      title={title}
      aria-label={label}
      data-confirm={action.confirmKey ? t(action.confirmKey, rowParams(row)) : undefined}
    ></button>
  );
}

/** One form per method of the state-changing row actions: a row's button posts it to its own URL. */
function RowActionForms({ actions }: { actions: readonly DatagridRowAction[] }) {
  const methods = [...new Set(actions.filter((a) => a.method !== 'GET').map((a) => a.method))];
  return (
    <>
      {methods.map((method) => (
        <form id={rowFormId(method)} method="post" class="inline">
          <CsrfInput />
          {method !== 'POST' && <input type="hidden" name="_method" value={method} />}
        </form>
      ))}
    </>
  );
}

function Header({ column, sort, sortUrl }: { column: DatagridColumn } & Pick<GridTableProps, 'sort' | 'sortUrl'>) {
  const { t } = usePage();
  if (!column.sortable || sort === undefined || sortUrl === undefined) return <th scope="col">{t(column.labelKey)}</th>;
  const current = sort.column === column.index;
  const next = current && sort.order === 'asc' ? 'desc' : 'asc';
  const sortState = current ? (sort.order === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={sortState}>
      <a href={sortUrl(column.index, next)}>{t(column.labelKey)}</a>
    </th>
  );
}

/** A grid's table: headers (sortable when the page is), a row per record, its actions. Scrolls inside its own box. */
export function GridTable({ definition, rows, actions, sort, sortUrl }: GridTableProps) {
  const { t } = usePage();
  // Each column's name once, not once a row.
  const columnLabels = definition.columns.map((column) => t(column.labelKey));
  return (
    <div class="grid-wrap">
      <RowActionForms actions={actions} />
      <table class="grid">
        <thead>
          <tr>
            {definition.columns.map((column) => (
              <Header column={column} sort={sort} sortUrl={sortUrl} />
            ))}
            {actions.length > 0 && (
              <th scope="col" class="actions">
                <span class="sr-only">{t('host.grid.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const id = displayText(row[definition.primaryColumn]);
            return (
              <tr data-id={id}>
                {definition.columns.map((column, c) => (
                  <td data-label={columnLabels[c]}>
                    <Cell column={column} row={row} />
                  </td>
                ))}
                {actions.length > 0 && (
                  <td class="actions">
                    {actions.map((action) => (
                      <RowAction action={action} row={row} id={id} />
                    ))}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
