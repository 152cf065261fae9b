import type { DatagridColumn, DatagridDefinition, DatagridRowAction } from '@pim/kernel';

import { ConfirmDialog } from './components/confirm-dialog.js';
import { FilterInputs, SearchInput, SortInputs } from './components/hidden-inputs.js';
import { Pager } from './components/pager.js';
import { GridTable } from './grid-table.js';
import { filterChoices, gridUrl, type GridState } from './grid-state.js';
import { usePage } from './page-context.js';

export interface DatagridPageProps {
  readonly definition: DatagridDefinition;
  readonly basePath: string;
  readonly rows: readonly Readonly<Record<string, unknown>>[];
  readonly total: number;
  readonly lastPage: number;
  readonly state: GridState;
  readonly actions: readonly DatagridRowAction[];
  /** Where the create button goes, when the user may create. */
  readonly createHref: string | null;
  /** Other pages of the list the user may open (e.g. deleted records), already translated. */
  readonly links: readonly { readonly label: string; readonly href: string }[];
}

/** The toolbar's label search, keeping the filters, sort and page size. */
function SearchForm({
  basePath,
  placeholderKey,
  state,
}: {
  basePath: string;
  placeholderKey: string;
  state: GridState;
}) {
  const { t } = usePage();
  return (
    <form method="get" action={basePath} role="search">
      <label class="sr-only" for="grid-search">
        {t('host.grid.search')}
      </label>
      <input
        id="grid-search"
        type="search"
        name="filters[all][]"
        value={state.search}
        placeholder={t(placeholderKey)}
        maxlength={255}
      />
      <FilterInputs state={state} />
      <SortInputs state={state} />
      <input type="hidden" name="pagination[per_page]" value={state.perPage} />
      <button type="submit">{t('host.grid.search')}</button>
    </form>
  );
}

/** The Filter panel: a fieldset of switches per filterable column, keeping the search and page size. */
function FilterPanel({
  basePath,
  columns,
  state,
}: {
  basePath: string;
  columns: readonly DatagridColumn[];
  state: GridState;
}) {
  const { t } = usePage();
  const active = Object.values(state.filters).reduce((n, values) => n + values.length, 0);
  return (
    <details class="filters">
      <summary class="button">
        {t('host.grid.filter')}
        {active > 0 && ' '}
        {active > 0 && <span class="badge badge-on">{active}</span>}
      </summary>
      <form method="get" action={basePath} class="filter-panel">
        <SearchInput state={state} />
        {columns.map((column) => (
          <fieldset>
            <legend>{t(column.labelKey)}</legend>
            {filterChoices(column, t).map((choice) => (
              <label class="switch">
                <input
                  type="checkbox"
                  name={`filters[${column.index}][]`}
                  value={choice.value}
                  checked={(state.filters[column.index] ?? []).includes(choice.value)}
                />
                {choice.label}
              </label>
            ))}
          </fieldset>
        ))}
        <input type="hidden" name="pagination[per_page]" value={state.perPage} />
        <div class="form-actions">
          <a class="button" href={basePath}>
            {t('host.grid.clear')}
          </a>
          <button type="submit" class="primary">
            {t('host.grid.apply')}
          </button>
        </div>
      </form>
    </details>
  );
}

/** The links beside the list (e.g. deleted records) and the create button. */
function ListLinks({ props }: { props: DatagridPageProps }) {
  const { t } = usePage();
  const create = props.definition.create;
  return (
    <>
      {props.links.map((link) => (
        <a class="button" href={link.href}>
          {link.label}
        </a>
      ))}
      {create && props.createHref !== null && (
        <a class="button primary" href={props.createHref}>
          + {t(create.labelKey)}
        </a>
      )}
    </>
  );
}

/** A list with nothing in it at all: the invitation to create the first record. */
function EmptyList({ props }: { props: DatagridPageProps }) {
  const { t } = usePage();
  const create = props.definition.create;
  return (
    <>
      <div class="empty">
        <p>{create ? t(create.emptyStateKey) : t('host.grid.no-results')}</p>
        <ListLinks props={props} />
      </div>
      <ConfirmDialog />
    </>
  );
}

/** The list page drawn from a datagrid definition: search, Filter panel, sortable headers, actions, pagination. */
export function DatagridPage(props: DatagridPageProps) {
  const { t } = usePage();
  const { definition, state, basePath } = props;
  const filterable = definition.columns.filter((c) => c.filterable && filterChoices(c, t).length > 0);
  const filtered = state.search !== '' || Object.values(state.filters).some((values) => values.length > 0);
  if (props.total === 0 && !filtered) return <EmptyList props={props} />;
  return (
    <>
      <div class="toolbar">
        {definition.columns.some((c) => c.searchable) ? (
          <SearchForm basePath={basePath} placeholderKey={definition.searchPlaceholderKey} state={state} />
        ) : (
          <span></span>
        )}
        <div class="toolbar">
          {filterable.length > 0 && <FilterPanel basePath={basePath} columns={filterable} state={state} />}
          <ListLinks props={props} />
        </div>
      </div>
      {props.total === 0 ? (
        <div class="empty">
          <p>{t('host.grid.no-results')}</p>
          <a class="button" href={basePath}>
            {t('host.grid.clear')}
          </a>
        </div>
      ) : (
        <GridTable
          definition={definition}
          rows={props.rows}
          actions={props.actions}
          sort={state.sort}
          sortUrl={(column, order) => gridUrl(basePath, { ...state, sort: { column, order }, page: 1 })}
        />
      )}
      <Pager
        basePath={basePath}
        state={state}
        total={props.total}
        lastPage={props.lastPage}
        perPageOptions={definition.perPageOptions}
      />
      <ConfirmDialog />
    </>
  );
}
