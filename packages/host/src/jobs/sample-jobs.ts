/**
 * The host's own pages beside the modules' menus: sample job profiles, as UnoPim's job filters
 * declare them. Each is shown when the option source it reads is registered, to users holding
 * the permission that source was registered with. Declared here, read by the routes and the menu.
 */
export const SAMPLE_JOBS = [
  {
    /** A required async select named `credentials` (track_by id, label_by label), for credentials that can write products. */
    path: '/admin/jobs/export-bigcommerce',
    labelKey: 'host.layout.jobs',
    optionSource: 'bigcommerce.credentials',
    field: { name: 'credentials', labelKey: 'bigcommerce.job.credentials' },
    params: { capability: 'products:modify' },
  },
] as const;

export type SampleJob = (typeof SAMPLE_JOBS)[number];
