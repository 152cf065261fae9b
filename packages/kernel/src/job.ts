import type { ServiceClass } from './contribution.js';
import type { FormOption } from './form.js';
import type { OptionSourceRegistration } from './option-source.js';

/** Whether a job sends the PIM's data out or brings data in. @public @since 3.1.0 */
export type JobType = 'export' | 'import';

/**
 * A saved value of a job filter: an option id or a text (one value), a list of option ids (a
 * multi-select), or a switch. @public @since 3.1.0
 */
export type JobFilterValue = string | readonly string[] | boolean;

/** A job profile's saved filters, by field name. A field left empty is absent. @public @since 3.1.0 */
export type JobFilterValues = Readonly<Record<string, JobFilterValue>>;

/** What every filter field declares. @public @since 3.1.0 */
export interface JobFieldBase {
  /** Name of the value in the saved filters (and `filters[<name>]` in a submitted form). */
  readonly name: string;
  /** Translation key of the field's name. */
  readonly labelKey: string;
  /** Translation key of a sentence under it. */
  readonly helpKey?: string;
  /** A profile cannot be saved without a value. */
  readonly required?: boolean;
}

/**
 * A select, or a multi-select, whose choices an option source lists (UnoPim's async select with
 * `track_by` id and `label_by` label). A host saves only ids the source confirms and does not mark
 * `inactive`, asking it with `ids` and the field's `params`.
 *
 * With `dependsOn` (UnoPim's `depends_on`), its choices depend on an earlier field: the source gets
 * that field's value as `params[as]` (a list comma-joined), the host lists the choices again when
 * it changes and keeps only those still offered.
 * @public @since 3.1.0
 */
export interface JobOptionsField extends JobFieldBase {
  readonly type: 'options';
  /** The option source listing the choices (the registration itself, registered by the module). */
  readonly source: OptionSourceRegistration;
  /** Several values may be chosen. */
  readonly multiple?: boolean;
  /** Fixed narrowing passed to the source as `params`, e.g. `{ capability: 'products:modify' }`. */
  readonly params?: Readonly<Record<string, string>>;
  /** The earlier field the choices depend on, and the param its value is passed to the source as. */
  readonly dependsOn?: { readonly field: string; readonly as: string };
  /** What the job does when nothing is chosen, e.g. "the store's default language". */
  readonly emptyKey?: string;
}

/** A text a user types: one line, or several (`textarea`). @public @since 3.1.0 */
export interface JobTextField extends JobFieldBase {
  /** One line, or several. */
  readonly type: 'text' | 'textarea';
  /** The most characters a value may have. */
  readonly maxLength: number;
}

/** One of fixed choices. @public @since 3.1.0 */
export interface JobSelectField extends JobFieldBase {
  readonly type: 'select';
  /** The choices: a saved value is one of their values. */
  readonly options: readonly FormOption[];
}

/** A switch: on or off. @public @since 3.1.0 */
export interface JobSwitchField extends JobFieldBase {
  /** Saved as `true` when on; absent when off. */
  readonly type: 'switch';
}

/** A filter field of a job, declared as data. @public @since 3.1.0 */
export type JobFilterField = JobOptionsField | JobTextField | JobSelectField | JobSwitchField;

/** How one finding of a check reads: passed, worth a look, or what would make the job fail. @public @since 3.1.0 */
export type JobCheckStatus = 'ok' | 'warning' | 'error';

/** One finding of a job check, already translated. @public @since 3.1.0 */
export interface JobCheckLine {
  /** Passed, worth a look, or what would make the job fail. */
  readonly status: JobCheckStatus;
  /** What was checked, e.g. "Access". */
  readonly label: string;
  /** What was found. */
  readonly text: string;
  /** Points under the text. */
  readonly items?: readonly string[];
}

/** A table of a job check, e.g. each PIM locale and the store language it becomes; already translated. @public @since 3.1.0 */
export interface JobCheckTable {
  /** What the table shows. */
  readonly caption: string;
  /** The column names. */
  readonly columns: readonly string[];
  /** A row of cells, one a column. */
  readonly rows: readonly (readonly string[])[];
}

/** What a job check found, already translated. @public @since 3.1.0 */
export interface JobCheckReport {
  /** True when nothing found would make the job fail. */
  readonly ok: boolean;
  /** One sentence: whether the job can run now. */
  readonly summary: string;
  /** Each finding, in the order checked. */
  readonly lines: readonly JobCheckLine[];
  /** What the filters resolve to, as tables (e.g. each locale and the store language it becomes). */
  readonly tables: readonly JobCheckTable[];
}

/**
 * Tells, before a job runs, whether it would work with a profile's saved filters: it goes through
 * what a run goes through and writes nothing. A host runs it on a user's request, in that user's
 * language. @public @since 3.1.0
 */
export interface JobCheck {
  /** What would happen if the job ran now with these saved filters. */
  check(filters: JobFilterValues): Promise<JobCheckReport>;
}

/**
 * An import or export job a module offers, declared as data: a host shows its profile page (the
 * filters, saved in the host), saves it, and runs its check. @public @since 3.1.0
 */
export interface JobDeclaration {
  /** Unique, `<module id>.<name>` in lower case, e.g. `acme-jobs.product-export`. */
  readonly code: string;
  /** Whether it sends the PIM's data out or brings data in. */
  readonly type: JobType;
  /** Translation key of its title (its page's and its menu entry's). */
  readonly titleKey: string;
  /** Translation key of what it does, shown above its filters. */
  readonly descriptionKey?: string;
  /** Needed to see the profile and to run its check. */
  readonly permission: string;
  /** Needed to change its filters. */
  readonly savePermission: string;
  /** In the order shown; a field a `dependsOn` names comes before it. */
  readonly filters: readonly JobFilterField[];
  /** The class of its {@link JobCheck}, bound by the module. */
  readonly check?: ServiceClass<JobCheck>;
}
