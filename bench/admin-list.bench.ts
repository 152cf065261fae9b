import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import mysql from 'mysql2/promise';

import bigcommerceModule from '../src/index.js';
import { bootHost, buildApp, hostLocalesDir, readHostConfig } from '@pim/reference-host';
import { openScratch } from '../test/support/databases.js';
import { RecordingLogger } from '../test/support/recording-logger.js';
import { CONCURRENCY, CREDENTIALS, load, PAGE_QUERY, REQUESTS, seedCredentials, signIn } from './list-fixtures.js';
import { percentile, round, timeMs } from './stats.js';

/** The list page and the datagrid JSON under load, against the raw SQL of the same page. */
export async function adminListBenchmarks(): Promise<string> {
  const scratch = await openScratch('mariadb', { migrate: false });
  await scratch.dataSource.destroy();
  const url = (scratch.scratch.options as { url: string }).url;
  const dataDir = mkdtempSync(join(tmpdir(), 'pim-bench-'));
  const kernel = await bootHost(
    readHostConfig({
      PIM_DATA_DIR: dataDir,
      DATABASE_URL: url,
      PIM_ADMIN_PASSWORD: 'bench-password',
      PIM_SECRET_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    }),
    {
      modules: [bigcommerceModule],
      logger: new RecordingLogger(),
      hostLocalesDir: hostLocalesDir(),
    },
  );
  const app = await buildApp(kernel);
  const pool = mysql.createPool({ uri: url, connectionLimit: 10 });
  try {
    await seedCredentials(kernel.dataSource);
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    const cookie = await signIn(base, 'bench-password');
    const listUrl = [`${base}/admin/bigcommerce/credentials${PAGE_QUERY}`];
    await load(listUrl, cookie, 'text/html');
    const html = (await load(listUrl, cookie, 'text/html')).latenciesMs;
    const json = (await load(listUrl, cookie, 'application/json')).latenciesMs;

    const raw: number[] = [];
    const rawQuery = async () => {
      const pattern = '%store%';
      await Promise.all([
        pool.query(
          'SELECT id, label, api_url, status FROM bigcommerce_credentials WHERE LOWER(label) LIKE ? ORDER BY LOWER(label) ASC, id ASC LIMIT 20 OFFSET 40',
          [pattern],
        ),
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
    const row = (name: string, samples: number[]) =>
      `| ${name} | ${round(percentile(samples, 50))} | ${round(percentile(samples, 99))} | ${round(percentile(samples, 50) / percentile(raw, 50))} |`;
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
