import type { DatagridColumn, DatagridDefinition } from '@pim/kernel';
import { PERMISSIONS, ROUTES } from '../constants.js';
import type { MessageKey } from '../i18n/message-key.js';
import { CredentialHistorySource, DeletedHistorySource, type HistoryGridRow } from './credential-history.source.js';

const column = (
  index: keyof HistoryGridRow,
  labelKey: MessageKey,
  multiline = false,
): DatagridColumn<HistoryGridRow> => ({
  index,
  labelKey,
  type: 'string',
  searchable: false,
  filterable: false,
  sortable: false,
  ...(multiline ? { multiline: true } : {}),
});

const WHEN_WHO_WHAT = [
  column('at', 'bigcommerce.history.when'),
  column('user', 'bigcommerce.history.who'),
  column('event', 'bigcommerce.history.what'),
  column('changes', 'bigcommerce.history.changes', true),
];

/** A credential's history, newest first: on its edit page (the first page) and on a page of its own. */
export const credentialHistoryDatagrid = {
  id: 'bigcommerce.credentials.history',
  route: ROUTES.history,
  source: CredentialHistorySource,
  permission: PERMISSIONS.credentials,
  titleKey: 'bigcommerce.history.title' satisfies MessageKey,
  primaryColumn: 'id',
  columns: WHEN_WHO_WHAT,
  actions: [],
  defaultSort: { column: 'at', order: 'desc' },
  perPageOptions: [10, 20, 50],
  searchPlaceholderKey: 'bigcommerce.history.title' satisfies MessageKey,
} as const satisfies DatagridDefinition<HistoryGridRow>;

/** The history of deleted credentials, for users who may delete them. */
export const deletedHistoryDatagrid = {
  id: 'bigcommerce.credentials.deleted',
  route: ROUTES.deleted,
  source: DeletedHistorySource,
  permission: PERMISSIONS.credentialsDelete,
  titleKey: 'bigcommerce.history.deleted-title' satisfies MessageKey,
  primaryColumn: 'id',
  columns: [column('credential', 'bigcommerce.history.credential'), ...WHEN_WHO_WHAT],
  actions: [],
  defaultSort: { column: 'at', order: 'desc' },
  perPageOptions: [10, 20, 50],
  searchPlaceholderKey: 'bigcommerce.history.deleted-title' satisfies MessageKey,
} as const satisfies DatagridDefinition<HistoryGridRow>;
