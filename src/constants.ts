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

/** Admin routes, relative to the host's admin root. */
export const ROUTES = {
  credentials: 'bigcommerce/credentials',
  create: 'bigcommerce/credentials/create',
  edit: 'bigcommerce/credentials/:id/edit',
  credential: 'bigcommerce/credentials/:id',
  verify: 'bigcommerce/credentials/:id/verify',
  refreshLists: 'bigcommerce/credentials/:id/refresh-lists',
  history: 'bigcommerce/credentials/:id/history',
  deleted: 'bigcommerce/credentials/deleted',
} as const;

/** Upper bounds of the stored values; DTOs, forms and the schema agree on them. */
export const FIELD_LIMITS = {
  label: 255,
  apiUrl: 255,
  clientId: 255,
  secret: 512,
  currency: 3,
  locale: 35,
  storeName: 255,
  currencyName: 100,
} as const;

/** Module version, as in manifest.json and package.json (a contract test keeps them equal). */
export const MODULE_VERSION = '0.6.0';

/** The only BigCommerce API origin allowed unless a host adds others (e.g. a sandbox). */
export const BIGCOMMERCE_API_ORIGIN = 'https://api.bigcommerce.com';

/** Module settings a host may provide through ModuleSettings.get('bigcommerce', name). */
export const SETTINGS = {
  /** Per-call budget in milliseconds, retries included (default 10000). */
  requestTimeoutMs: 'requestTimeoutMs',
  /** Longest wait honoured on a 429 before giving up (default 5000). */
  rateLimitMaxWaitMs: 'rateLimitMaxWaitMs',
  /** First back-off delay of a retried GET (default 250, doubled per retry). */
  retryDelayMs: 'retryDelayMs',
  /** `off` skips the Products-write probe during verification (default `on`). */
  productsWriteProbe: 'productsWriteProbe',
  /** Minutes after which the edit page suggests reading the store's lists again (default 10). */
  storeListsMaxAgeMinutes: 'storeListsMaxAgeMinutes',
  /** The largest answer of one call, in bytes (default 8 MiB): a longer one is refused. */
  maxResponseBytes: 'maxResponseBytes',
  /** Share of each store's API quota window, in percent, left to its other apps (default 20; 0: none). */
  quotaReservePercent: 'quotaReservePercent',
} as const;
