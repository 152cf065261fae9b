import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import type { DataSource } from 'typeorm';

import { CredentialEntity } from '../src/persistence/credential.entity.js';

/** Credentials in the admin-list benchmarks. */
export const CREDENTIALS = 10_000;
/** A label search, page 3 of 20 rows: a page that needs both the search and the count. */
export const PAGE_QUERY =
  '?filters[all][]=store&sort[column]=label&sort[order]=asc&pagination[page]=3&pagination[per_page]=20';
export const REQUESTS = 2_000;
export const CONCURRENCY = 16;
const LOAD_GENERATOR = fileURLToPath(new URL('./load-generator.js', import.meta.url));

/** {@link CREDENTIALS} credentials with four kinds of label, 500 to an INSERT. */
export async function seedCredentials(dataSource: DataSource): Promise<void> {
  const now = new Date();
  for (let start = 0; start < CREDENTIALS; start += 500) {
    const rows = Array.from({ length: 500 }, (_, k) => ({
      label: `${['Store', 'Shop', 'Outlet', 'Market'][(start + k) % 4]} ${String(start + k).padStart(5, '0')}`,
      apiUrl: `https://api.bigcommerce.com/stores/s${start + k}/`,
      storeHash: `s${start + k}`,
      clientId: 'client',
      clientSecretSealed: 'x',
      accessTokenSealed: 'x',
      active: (start + k) % 7 !== 0,
      createdAt: now,
      updatedAt: now,
    }));
    await dataSource.createQueryBuilder().insert().into(CredentialEntity).values(rows).execute();
  }
}

/** {@link REQUESTS} GETs, {@link CONCURRENCY} at a time, from a separate process; `urls` are used round-robin. */
export async function load(
  urls: readonly string[],
  cookie: string,
  accept: string,
): Promise<{ latenciesMs: number[]; wallMs: number }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [LOAD_GENERATOR, urls.join(','), cookie, accept, String(REQUESTS), String(CONCURRENCY)],
    {
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const result = JSON.parse(stdout) as { latenciesMs: number[]; errors: number; wallMs: number };
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
