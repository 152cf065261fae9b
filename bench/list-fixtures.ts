import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import type { DataSource } from 'typeorm';

import { insertCredentials } from '../test/fixtures/credential-records.js';

/** A label search, page 3 of 20 rows: a page that needs both the search and the count. */
export const PAGE_QUERY =
  '?filters[all][]=store&sort[column]=label&sort[order]=asc&pagination[page]=3&pagination[per_page]=20';
export const CONCURRENCY = 16;
const LOAD_GENERATOR = fileURLToPath(new URL('./load-generator.js', import.meta.url));

/** `count` credentials with four kinds of label, one in seven inactive. */
export function seedCredentials(dataSource: DataSource, count: number): Promise<void> {
  return insertCredentials(dataSource, count, (i) => ({
    label: `${['Store', 'Shop', 'Outlet', 'Market'][i % 4]} ${String(i).padStart(5, '0')}`,
    status: i % 7 === 0 ? 'inactive' : 'active',
  }));
}

/** What a load generator run measured. */
export interface LoadResult {
  readonly latenciesMs: number[];
  readonly wallMs: number;
  /** The load generator's own CPU time a request (user + system). */
  readonly cpuMsPerRequest: number;
}

/** `requests` GETs, {@link CONCURRENCY} at a time, from a separate process; `urls` are used round-robin. */
export async function load(
  urls: readonly string[],
  cookie: string,
  accept: string,
  requests: number,
): Promise<LoadResult> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [LOAD_GENERATOR, urls.join(','), cookie, accept, String(requests), String(CONCURRENCY)],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  const result = JSON.parse(stdout) as LoadResult & { errors: number };
  if (result.errors > 0) throw new Error(`${result.errors} requests failed`);
  return result;
}

/** Signs in through the login form; returns the session cookie. */
export async function signIn(base: string, password: string): Promise<string> {
  const form = await fetch(`${base}/admin/login`);
  const html = await form.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
  const loginCookie = form.headers.getSetCookie()[0]!.split(';')[0]!;
  const response = await fetch(`${base}/admin/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: loginCookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email: 'admin@example.com', password }).toString(),
  });
  return response.headers
    .getSetCookie()
    .find((c) => c.startsWith('pim_session='))!
    .split(';')[0]!;
}

/** Runs `task(i)` for i = 0 … count-1, `concurrency` at a time; resolves with the milliseconds it took. */
export async function runConcurrently(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<unknown>,
): Promise<number> {
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await task(next++);
    }),
  );
  return Number(process.hrtime.bigint() - started) / 1e6;
}
