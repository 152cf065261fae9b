import type { AclEntry } from '@pim/kernel';
import { PERMISSIONS } from '../constants.js';
import type { MessageKey } from '../i18n/message-key.js';

type ModuleAclEntry = AclEntry & { readonly labelKey: MessageKey };

/** The permission tree; menu keys and route checks use these keys. */
export const aclEntries = [
  { key: PERMISSIONS.root, labelKey: 'bigcommerce.acl.root', sort: 10 },
  { key: PERMISSIONS.credentials, labelKey: 'bigcommerce.acl.credentials', sort: 1 },
  { key: PERMISSIONS.credentialsCreate, labelKey: 'bigcommerce.acl.credentials-create', sort: 1 },
  { key: PERMISSIONS.credentialsEdit, labelKey: 'bigcommerce.acl.credentials-edit', sort: 2 },
  { key: PERMISSIONS.credentialsDelete, labelKey: 'bigcommerce.acl.credentials-delete', sort: 3 },
] as const satisfies readonly ModuleAclEntry[];
