/** Where the admin lives; every admin URL is made by {@link adminPath}. */
export const ADMIN_ROOT = '/admin';

/**
 * The admin URL of a registered route (`acme/widgets/:id/edit`), its `:name`
 * parameters filled in (URL-encoded); a parameter not given stays as it is, so that a route can
 * be filled in two steps. `adminPath()` is the admin root itself.
 */
export function adminPath(route = '', params: Readonly<Record<string, string | number>> = {}): string {
  const filled = route.replace(/:(\w+)/g, (whole, name: string) =>
    name in params ? encodeURIComponent(String(params[name])) : whole,
  );
  return filled === '' ? ADMIN_ROOT : `${ADMIN_ROOT}/${filled.replace(/^\//, '')}`;
}
