/** Module id, as in manifest.json; the prefix of every key and job code. */
export const MODULE_ID = 'bigcommerce-jobs';

/** Module version, as in manifest.json and package.json (a contract test keeps them equal). */
export const MODULE_VERSION = '0.1.0';

/** ACL keys: one to see and check a job, one to change its filters. */
export const PERMISSIONS = {
  root: 'bigcommerce-jobs',
  export: 'bigcommerce-jobs.export',
  exportEdit: 'bigcommerce-jobs.export.edit',
  import: 'bigcommerce-jobs.import',
  importEdit: 'bigcommerce-jobs.import.edit',
} as const;
