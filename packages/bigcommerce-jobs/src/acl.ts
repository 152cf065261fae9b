import type { AclEntry } from '@pim/kernel';

import { PERMISSIONS } from './constants.js';
import type { MessageKey } from './i18n/message-key.js';

/** The module's ACL tree: a root, and for each job one key to see and check it, one to change its filters. */
export const aclEntries = [
  { key: PERMISSIONS.root, labelKey: 'bigcommerce-jobs.acl.root' satisfies MessageKey, sort: 1 },
  { key: PERMISSIONS.export, labelKey: 'bigcommerce-jobs.acl.export' satisfies MessageKey, sort: 1 },
  { key: PERMISSIONS.exportEdit, labelKey: 'bigcommerce-jobs.acl.export-edit' satisfies MessageKey, sort: 1 },
  { key: PERMISSIONS.import, labelKey: 'bigcommerce-jobs.acl.import' satisfies MessageKey, sort: 2 },
  { key: PERMISSIONS.importEdit, labelKey: 'bigcommerce-jobs.acl.import-edit' satisfies MessageKey, sort: 1 },
] as const satisfies readonly AclEntry[];
