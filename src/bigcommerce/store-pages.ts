import { BigcommerceError, type BigcommerceErrorCode } from '../errors/bigcommerce.errors.js';
import type { BigcommerceClient } from './bigcommerce-client.js';
import { expectOk } from './response-status.js';

/** Every item of a paged list, and whether the store had more than were read. */
export interface PagedItems {
  readonly items: readonly unknown[];
  readonly truncated: boolean;
}

/** How a paged list is read: items per page, and how many pages at most. */
export interface Paging {
  readonly limit: number;
  readonly maxPages: number;
  /** The error a 403 means on this endpoint (the scope it needs). */
  readonly onForbidden: BigcommerceErrorCode;
}

type Params = Readonly<Record<string, string | number>>;

/**
 * Reads a v3 collection page by page (`page`, `limit`): each answer is `{data: [...], meta:
 * {pagination: {total_pages, …}}}` (`pagination_Full`, `reference/channels.v3.yml`), read until
 * `current_page` reaches `total_pages` or, without pagination, until a page comes back short. Stops
 * after `maxPages`, saying the list was cut.
 */
export async function readV3Pages(
  client: BigcommerceClient,
  path: string,
  params: Params,
  paging: Paging,
): Promise<PagedItems> {
  const items: unknown[] = [];
  for (let page = 1; page <= paging.maxPages; page++) {
    const response = expectOk(await client.get(path, { ...params, page, limit: paging.limit }), paging.onForbidden);
    const body = response.body as { data?: unknown; meta?: unknown } | null;
    const data = body !== null && typeof body === 'object' ? body.data : undefined;
    if (!Array.isArray(data) || data.length > paging.limit)
      throw new BigcommerceError('malformed-response', { status: response.status });
    items.push(...(data as unknown[]));
    const totalPages = totalPagesOf(body!.meta);
    if (totalPages !== null ? page >= totalPages : data.length < paging.limit) return { items, truncated: false };
  }
  return { items, truncated: true };
}

/**
 * Reads a v2 collection page by page (`page`, `limit`, `reference/currencies.v2.yml`): a bare
 * array each time, until a page comes back short or empty (v2 answers an empty page with 204 and
 * no body). Stops after `maxPages`, saying the list was cut.
 */
export async function readV2Pages(client: BigcommerceClient, path: string, paging: Paging): Promise<PagedItems> {
  const items: unknown[] = [];
  for (let page = 1; page <= paging.maxPages; page++) {
    const response = expectOk(await client.get(path, { page, limit: paging.limit }), paging.onForbidden);
    if (response.body === null) return { items, truncated: false };
    if (!Array.isArray(response.body) || response.body.length > paging.limit)
      throw new BigcommerceError('malformed-response', { status: response.status });
    items.push(...(response.body as unknown[]));
    if (response.body.length < paging.limit) return { items, truncated: false };
  }
  return { items, truncated: true };
}

/** `meta.pagination.total_pages` when it is a positive integer, else null (no usable pagination). */
function totalPagesOf(meta: unknown): number | null {
  const pagination = (meta as { pagination?: { total_pages?: unknown } } | null | undefined)?.pagination;
  const total = pagination?.total_pages;
  return typeof total === 'number' && Number.isSafeInteger(total) && total >= 1 ? total : null;
}
