import type { ServiceClass } from './contribution.js';
import type { DatagridDefinition } from './datagrid.js';
import type { ActionMethod, FormHandler } from './form-handler.js';
import type { OptionSourceRegistration } from './option-source.js';

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
  /** The option source feeding a `select` or the values of a `mapping` (the registration itself since 3.0.0). */
  readonly optionSource?: OptionSourceRegistration;
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

/**
 * A button of a form that runs a method of its handler (e.g. "Test connection"): `method` names
 * it, checked against the handler's type (since 3.0.0; a name passed to `action` before).
 * @public
 */
export interface FormAction<H extends FormHandler = FormHandler> {
  readonly method: ActionMethod<H>;
  readonly labelKey: string;
  /** Admin route path the action is POSTed to, with `:id`. */
  readonly route: string;
  readonly permission: string;
  /** The action asks a remote service: the host shows a busy indicator meanwhile. */
  readonly remote?: boolean;
  /** Translation key of the busy indicator's text. */
  readonly busyLabelKey?: string;
}

/** A create or edit form declared as data, served by a handler of class `H`. @public */
export interface FormSchema<H extends FormHandler = FormHandler> {
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
  /** The class of the {@link FormHandler} serving it, bound by the module (since 3.0.0; a name before). */
  readonly handler: ServiceClass<H>;
  /** Where to go after a successful create (`:id` is the new record). */
  readonly afterCreateRoute?: string;
  /** Saving asks a remote service: the host shows a busy indicator meanwhile. */
  readonly remoteSubmit?: boolean;
  /** Translation key of the busy indicator's text. */
  readonly busyLabelKey?: string;
  readonly actions?: readonly FormAction<H>[];
  /**
   * Datagrids about the record (their route holds `:id`), shown below an edit form, newest page
   * first, e.g. its history; each to users holding its permission. @since 2.2.0
   */
  // The rows of a related list can be of any type: the host only renders them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly related?: readonly DatagridDefinition<any>[];
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
