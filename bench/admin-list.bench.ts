import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import mysql from 'mysql2/promise';

import bigcommerceModule from '../src/index.js';
import { bootHost, buildApp, hostLocalesDir, readHostConfig } from '@pim/reference-host';
import { openScratch } from '../test/fixtures/scratch-databases.js';
import { RecordingLogger } from '../test/support/recording-logger.js';
import { CONCURRENCY, load, PAGE_QUERY, runConcurrently, seedCredentials, signIn } from './list-fixtures.js';
import type { BenchScale } from './scale.js';
import { percentile, round, timeMs } from './stats.js';

/** The raw SQL of the list page: its rows and its count, through mysql2. */
function rawPage(pool: mysql.Pool): Promise<unknown> {
  const pattern = '%store%';
  return Promise.all([
    pool.query(
      'SELECT id, label, api_url, status FROM bigcommerce_credentials WHERE LOWER(label) LIKE ? ORDER BY LOWER(label) ASC, id ASC LIMIT 20 OFFSET 40',
      [pattern],
    ),
    pool.query('SELECT COUNT(*) AS n FROM bigcommerce_credentials WHERE LOWER(label) LIKE ?', [pattern]),
  ]);
}

/** The list page and the datagrid JSON under load, against the raw SQL of the same page. */
export async function adminListBenchmarks(scale: BenchScale): Promise<string> {
  const scratch = await openScratch('mariadb', { migrate: false });
  await scratch.dataSource.destroy();
  const url = (scratch.scratch.options as { url: string }).url;
  const dataDir = mkdtempSync(join(tmpdir(), 'pim-bench-'));
  const config = readHostConfig({
    PIM_DATA_DIR: dataDir,
    DATABASE_URL: url,
    PIM_ADMIN_PASSWORD: 'bench-password',
    PIM_SECRET_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  });
  const kernel = await bootHost(config, {
    modules: [bigcommerceModule],
    logger: new RecordingLogger(),
    hostLocalesDir: hostLocalesDir(),
  });
  const app = await buildApp(kernel);
  const pool = mysql.createPool({ uri: url, connectionLimit: 10 });
  try {
    await seedCredentials(kernel.dataSource, scale.listCredentials);
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const cookie = await signIn(base, 'bench-password');
    const listUrl = [`${base}/admin/bigcommerce/credentials${PAGE_QUERY}`];
    await load(listUrl, cookie, 'text/html', scale.listRequests);
    const html = (await load(listUrl, cookie, 'text/html', scale.listRequests)).latenciesMs;
    const json = (await load(listUrl, cookie, 'application/json', scale.listRequests)).latenciesMs;
    const raw: number[] = [];
    await runConcurrently(scale.listRequests, CONCURRENCY, async () => raw.push(await timeMs(() => rawPage(pool))));
    return report(scale, { raw, html, json });
  } finally {
    await pool.end();
    await app.close();
    await kernel.close();
    await scratch.scratch.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(scale: BenchScale, samples: { raw: number[]; html: number[]; json: number[] }): string {
  const raw50 = percentile(samples.raw, 50);
  const row = (name: string, values: number[]) =>
    `| ${name} | ${round(percentile(values, 50))} | ${round(percentile(values, 99))} | ${round(percentile(values, 50) / raw50)} |`;
  return [
    `### Admin list with ${scale.listCredentials} credentials on MariaDB`,
    '',
    `${scale.listRequests} requests, ${CONCURRENCY} at a time, from a separate load-generator process on 127.0.0.1; page 3 of a label search, 20 rows. Baseline: the same page's two SQL queries (rows + count) through mysql2 at the same concurrency.`,
    '',
    '| measure | p50 ms | p99 ms | p50 ratio to raw SQL |',
    '|---|---|---|---|',
    row('raw SQL of the page (baseline)', samples.raw),
    row('list page (HTML)', samples.html),
    row('datagrid JSON', samples.json),
  ].join('\n');
}
