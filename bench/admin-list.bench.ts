import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import mysql from 'mysql2/promise';

import bigcommerceModule from '../src/index.js';
import { bootHost, buildApp, hostLocalesDir, readHostConfig } from '@pim/reference-host';
import { CredentialEntity } from '../src/persistence/credential.entity.js';
import { openScratch } from '../test/support/databases.js';
import { RecordingLogger } from '../test/support/recording-logger.js';
import { percentile, round, timeMs } from './stats.js';

const CREDENTIALS = 10_000;
const REQUESTS = 2_000;
const CONCURRENCY = 16;
const LOAD_GENERATOR = fileURLToPath(new URL('./load-generator.js', import.meta.url));
const PAGE_QUERY = '?filters[all][]=store&sort[column]=label&sort[order]=asc&pagination[page]=3&pagination[per_page]=20';

async function load(url: string, cookie: string, accept: string): Promise<number[]> {
  const { stdout } = await promisify(execFile)(process.execPath, [LOAD_GENERATOR, url, cookie, accept, String(REQUESTS), String(CONCURRENCY)], { maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(stdout) as { latenciesMs: number[]; errors: number };
  if (result.errors > 0) throw new Error(`${result.errors} requests failed`);
  return result.latenciesMs;
}

/** The list page and the datagrid JSON under load, against the raw SQL of the same page. */
export async function adminListBenchmarks(): Promise<string> {
  const scratch = await openScratch('mariadb', { migrate: false });
  await scratch.dataSource.destroy();
  const url = (scratch.scratch.options as { url: string }).url;
  const dataDir = mkdtempSync(join(tmpdir(), 'pim-bench-'));
  const kernel = await bootHost(readHostConfig({ PIM_DATA_DIR: dataDir, DATABASE_URL: url, PIM_ADMIN_PASSWORD: 'bench-password' }), {
    modules: [bigcommerceModule],
    logger: new RecordingLogger(),
    hostLocalesDir: hostLocalesDir(),
  });
  const app = await buildApp(kernel);
  const pool = mysql.createPool({ uri: url, connectionLimit: 10 });
  try {
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
      await kernel.dataSource.createQueryBuilder().insert().into(CredentialEntity).values(rows).execute();
    }
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const cookie = await signIn(base);
    const listUrl = `${base}/admin/bigcommerce/credentials${PAGE_QUERY}`;
    await load(listUrl, cookie, 'text/html');
    const html = await load(listUrl, cookie, 'text/html');
    const json = await load(listUrl, cookie, 'application/json');

    const raw: number[] = [];
    const rawQuery = async () => {
      const pattern = '%store%';
      await Promise.all([
        pool.query('SELECT id, label, api_url, status FROM bigcommerce_credentials WHERE LOWER(label) LIKE ? ORDER BY LOWER(label) ASC, id ASC LIMIT 20 OFFSET 40', [pattern]),
        pool.query('SELECT COUNT(*) AS n FROM bigcommerce_credentials WHERE LOWER(label) LIKE ?', [pattern]),
      ]);
    };
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS) {
          next++;
          raw.push(await timeMs(rawQuery));
        }
      }),
    );
    const row = (name: string, samples: number[]) => `| ${name} | ${round(percentile(samples, 50))} | ${round(percentile(samples, 99))} | ${round(percentile(samples, 50) / percentile(raw, 50))} |`;
    return [
      `### Admin list with ${CREDENTIALS} credentials on MariaDB`,
      '',
      `${REQUESTS} requests, ${CONCURRENCY} at a time, from a separate load-generator process on 127.0.0.1; page 3 of a label search, 20 rows. Baseline: the same page's two SQL queries (rows + count) through mysql2 at the same concurrency.`,
      '',
      '| measure | p50 ms | p99 ms | p50 ratio to raw SQL |',
      '|---|---|---|---|',
      row('raw SQL of the page (baseline)', raw),
      row('list page (HTML)', html),
      row('datagrid JSON', json),
    ].join('\n');
  } finally {
    await pool.end();
    await app.close();
    await kernel.close();
    await scratch.scratch.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function signIn(base: string): Promise<string> {
  const form = await fetch(`${base}/admin/login`);
  const html = await form.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
  const loginCookie = form.headers.getSetCookie()[0]!.split(';')[0]!;
  const response = await fetch(`${base}/admin/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: loginCookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email: 'admin@example.com', password: 'bench-password' }).toString(),
  });
  return response.headers.getSetCookie().find((c) => c.startsWith('pim_session='))!.split(';')[0]!;
}
