/**
 * The host's own pages beside the modules' menus: sample job profiles, as UnoPim's job filters
 * declare them. Each is shown when the option source it reads is registered, to users holding
 * the permission that source was registered with. Declared here, read by the routes and the menu.
 */
export const SAMPLE_JOBS = [
  {
    code: 'bigcommerce_product_export',
    type: 'export',
    route: 'jobs/export-bigcommerce',
    labelKey: 'host.jobs.export-title',
    descriptionKey: 'host.jobs.export-description',
    /** A required async select named `credentials` (track_by id, label_by label). */
    optionSource: 'bigcommerce.credentials',
    field: { name: 'credentials', labelKey: 'bigcommerce.job.credentials' },
    /** Exports write products: only credentials whose token may. */
    params: { capability: 'products:modify' },
  },
  {
    code: 'bigcommerce_product_import',
    type: 'import',
    route: 'jobs/import-bigcommerce',
    labelKey: 'host.jobs.import-title',
    descriptionKey: 'host.jobs.import-description',
    optionSource: 'bigcommerce.credentials',
    field: { name: 'credentials', labelKey: 'bigcommerce.job.credentials' },
    /** Imports read products: read-only credentials are offered too. */
    params: { capability: 'products:read' },
  },
] as const;

export type SampleJob = (typeof SAMPLE_JOBS)[number];
