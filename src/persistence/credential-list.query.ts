import { InvalidDatagridQueryError, type DatagridQuery, type SortOrder } from '@pim/kernel';
import { FIELD_LIMITS } from '../constants.js';
import { cleanText, stripInvisibleOrControl, type CredentialStatus } from '../domain.js';

/**
 * Grid column → entity property. Only these may be sorted on: never a raw request value. A Map,
 * so `constructor`, `__proto__` or `toString` are unknown columns rather than inherited members.
 */
const SORTABLE: ReadonlyMap<string, SortProperty> = new Map([
  ['label', 'label'],
  ['apiUrl', 'apiUrl'],
  ['status', 'status'],
  ['lastCheck', 'verifiedAt'],
  ['id', 'id'],
]);

type SortProperty = 'label' | 'apiUrl' | 'status' | 'verifiedAt' | 'id';

/** The last check of a credential, as the list filters it. */
export type LastCheckState = 'ok' | 'failed' | 'never';
export const LAST_CHECK_STATES: readonly LastCheckState[] = ['ok', 'failed', 'never'];

export const CREDENTIAL_SORTABLE_COLUMNS: readonly string[] = [...SORTABLE.keys()];

export const MAX_PER_PAGE = 100;
const DEFAULT_PER_PAGE = 10;

const ACTIVE_VALUES = new Set(['1', 'true', 'active']);
const INACTIVE_VALUES = new Set(['0', 'false', 'inactive']);

/** A validated list request, safe to turn into SQL. */
export interface CredentialListCriteria {
  readonly search: string | null;
  /** Empty: no status filter. */
  readonly statuses: readonly CredentialStatus[];
  /** Empty: no last-check filter. */
  readonly lastChecks: readonly LastCheckState[];
  readonly sortProperty: SortProperty;
  readonly order: SortOrder;
  readonly page: number;
  readonly perPage: number;
}

function positiveInteger(value: number | undefined, fallback: number, parameter: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new InvalidDatagridQueryError(parameter, `${parameter} must be a positive integer.`);
  }
  return value;
}

/** The page of a list a query asks for: a positive page, 1 to {@link MAX_PER_PAGE} rows. */
export function parsePaging(query: DatagridQuery): { page: number; perPage: number } {
  const perPage = positiveInteger(query.perPage, DEFAULT_PER_PAGE, 'pagination[per_page]');
  if (perPage > MAX_PER_PAGE) {
    throw new InvalidDatagridQueryError('pagination[per_page]', `At most ${MAX_PER_PAGE} rows per page.`);
  }
  return { page: positiveInteger(query.page, 1, 'pagination[page]'), perPage };
}

/** Validates a grid query: whitelisted sort, asc / desc only, bounded paging, known filters. */
export function parseCredentialListQuery(query: DatagridQuery): CredentialListCriteria {
  const sortColumn = query.sort?.column ?? 'label';
  const sortProperty = SORTABLE.get(sortColumn);
  if (sortProperty === undefined) {
    throw new InvalidDatagridQueryError('sort[column]', `Cannot sort on "${sortColumn.slice(0, 64)}".`);
  }
  const order = (query.sort?.order ?? 'asc').toLowerCase();
  if (order !== 'asc' && order !== 'desc') {
    throw new InvalidDatagridQueryError('sort[order]', 'The sort order must be asc or desc.');
  }

  const { page, perPage } = parsePaging(query);

  const statuses: CredentialStatus[] = [];
  const lastChecks: LastCheckState[] = [];
  for (const [column, values] of Object.entries(query.filters ?? {})) {
    if (column === 'status') {
      for (const raw of values) statuses.push(statusOf(raw));
    } else if (column === 'lastCheck') {
      for (const raw of values) lastChecks.push(lastCheckOf(raw));
    } else {
      throw new InvalidDatagridQueryError(
        `filters[${column.slice(0, 64)}]`,
        'Only the status and last check columns can be filtered.',
      );
    }
  }

  const search = searchText(query.search);
  return {
    search,
    statuses: [...new Set(statuses)],
    lastChecks: [...new Set(lastChecks)],
    sortProperty,
    order,
    page,
    perPage,
  };
}

function statusOf(raw: string): CredentialStatus {
  const value = raw.trim().toLowerCase();
  if (ACTIVE_VALUES.has(value)) return 'active';
  if (INACTIVE_VALUES.has(value)) return 'inactive';
  throw new InvalidDatagridQueryError('filters[status]', 'The status filter takes active or inactive.');
}

function lastCheckOf(raw: string): LastCheckState {
  const value = raw.trim().toLowerCase();
  const state = LAST_CHECK_STATES.find((s) => s === value);
  if (state === undefined)
    throw new InvalidDatagridQueryError('filters[lastCheck]', 'The last check filter takes ok, failed or never.');
  return state;
}

/**
 * A label search as typed, made comparable to stored labels: NFC, without the invisible and
 * control characters labels may not contain, bounded; null when nothing is left to search for.
 */
export function searchText(raw: string | undefined): string | null {
  const text = cleanText(stripInvisibleOrControl(raw ?? '')).slice(0, FIELD_LIMITS.label);
  return text === '' ? null : text;
}

/** The number of the last page of `total` rows, `perPage` a page; 1 when there is none. */
export function lastPage(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** `LIKE` pattern matching `term` anywhere, with `!` escaping the wildcards on every engine. */
export function containsPattern(term: string): string {
  return `%${term.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
