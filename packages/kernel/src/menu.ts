/**
 * A sidebar entry. Keys are dot-nested (`a.b` is a child of `a`) and are also ACL keys: a host
 * shows an entry only to users holding the permission named by its key.
 * @public
 */
export interface MenuItem {
  /** Dot key, equal to an ACL key, e.g. `bigcommerce.credentials`. */
  readonly key: string;
  /** Translation key of the visible name. */
  readonly labelKey: string;
  /** Admin route path, relative to the admin root, e.g. `bigcommerce/credentials`. */
  readonly route: string;
  /** Order among siblings, ascending. */
  readonly sort: number;
  /**
   * Icon of a top-level entry: the name of an SVG file the module's manifest lists under `icons`
   * (since 3.1.0), which a host serves and draws beside the name.
   */
  readonly icon?: string;
}
