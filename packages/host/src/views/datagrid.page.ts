import type { DatagridColumn, DatagridDefinition, DatagridRowAction } from '@pim/kernel';
import { gridTable } from './grid-table.js';
import { html, type SafeHtml, type Translate } from './html.js';

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
  /** Other pages of the list the user may open (e.g. deleted records), already translated. */
  readonly links: readonly { readonly label: string; readonly href: string }[];
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

/** Hidden inputs carrying the current filters into another form of the page. */
function filterInputs(state: GridState): SafeHtml[] {
  return Object.entries(state.filters).flatMap(([column, values]) =>
    values.map((v) => html`<input type="hidden" name="filters[${column}][]" value="${v}" />`),
  );
}

/** The toolbar's label search, keeping the filters, sort and page size. */
function searchForm(input: DatagridPageInput): SafeHtml {
  const { t, definition: d, state } = input;
  return html`<form method="get" action="${input.basePath}" role="search">
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
  </form>`;
}

/** The list page drawn from a datagrid definition: search, Filter panel, sortable headers, actions, pagination. */
export function datagridPage(input: DatagridPageInput): SafeHtml {
  const { t, definition: d, state } = input;
  const filterable = d.columns.filter((c) => c.filterable && filterChoices(c, t).length > 0);
  const activeFilters = Object.values(state.filters).reduce((n, values) => n + values.length, 0);
  const filtered = state.search !== '' || activeFilters > 0;
  const createButton = html`${input.links.map((l) => html`<a class="button" href="${l.href}">${l.label}</a>`)}${
    input.canCreate && d.create
      ? html`<a class="button primary" href="${input.adminRoot}/${d.create.route}">+ ${t(d.create.labelKey)}</a>`
      : ''
  }`;
  const searchable = d.columns.some((c) => c.searchable);

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
      ${searchable ? searchForm(input) : html`<span></span>`}
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
        : gridTable({
            t,
            definition: d,
            rows: input.rows,
            actions: input.actions,
            csrfToken: input.csrfToken,
            adminRoot: input.adminRoot,
            sortUrl: (column, order) => gridUrl(input.basePath, { ...state, sort: { column, order }, page: 1 }),
            sort: state.sort,
          })
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

/** The first page of a list about one record, below its form: a titled table and a link to all of it. */
export function relatedGridSection(input: {
  readonly t: Translate;
  readonly definition: DatagridDefinition;
  readonly rows: readonly Record<string, unknown>[];
  readonly total: number;
  readonly perPage: number;
  readonly href: string;
}): SafeHtml {
  const { t, definition: d } = input;
  const id = `related-${d.id.replace(/[^a-z0-9-]/gi, '-')}`;
  return html`<section class="panel related-grid" aria-labelledby="${id}">
    <h2 id="${id}">${t(d.titleKey)}</h2>
    ${
      input.rows.length === 0
        ? html`<p class="help">${t('host.grid.no-results')}</p>`
        : gridTable({ t, definition: d, rows: input.rows, actions: [], csrfToken: '', adminRoot: '' })
    }
    ${input.total > input.perPage ? html`<p><a href="${input.href}">${t('host.grid.all', { total: input.total })}</a></p>` : ''}
  </section>`;
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
