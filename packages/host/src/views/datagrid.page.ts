import type { DatagridColumn, DatagridDefinition, DatagridRowAction } from '@pim/kernel';
import { displayText, html, SafeHtml, type Translate } from './html.js';

/** The state of a list request, as shown in the page's controls. */
export interface GridState {
  readonly search: string;
  /** Column index → the values ticked in its filter. */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  readonly sort: { readonly column: string; readonly order: 'asc' | 'desc' };
  readonly page: number;
  readonly perPage: number;
}

export interface DatagridPageInput {
  readonly t: Translate;
  readonly definition: DatagridDefinition;
  readonly basePath: string;
  readonly rows: readonly Record<string, unknown>[];
  readonly total: number;
  readonly lastPage: number;
  readonly state: GridState;
  readonly actions: readonly DatagridRowAction[];
  readonly canCreate: boolean;
  readonly csrfToken: string;
  readonly adminRoot: string;
}

/** URL of the list with some state changed (UnoPim's query parameters). */
export function gridUrl(basePath: string, state: GridState): string {
  const params = new URLSearchParams();
  if (state.search) params.append('filters[all][]', state.search);
  for (const [column, values] of Object.entries(state.filters))
    for (const value of values) params.append(`filters[${column}][]`, value);
  params.set('sort[column]', state.sort.column);
  params.set('sort[order]', state.sort.order);
  params.set('pagination[page]', String(state.page));
  params.set('pagination[per_page]', String(state.perPage));
  return `${basePath}?${params.toString()}`;
}

/** The values a column's filter offers: true / false for a boolean column, else its declared options. */
export function filterChoices(column: DatagridColumn, t: Translate): { value: string; label: string }[] {
  if (column.type === 'boolean') {
    const labels = column.booleanLabelKeys;
    return [
      { value: '1', label: labels ? t(labels.true) : '1' },
      { value: '0', label: labels ? t(labels.false) : '0' },
    ];
  }
  return (column.filterOptions ?? []).map((o) => ({ value: o.value, label: t(o.labelKey) }));
}

const TONES = new Set(['ok', 'warning', 'error', 'muted']);

/** Hidden inputs carrying the current filters into another form of the page. */
function filterInputs(state: GridState): SafeHtml[] {
  return Object.entries(state.filters).flatMap(([column, values]) =>
    values.map((v) => html`<input type="hidden" name="filters[${column}][]" value="${v}" />`),
  );
}

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
  // <bdi> keeps a URL or a Latin label readable inside a right-to-left page.
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

