/**
 * The human part of a BigCommerce error body: v3 objects `{status, title, errors}`, v2 arrays of
 * `{status, message}`, or nothing useful (gateway pages, empty bodies). Bounded in length.
 */
export function errorDetail(body: unknown): string {
  const parts: string[] = [];
  if (Array.isArray(body)) {
    for (const item of body)
      if (item && typeof item === 'object' && typeof (item as { message?: unknown }).message === 'string')
        parts.push((item as { message: string }).message);
  } else if (body && typeof body === 'object') {
    const { title, detail, errors } = body as { title?: unknown; detail?: unknown; errors?: unknown };
    if (typeof title === 'string') parts.push(title);
    if (typeof detail === 'string') parts.push(detail);
    if (errors && typeof errors === 'object' && !Array.isArray(errors)) {
      for (const [field, message] of Object.entries(errors))
        if (typeof message === 'string') parts.push(`${field}: ${message}`);
    }
  }
  return parts.join('; ').slice(0, 300);
}
