/**
 * One permission of the ACL tree. Keys are dot-nested like menu keys; a role either grants
 * everything or lists the exact keys it grants (no prefix inheritance).
 * @public
 */
export interface AclEntry {
  readonly key: string;
  /** Translation key shown in the role editor. */
  readonly labelKey: string;
  readonly sort: number;
}
