import type { ServiceClass } from './contribution.js';
import type { FormHandler } from './form-handler.js';

/** Column types a host knows how to render and filter (UnoPim's ColumnTypeEnum subset). @public */
export type DatagridColumnType = 'string' | 'integer' | 'boolean' | 'datetime';

/** The properties of a row a column may show: its string keys. @public @since 3.0.0 */
export type RowProperty<Row> = Extract<keyof Row, string>;

/**
 * A column of a datagrid. `index` is the row property and the filter / sort key: a property of
 * the grid's row type (checked since 3.0.0).
 * @public
 */
export interface DatagridColumn<Row = Record<string, unknown>> {
  readonly index: RowProperty<Row>;
  readonly labelKey: string;
  readonly type: DatagridColumnType;
  /** Takes part in the toolbar search (`filters[all]`). */
  readonly searchable: boolean;
  /** Shown in the Filter panel. */
  readonly filterable: boolean;
  /** Header is clickable; the repository must also whitelist it. */
  readonly sortable: boolean;
  /** For `boolean` columns: translation keys of the true / false values. */
  readonly booleanLabelKeys?: { readonly true: string; readonly false: string };
  /**
   * For a filterable column that is not boolean: the values its filter offers, each with the
   * translation key of its label (the host sends the ticked ones as `filters[index][]`). @since 2.1.0
   */
  readonly filterOptions?: readonly { readonly value: string; readonly labelKey: string }[];
  /**
   * The row property that tones this cell: `ok`, `warning`, `error` or `muted` (e.g. a failed
   * check in red). Other values are ignored. @since 2.1.0
   */
  readonly toneIndex?: RowProperty<Row>;
  /** The value may hold several lines (`\n`), each shown on its own. @since 2.2.0 */
  readonly multiline?: boolean;
}

/** HTTP method of a row action. `GET` navigates; the others ask for confirmation first. @public */
export type RowActionMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** An icon button on every row, shown only to users holding `permission`. @public */
export interface DatagridRowAction {
  readonly index: string;
  readonly icon: string;
  readonly titleKey: string;
  readonly method: RowActionMethod;
  /** Admin route path with `:id` standing for the row's primary key. */
  readonly route: string;
  readonly permission: string;
  /**
   * For a state-changing action (not `GET`): the form handler it runs (`DELETE` runs its
   * `delete`), by its class. Required then; a host refuses such an action without one.
   * @since 2.0.0; a class since 3.0.0
   */
  readonly handler?: ServiceClass<FormHandler>;
  /**
   * Translation key of the confirmation question, for state-changing actions. Its placeholders
   * are filled from the row (e.g. `{label}`: the question names what it acts on; since 2.2.0).
   */
  readonly confirmKey?: string;
}

/** Sort direction; anything else is refused by repositories. @public */
export type SortOrder = 'asc' | 'desc';

/**
 * A list page declared as data, for rows of type `Row`; a host renders it and serves its JSON.
 * @public
 */
export interface DatagridDefinition<Row = Record<string, unknown>> {
  /** Unique id, conventionally the ACL key of the list. */
  readonly id: string;
  /**
   * Admin route path of the list page (which also answers the datagrid JSON). It may hold `:id`
   * (since 2.2.0): a list about one record, e.g. its history; the host passes the id to the
   * repository in `DatagridQuery.params`.
   */
  readonly route: string;
  /** The class of the backing {@link DatagridRepository}, bound by the module (since 3.0.0; a name before). */
  readonly source: ServiceClass<DatagridRepository<Row>>;
  /** Permission needed to see the list at all. */
  readonly permission: string;
  readonly titleKey: string;
  readonly primaryColumn: RowProperty<Row>;
  readonly columns: readonly DatagridColumn<Row>[];
  readonly actions: readonly DatagridRowAction[];
  readonly defaultSort: { readonly column: RowProperty<Row>; readonly order: SortOrder };
  readonly perPageOptions: readonly number[];
  readonly searchPlaceholderKey: string;
  /**
   * Other pages of this list (e.g. deleted records), linked beside the create button to users
   * holding their permission. @since 2.2.0
   */
  readonly links?: readonly { readonly labelKey: string; readonly route: string; readonly permission: string }[];
  /** The "create" button of the page, and the empty state's invitation. */
  readonly create?: {
    readonly labelKey: string;
    readonly route: string;
    readonly permission: string;
    readonly emptyStateKey: string;
  };
}

/** What a host asks a datagrid repository for; already parsed from the request. @public */
export interface DatagridQuery {
  /** Free-text search over the searchable columns. */
  readonly search?: string;
  /** Column filters: column index → accepted values (ORed within a column, ANDed across). */
  readonly filters?: Readonly<Record<string, readonly string[]>>;
  readonly sort?: { readonly column: string; readonly order: string };
  readonly page?: number;
  readonly perPage?: number;
  /** The route's parameters, e.g. `{ id: '7' }` for a list about one record. @since 2.2.0 */
  readonly params?: Readonly<Record<string, string>>;
}

/** One page of rows with the total across all pages. @public */
export interface DatagridPage<Row> {
  readonly rows: readonly Row[];
  readonly total: number;
  readonly page: number;
  readonly perPage: number;
  readonly lastPage: number;
}

/**
 * Backs a datagrid. Implementations validate the query themselves: unknown sort columns and
 * orders other than asc / desc throw {@link InvalidDatagridQueryError}.
 * @public
 */
export interface DatagridRepository<Row = object> {
  findPage(query: DatagridQuery): Promise<DatagridPage<Row>>;
}

/** Thrown by a datagrid repository for a query it does not accept (a 400 for a host). @public */
export class InvalidDatagridQueryError extends Error {
  override readonly name = 'InvalidDatagridQueryError';
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}
