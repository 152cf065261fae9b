import type { ServiceClass } from './contribution.js';

/** Request of an async select (UnoPim's `v-async-select-handler`). @public */
export interface OptionQuery {
  readonly query?: string;
  readonly page?: number;
  readonly perPage?: number;
  /** Rehydrate these saved values instead of searching. */
  readonly ids?: readonly string[];
  /** Source-specific narrowing, e.g. a capability a job needs. */
  readonly params?: Readonly<Record<string, string>>;
}

/** One choice. `inactive` marks a rehydrated value that can no longer be chosen. @public */
export interface Option {
  readonly id: string;
  readonly label: string;
  readonly inactive?: boolean;
  /** A translated note shown with the choice (e.g. why it cannot be chosen, or a warning). @since 2.1.0 */
  readonly hint?: string;
}

/** UnoPim's async-select response shape. @public */
export interface OptionPage {
  readonly options: readonly Option[];
  readonly page: number;
  readonly lastPage: number;
}

/**
 * A registered option source: its name (a host serves it at a URL made from it), its class (bound
 * by the module) and the permission a host requires to serve it. Forms and jobs reference this
 * value, never the name. @public
 */
export interface OptionSourceRegistration {
  readonly name: string;
  readonly source: ServiceClass<OptionSource>;
  readonly permission: string;
}

/** A named, async list of choices, such as the credentials a job filter offers. @public */
export interface OptionSource {
  list(query: OptionQuery): Promise<OptionPage>;
}
