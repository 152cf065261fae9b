/** Module id, as in manifest.json; also the prefix of every key and table. */
export const MODULE_ID = 'bigcommerce';

/** Table names; every table of this module starts with `bigcommerce_`. */
export const TABLES = {
  credentials: 'bigcommerce_credentials',
  credentialHistory: 'bigcommerce_credential_history',
} as const;

/** ACL keys. Menu keys are the same keys. */
export const PERMISSIONS = {
  root: 'bigcommerce',
  credentials: 'bigcommerce.credentials',
  credentialsCreate: 'bigcommerce.credentials.create',
  credentialsEdit: 'bigcommerce.credentials.edit',
  credentialsDelete: 'bigcommerce.credentials.delete',
} as const;

/** Names under which this module registers its services with a host. */
export const REGISTRATIONS = {
  credentialRepository: 'bigcommerce.credentials',
  credentialsDatagrid: 'bigcommerce.credentials',
  createForm: 'bigcommerce.credentials.create',
  editForm: 'bigcommerce.credentials.edit',
} as const;

/** Admin routes, relative to the host's admin root. */
export const ROUTES = {
  credentials: 'bigcommerce/credentials',
  create: 'bigcommerce/credentials/create',
  edit: 'bigcommerce/credentials/:id/edit',
  credential: 'bigcommerce/credentials/:id',
} as const;

/** Upper bounds of the stored values; DTOs, forms and the schema agree on them. */
export const FIELD_LIMITS = {
  label: 255,
  apiUrl: 255,
  clientId: 255,
  secret: 512,
  currency: 3,
  locale: 35,
} as const;
