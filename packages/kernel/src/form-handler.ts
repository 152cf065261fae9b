import type { Option } from './option-source.js';

/** A row of a mapping field: a PIM code and the value it maps to. @public */
export interface MappingRowState {
  readonly key: string;
  readonly value: string;
  /** False for a row kept for a PIM code that is no longer active. */
  readonly active: boolean;
}

/** A message already translated by the module, for a notice or a detail line. @public */
export interface FormNotice {
  readonly level: 'info' | 'warning' | 'error';
  readonly text: string;
  /** Points under the text, each already translated. @since 2.1.0 */
  readonly items?: readonly string[];
  /** A link after the text: an `https` page outside the admin opens in a new tab. @since 2.1.0 */
  readonly link?: { readonly text: string; readonly href: string };
}

/** What a form page shows for one record. Never contains a secret. @public */
export interface FormState {
  /** Field name → value; secret fields hold the fixed mask when one is stored. */
  readonly values: Readonly<Record<string, unknown>>;
  /** Optimistic-lock version to send back with the update. */
  readonly version?: number;
  /** Mapping field name → its rows. */
  readonly mappingRows?: Readonly<Record<string, readonly MappingRowState[]>>;
  /** Field name → the choices of its select (from the module's live data). */
  readonly options?: Readonly<Record<string, readonly Option[]>>;
  /**
   * Field name → whether its select may also be typed in now, overriding the schema's
   * `allowCustomValue` (e.g. only while the list of choices is known to be incomplete). @since 2.1.0
   */
  readonly typedValues?: Readonly<Record<string, boolean>>;
  /** Title of the record, e.g. its label. */
  readonly title?: string;
  /** Read-only facts shown beside the form (label → value, both translated). */
  readonly details?: readonly { readonly label: string; readonly value: string }[];
  readonly notices?: readonly FormNotice[];
}

/** The outcome of a submit or an action, with messages already translated. @public */
export type FormResult =
  | { readonly ok: true; readonly id: string; readonly message: string; readonly details?: FormState['details'] }
  | {
      readonly ok: false;
      /**
       * 422: field errors; 409: conflict; 404: gone; 502: the remote service failed; 503: this
       * host cannot serve it now (e.g. it lacks the key a stored secret was sealed with, since 1.1.0).
       */
      readonly status: 404 | 409 | 422 | 502 | 503;
      readonly message: string;
      /** Field name → messages (UnoPim's 422 `{errors:{field:[message]}}`). */
      readonly errors: Readonly<Record<string, readonly string[]>>;
      /**
       * A 409 the user may override: submitting the same values again with `field` set to `1`
       * saves anyway. A host shows the form again with a button labelled `label`. @since 2.1.0
       */
      readonly confirm?: { readonly field: string; readonly label: string };
    };

/**
 * Serves a form schema: loads a record, saves it, deletes it. Its other methods taking a record id
 * and answering a {@link FormResult} are the form's actions (e.g. Test connection): a schema's
 * {@link FormAction} names one (since 3.0.0; `action(name, id)` before). The module validates and
 * translates; the host renders and routes.
 * @public
 */
export interface FormHandler {
  /** State of a new, empty record (the create form). */
  blank(): Promise<FormState>;
  /** State of an existing record, or null when there is none. */
  load(id: string): Promise<FormState | null>;
  create(input: Readonly<Record<string, unknown>>): Promise<FormResult>;
  update(id: string, input: Readonly<Record<string, unknown>>): Promise<FormResult>;
  delete(id: string): Promise<FormResult>;
}

/** The methods of a form handler `H` a form action may run: `(id) => Promise<FormResult>`. @public @since 3.0.0 */
export type ActionMethod<H> = {
  [K in keyof H]: H[K] extends (id: string) => Promise<FormResult> ? K : never;
}[keyof H] &
  string;
