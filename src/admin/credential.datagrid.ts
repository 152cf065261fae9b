import type { DatagridDefinition } from '@pim/kernel';
import { PERMISSIONS, ROUTES } from '../constants.js';
import type { MessageKey } from '../i18n/message-key.js';
import { CREDENTIAL_SORTABLE_COLUMNS } from '../persistence/credential-list.query.js';
import { CredentialFormHandler } from './credential.form-handler.js';
import { CredentialGridSource, type CredentialGridRow } from './credential-grid.source.js';

/** The credentials list: Label, API URL, Status, Last check; search by label; status and last-check filters. */
export const credentialDatagrid = {
  id: 'bigcommerce.credentials',
  route: ROUTES.credentials,
  source: CredentialGridSource,
  permission: PERMISSIONS.credentials,
  titleKey: 'bigcommerce.credentials.grid.title' satisfies MessageKey,
  primaryColumn: 'id',
  columns: [
    {
      index: 'label',
      labelKey: 'bigcommerce.credentials.grid.label' satisfies MessageKey,
      type: 'string',
      searchable: true,
      filterable: false,
      sortable: CREDENTIAL_SORTABLE_COLUMNS.includes('label'),
    },
    {
      index: 'apiUrl',
      labelKey: 'bigcommerce.credentials.grid.api-url' satisfies MessageKey,
      type: 'string',
      searchable: false,
      filterable: false,
      sortable: CREDENTIAL_SORTABLE_COLUMNS.includes('apiUrl'),
    },
    {
      index: 'status',
      labelKey: 'bigcommerce.credentials.grid.status' satisfies MessageKey,
      type: 'boolean',
      searchable: false,
      filterable: true,
      sortable: CREDENTIAL_SORTABLE_COLUMNS.includes('status'),
      booleanLabelKeys: {
        true: 'bigcommerce.credentials.grid.active' satisfies MessageKey,
        false: 'bigcommerce.credentials.grid.inactive' satisfies MessageKey,
      },
    },
    {
      index: 'lastCheck',
      labelKey: 'bigcommerce.credentials.grid.last-check' satisfies MessageKey,
      type: 'string',
      searchable: false,
      filterable: true,
      sortable: CREDENTIAL_SORTABLE_COLUMNS.includes('lastCheck'),
      filterOptions: [
        { value: 'ok', labelKey: 'bigcommerce.outcome.ok' satisfies MessageKey },
        { value: 'failed', labelKey: 'bigcommerce.outcome.failed' satisfies MessageKey },
        { value: 'never', labelKey: 'bigcommerce.outcome.never' satisfies MessageKey },
      ],
      toneIndex: 'lastCheckTone',
    },
  ],
  actions: [
    {
      index: 'edit',
      icon: 'icon-edit',
      titleKey: 'bigcommerce.credentials.grid.edit' satisfies MessageKey,
      method: 'GET',
      route: ROUTES.edit,
      permission: PERMISSIONS.credentialsEdit,
    },
    {
      index: 'delete',
      icon: 'icon-delete',
      titleKey: 'bigcommerce.credentials.grid.delete' satisfies MessageKey,
      method: 'DELETE',
      route: ROUTES.credential,
      permission: PERMISSIONS.credentialsDelete,
      handler: CredentialFormHandler,
      confirmKey: 'bigcommerce.credentials.grid.delete-confirm' satisfies MessageKey,
    },
  ],
  defaultSort: { column: 'label', order: 'asc' },
  perPageOptions: [10, 20, 30, 40, 50],
  searchPlaceholderKey: 'bigcommerce.credentials.grid.search-placeholder' satisfies MessageKey,
  links: [
    {
      labelKey: 'bigcommerce.credentials.grid.deleted-link' satisfies MessageKey,
      route: ROUTES.deleted,
      permission: PERMISSIONS.credentialsDelete,
    },
  ],
  create: {
    labelKey: 'bigcommerce.credentials.grid.create' satisfies MessageKey,
    route: ROUTES.create,
    permission: PERMISSIONS.credentialsCreate,
    emptyStateKey: 'bigcommerce.credentials.grid.empty' satisfies MessageKey,
  },
} as const satisfies DatagridDefinition<CredentialGridRow>;
