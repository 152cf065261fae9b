/**
 * Field types a host knows how to render. `checkboxes` (since 2.1.0): several choices among the
 * state's options for the field; its value is a list of option ids, submitted as `name[]`, with
 * an empty `name[]` first so that unticking every box is a value too; an `inactive` option is
 * shown but cannot be ticked.
 * @public
 */
export type FormFieldType = 'text' | 'url' | 'password' | 'select' | 'switch' | 'mapping' | 'checkboxes';

/** A static choice of a select. @public */
export interface FormOption {
  readonly value: string;
  readonly labelKey: string;
}

/** One input of a form. @public */
export interface FormField {
  /** Name of the value in the submitted body. */
  readonly name: string;
  readonly type: FormFieldType;
  readonly labelKey: string;
  readonly helpKey?: string;
  readonly required: boolean;
  readonly maxLength?: number;
  /**
   * A secret is never sent back to the browser: the host renders a password input whose value
   * is the fixed mask when one is stored, and an unchanged mask (or blank) means "keep".
   */
  readonly secret?: boolean;
  /** Fixed choices of a `select` / `switch`. */
  readonly options?: readonly FormOption[];
  /** Name of a registered option source feeding a `select` or the values of a `mapping`. */
  readonly optionSource?: string;
  /** A select whose value may also be typed (a code missing from the options). */
  readonly allowCustomValue?: boolean;
  /** For `mapping`: what the rows are (the PIM's active locales or currencies). */
  readonly mappingRows?: 'pim-locales' | 'pim-currencies';
}

/** A titled group of fields. @public */
export interface FormSection {
  readonly id: string;
  readonly labelKey: string;
  readonly fields: readonly FormField[];
}

/** A button of a form that runs a named action of its handler (e.g. "Test connection"). @public */
export interface FormAction {
  readonly name: string;
  readonly labelKey: string;
  /** Admin route path the action is POSTed to, with `:id`. */
  readonly route: string;
  readonly permission: string;
  /** The action asks a remote service: the host shows a busy indicator meanwhile. */
  readonly remote?: boolean;
  /** Translation key of the busy indicator's text. */
  readonly busyLabelKey?: string;
}

/** A create or edit form declared as data. @public */
export interface FormSchema {
  /** Unique id, e.g. `bigcommerce.credentials.create`. */
  readonly id: string;
  /** Permission needed to open and submit the form. */
  readonly permission: string;
  /** Whether this form creates a record or edits one. */
  readonly mode: 'create' | 'edit';
  /** Admin route path of the page (`:id` for the record on edit). */
  readonly route: string;
  /** Admin route path the form is submitted to: POST on create, PUT on edit. */
  readonly submitRoute: string;
  /** Name of the registered {@link FormHandler} serving it. */
  readonly handler: string;
  /** Where to go after a successful create (`:id` is the new record). */
  readonly afterCreateRoute?: string;
  /** Saving asks a remote service: the host shows a busy indicator meanwhile. */
  readonly remoteSubmit?: boolean;
  /** Translation key of the busy indicator's text. */
  readonly busyLabelKey?: string;
  readonly actions?: readonly FormAction[];
  /**
   * Datagrids about the record (their route holds `:id`), shown below an edit form, newest page
   * first, e.g. its history; each to users holding its permission. @since 2.2.0
   */
  readonly related?: readonly string[];
  /**
   * Translation key of what an edit page says when its record does not exist (any more), with a
   * link back to the list. @since 2.2.0
   */
  readonly notFoundKey?: string;
  readonly titleKey: string;
  readonly submitLabelKey: string;
  readonly sections: readonly FormSection[];
}

/** The fixed value shown in place of a stored secret; posting it back keeps the secret. @public */
export const SECRET_MASK = '**********';
