import type { DatagridColumn, DatagridDefinition, DatagridRowAction, SortOrder } from '@pim/kernel';
import { displayText, html, SafeHtml, type Translate } from './html.js';

/** What a grid's table is drawn from; without `sortUrl`, the headers are plain (e.g. a related list). */
export interface GridTableInput {
  readonly t: Translate;
  readonly definition: DatagridDefinition;
  readonly rows: readonly Record<string, unknown>[];
  readonly actions: readonly DatagridRowAction[];
  readonly csrfToken: string;
  readonly adminRoot: string;
  readonly sort?: { readonly column: string; readonly order: SortOrder };
  readonly sortUrl?: (column: string, order: SortOrder) => string;
}

const TONES = new Set(['ok', 'warning', 'error', 'muted']);

function cell(column: DatagridColumn, row: Record<string, unknown>, t: Translate): SafeHtml {
  const value = row[column.index];
  const tone = column.toneIndex === undefined ? undefined : row[column.toneIndex];
  if (typeof tone === 'string' && TONES.has(tone))
    return html`<span class="tone tone-${tone}"><bdi>${displayText(value)}</bdi></span>`;
  if (column.type === 'boolean') {
    const on = value === true;
    const labels = column.booleanLabelKeys;
    return html`<span class="badge ${on ? 'badge-on' : 'badge-off'}"
      >${labels ? t(on ? labels.true : labels.false) : on ? '✓' : '–'}</span
    >`;
  }
  // Each line of a multi-line value on its own, each isolated: a URL or a Latin label stays readable in a right-to-left page.
  if (column.multiline)
    return html`<div class="lines">
      ${displayText(value)
        .split('\n')
        .map((line) => html`<bdi>${line}</bdi>`)}
    </div>`;
  return html`<bdi>${displayText(value)}</bdi>`;
}

/** Inline icons for the action names UnoPim uses; the title stays the accessible name. */
const ICONS: Readonly<Record<string, string>> = {
  'icon-edit':
    '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path fill="currentColor" d="M3 17.25V21h3.75L17.8 9.94l-3.75-3.75L3 17.25zm17.7-10.2a1 1 0 0 0 0-1.41l-2.34-2.34a1 1 0 0 0-1.41 0l-1.83 1.83 3.75 3.75 1.83-1.83z"/></svg>',
  'icon-delete':
    '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path fill="currentColor" d="M6 19a2 2 0 0 0 2 2h8a2 2 0 0 0 2-2V7H6v12zM19 4h-3.5l-1-1h-5l-1 1H5v2h14V4z"/></svg>',
};
const icon = (name: string) => new SafeHtml(ICONS[name] ?? '');

function actionUrl(adminRoot: string, action: DatagridRowAction, id: unknown): string {
  return `${adminRoot}/${action.route.replace(':id', encodeURIComponent(String(id)))}`;
}

/** The row's text fields, to fill a confirmation question's placeholders (`{label}`). */
function rowParams(row: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(row)
      .filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number')
      .map(([k, v]) => [k, String(v)]),
  );
}

function rowAction(input: GridTableInput, action: DatagridRowAction, row: Record<string, unknown>): SafeHtml {
  const { t } = input;
  const id = row[input.definition.primaryColumn];
  const label = `${t(action.titleKey)}: ${displayText(row.label ?? id)}`;
  if (action.method === 'GET') {
    return html`<a
      class="icon-button ${action.icon}"
      href="${actionUrl(input.adminRoot, action, id)}"
      title="${t(action.titleKey)}"
      aria-label="${label}"
      >${icon(action.icon)}</a
    >`;
  }
  return html`<form
    method="post"
    action="${actionUrl(input.adminRoot, action, id)}"
    class="inline"
    ${action.confirmKey ? html` data-confirm="${t(action.confirmKey, rowParams(row))}"` : ''}
  >
    <input type="hidden" name="_csrf" value="${input.csrfToken}" /><input
      type="hidden"
      name="_method"
      value="${action.method}"
    />
    <button type="submit" class="icon-button ${action.icon}" title="${t(action.titleKey)}" aria-label="${label}">
      ${icon(action.icon)}
    </button>
  </form>`;
}

function header(input: GridTableInput, c: DatagridColumn): SafeHtml {
  const { t, sort, sortUrl } = input;
  if (!c.sortable || sort === undefined || sortUrl === undefined) return html`<th scope="col">${t(c.labelKey)}</th>`;
  const current = sort.column === c.index;
  const next = current && sort.order === 'asc' ? 'desc' : 'asc';
  const sortState = current ? (sort.order === 'asc' ? 'ascending' : 'descending') : 'none';
  return html`<th scope="col" aria-sort="${sortState}"><a href="${sortUrl(c.index, next)}">${t(c.labelKey)}</a></th>`;
}

/** A grid's table: headers (sortable when the page is), a row per record, its actions. Scrolls inside its own box. */
export function gridTable(input: GridTableInput): SafeHtml {
  const { t, definition: d } = input;
  return html`<div class="grid-wrap">
    <table class="grid">
      <thead>
        <tr>
          ${d.columns.map((c) => header(input, c))}
          ${input.actions.length > 0 ? html`<th scope="col" class="actions"><span class="sr-only">${t('host.grid.actions')}</span></th>` : ''}
        </tr>
      </thead>
      <tbody>
        ${input.rows.map(
          (row) =>
            html`<tr data-id="${String(row[d.primaryColumn])}">
              ${d.columns.map((c) => html`<td data-label="${t(c.labelKey)}">${cell(c, row, t)}</td>`)}
              ${input.actions.length > 0 ? html`<td class="actions">${input.actions.map((a) => rowAction(input, a, row))}</td>` : ''}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
