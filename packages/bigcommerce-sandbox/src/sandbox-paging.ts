/** Items per page when a request gives no `limit`: the default of every BigCommerce list that names one. */
export const DEFAULT_LIMIT = 50;

/** The page and limit a request asks for (already checked by the query rules). */
export function pageOf(query: URLSearchParams): { page: number; limit: number } {
  const page = Number(query.get('page') ?? 1);
  const limit = Number(query.get('limit') ?? DEFAULT_LIMIT);
  return { page, limit };
}

/**
 * One page of a v3 collection in its envelope: `data` and `meta.pagination` with `total`,
 * `count`, `per_page`, `current_page`, `total_pages` and `links` (`pagination_Full` of
 * `reference/channels.v3.yml`; its example is page 2 of 4 with `previous`, `current` and `next`).
 * A page past the last one is an empty `data`.
 */
export function v3Page<T>(items: readonly T[], query: URLSearchParams): { data: T[]; meta: unknown } {
  const { page, limit } = pageOf(query);
  const data = items.slice((page - 1) * limit, page * limit);
  const totalPages = Math.max(1, Math.ceil(items.length / limit));
  const link = (n: number) => `?page=${n}&limit=${limit}`;
  return {
    data,
    meta: {
      pagination: {
        total: items.length,
        count: data.length,
        per_page: limit,
        current_page: page,
        total_pages: totalPages,
        links: {
          ...(page > 1 ? { previous: link(page - 1) } : {}),
          current: link(page),
          ...(page < totalPages ? { next: link(page + 1) } : {}),
        },
      },
    },
  };
}

/**
 * One page of a v2 collection: a bare array, or nothing (204) once past the last item, as v2
 * clients report it (`aligent/bigcommerce-v3-api-php-client` PR #177; the published
 * `currencies.v2.yml` documents only the 200).
 */
export function v2Page<T>(items: readonly T[], query: URLSearchParams): T[] | null {
  const { page, limit } = pageOf(query);
  const data = items.slice((page - 1) * limit, page * limit);
  return data.length === 0 ? null : data;
}
