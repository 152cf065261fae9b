import type { DatagridColumn, SortOrder } from '@pim/kernel';
import { stringify } from 'qs';

import type { Translate } from './text.js';

/** The state of a list request, as shown in the page's controls. */
export interface GridState {
  readonly search: string;
  /** Column index → the values ticked in its filter. */
  readonly filters: Readonly<Record<string, readonly string[]>>;
  readonly sort: { readonly column: string; readonly order: SortOrder };
  readonly page: number;
  readonly perPage: number;
}

/** The query of a list in UnoPim's parameters (`filters[all][]`, `sort[column]`, `pagination[page]`…). */
export function gridQuery(state: GridState): string {
  return stringify(
    {
      filters: { ...(state.search ? { all: [state.search] } : {}), ...state.filters },
      sort: state.sort,
      pagination: { page: state.page, per_page: state.perPage },
    },
    { arrayFormat: 'brackets', encodeValuesOnly: true },
  );
}

/** URL of the list with some state changed. */
export function gridUrl(basePath: string, state: GridState): string {
  return `${basePath}?${gridQuery(state)}`;
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
