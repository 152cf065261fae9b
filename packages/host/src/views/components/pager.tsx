import { gridUrl, type GridState } from '../grid-state.js';
import { usePage } from '../page-context.js';
import { FilterInputs, SearchInput, SortInputs } from './hidden-inputs.js';

export interface PagerProps {
  readonly basePath: string;
  readonly state: GridState;
  readonly total: number;
  readonly lastPage: number;
  readonly perPageOptions: readonly number[];
}

/** Below a list: which rows are shown, the page size, and the previous and next pages. */
export function Pager({ basePath, state, total, lastPage, perPageOptions }: PagerProps) {
  const { t } = usePage();
  const from = total === 0 ? 0 : (state.page - 1) * state.perPage + 1;
  const to = Math.min(total, state.page * state.perPage);
  return (
    <div class="pager">
      <span>{t('host.grid.results', { from, to, total })}</span>
      <form method="get" action={basePath} class="inline">
        <SearchInput state={state} />
        <FilterInputs state={state} />
        <SortInputs state={state} />
        <label for="per-page">{t('host.grid.per-page')}</label>
        <select id="per-page" name="pagination[per_page]" data-autosubmit="">
          {perPageOptions.map((n) => (
            <option value={n} selected={n === state.perPage}>
              {n}
            </option>
          ))}
        </select>
        <noscript>
          <button type="submit">{t('host.grid.apply')}</button>
        </noscript>
      </form>
      <nav aria-label="pagination">
        {state.page > 1 && (
          <a class="button" rel="prev" href={gridUrl(basePath, { ...state, page: state.page - 1 })}>
            {t('host.grid.previous')}
          </a>
        )}
        <span>
          {state.page} / {lastPage}
        </span>
        {state.page < lastPage && (
          <a class="button" rel="next" href={gridUrl(basePath, { ...state, page: state.page + 1 })}>
            {t('host.grid.next')}
          </a>
        )}
      </nav>
    </div>
  );
}