function rowAction(input: DatagridPageInput, action: DatagridRowAction, row: Record<string, unknown>): SafeHtml {
  const { t } = input;
  const id = row[input.definition.primaryColumn];
  const label = `${t(action.titleKey)}: ${String(row.label ?? id)}`;
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
    ${action.confirmKey ? html` data-confirm="${t(action.confirmKey)}"` : ''}
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

/** The list page drawn from a datagrid definition: search, Filter panel, sortable headers, actions, pagination. */
export function datagridPage(input: DatagridPageInput): SafeHtml {
  const { t, definition: d, state } = input;
  const filterable = d.columns.filter((c) => c.filterable && filterChoices(c, t).length > 0);
  const activeFilters = Object.values(state.filters).reduce((n, values) => n + values.length, 0);
  const filtered = state.search !== '' || activeFilters > 0;
  const createButton =
    input.canCreate && d.create
      ? html`<a class="button primary" href="${input.adminRoot}/${d.create.route}">+ ${t(d.create.labelKey)}</a>`
      : '';

  if (input.total === 0 && !filtered) {
    return html`<div class="empty">
        <p>${d.create ? t(d.create.emptyStateKey) : t('host.grid.no-results')}</p>
        ${createButton}
      </div>
      ${confirmDialog(t)}`;
  }
  const from = input.total === 0 ? 0 : (state.page - 1) * state.perPage + 1;
  const to = Math.min(input.total, state.page * state.perPage);
  return html` <div class="toolbar">
      <form method="get" action="${input.basePath}" role="search">
        <label class="sr-only" for="grid-search">${t('host.grid.search')}</label>
        <input
          id="grid-search"
          type="search"
          name="filters[all][]"
          value="${state.search}"
          placeholder="${t(d.searchPlaceholderKey)}"
          maxlength="255"
        />
        ${filterInputs(state)}
        <input type="hidden" name="sort[column]" value="${state.sort.column}" /><input
          type="hidden"
          name="sort[order]"
          value="${state.sort.order}"
        />
        <input type="hidden" name="pagination[per_page]" value="${state.perPage}" />
        <button type="submit">${t('host.grid.search')}</button>
      </form>
      <div class="toolbar">
        ${
          filterable.length > 0
            ? html`<details class="filters">
                <summary class="button">
                  ${t('host.grid.filter')}${activeFilters > 0 ? html` <span class="badge badge-on">${activeFilters}</span>` : ''}
                </summary>
                <form method="get" action="${input.basePath}" class="filter-panel">
                  ${state.search ? html`<input type="hidden" name="filters[all][]" value="${state.search}" />` : ''}
                  ${filterable.map(
                    (c) =>
                      html`<fieldset>
                        <legend>${t(c.labelKey)}</legend>
                        ${filterChoices(c, t).map(
                          (choice) =>
                            html`<label class="switch"
                              ><input
                                type="checkbox"
                                name="filters[${c.index}][]"
                                value="${choice.value}"
                                ${(state.filters[c.index] ?? []).includes(choice.value) ? html` checked` : ''}
                              />
                              ${choice.label}</label
                            >`,
                        )}
                      </fieldset>`,
                  )}
                  <input type="hidden" name="pagination[per_page]" value="${state.perPage}" />
                  <div class="form-actions">
                    <a class="button" href="${input.basePath}">${t('host.grid.clear')}</a
                    ><button type="submit" class="primary">${t('host.grid.apply')}</button>
                  </div>
                </form>
              </details>`
            : ''
        }
        ${createButton}
      </div>
    </div>
    ${
      input.total === 0
        ? html`<div class="empty">
            <p>${t('host.grid.no-results')}</p>
            <a class="button" href="${input.basePath}">${t('host.grid.clear')}</a>
          </div>`
        : html`<table class="grid">
            <thead>
              <tr>
                ${d.columns.map((c) => {
                  if (!c.sortable) return html`<th scope="col">${t(c.labelKey)}</th>`;
                  const current = state.sort.column === c.index;
                  const next = current && state.sort.order === 'asc' ? 'desc' : 'asc';
                  const sortState = current ? (state.sort.order === 'asc' ? 'ascending' : 'descending') : 'none';
                  return html`<th scope="col" aria-sort="${sortState}">
                    <a href="${gridUrl(input.basePath, { ...state, sort: { column: c.index, order: next }, page: 1 })}"
                      >${t(c.labelKey)}</a
                    >
                  </th>`;
                })}
                ${input.actions.length > 0 ? html`<th scope="col" class="actions"><span class="sr-only">${t('host.grid.actions')}</span></th>` : ''}
              </tr>
            </thead>
            <tbody>
              ${input.rows.map(
                (row) =>
                  html`<tr data-id="${String(row[d.primaryColumn])}">
                    ${d.columns.map((c) => html`<td>${cell(c, row, t)}</td>`)}
                    ${input.actions.length > 0 ? html`<td class="actions">${input.actions.map((a) => rowAction(input, a, row))}</td>` : ''}
                  </tr>`,
              )}
            </tbody>
          </table>`
    }
    <div class="pager">
      <span>${t('host.grid.results', { from, to, total: input.total })}</span>
      <form method="get" action="${input.basePath}" class="inline">
        ${state.search ? html`<input type="hidden" name="filters[all][]" value="${state.search}" />` : ''}
        ${filterInputs(state)}
        <input type="hidden" name="sort[column]" value="${state.sort.column}" /><input
          type="hidden"
          name="sort[order]"
          value="${state.sort.order}"
        />
        <label for="per-page">${t('host.grid.per-page')}</label>
        <select id="per-page" name="pagination[per_page]" data-autosubmit>
          ${d.perPageOptions.map((n) => html`<option value="${n}" ${n === state.perPage ? html` selected` : ''}>${n}</option>`)}
        </select>
        <noscript><button type="submit">${t('host.grid.apply')}</button></noscript>
      </form>
      <nav aria-label="pagination">
        ${state.page > 1 ? html`<a class="button" rel="prev" href="${gridUrl(input.basePath, { ...state, page: state.page - 1 })}">${t('host.grid.previous')}</a>` : ''}
        <span>${state.page} / ${input.lastPage}</span>
        ${state.page < input.lastPage ? html`<a class="button" rel="next" href="${gridUrl(input.basePath, { ...state, page: state.page + 1 })}">${t('host.grid.next')}</a>` : ''}
      </nav>
    </div>
    ${confirmDialog(t)}`;
}

/** The dialog the confirmation script opens before a state-changing row action. */
export function confirmDialog(t: Translate): SafeHtml {
  return html`<dialog id="confirm-dialog" aria-labelledby="confirm-title">
    <form method="dialog">
      <h2 id="confirm-title">${t('host.dialog.title')}</h2>
      <p data-confirm-text></p>
      <div class="buttons">
        <button value="cancel">${t('host.dialog.cancel')}</button
        ><button value="confirm" class="danger">${t('host.dialog.confirm')}</button>
      </div>
    </form>
  </dialog>`;
}
