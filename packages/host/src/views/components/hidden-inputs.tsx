import type { GridState } from '../grid-state.js';

/** The list's search as a hidden input, to carry it into another form of the page. */
export function SearchInput({ state }: { state: GridState }) {
  return state.search ? <input type="hidden" name="filters[all][]" value={state.search} /> : null;
}

/** The list's column filters as hidden inputs. */
export function FilterInputs({ state }: { state: GridState }) {
  return (
    <>
      {Object.entries(state.filters).flatMap(([column, values]) =>
        values.map((value) => <input type="hidden" name={`filters[${column}][]`} value={value} />),
      )}
    </>
  );
}

/** The list's sort as hidden inputs. */
export function SortInputs({ state }: { state: GridState }) {
  return (
    <>
      <input type="hidden" name="sort[column]" value={state.sort.column} />
      <input type="hidden" name="sort[order]" value={state.sort.order} />
    </>
  );
}
