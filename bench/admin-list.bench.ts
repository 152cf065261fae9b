import { createHash, randomBytes } from 'node:crypto';
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

/** What `work` cost this process in CPU time (user + system), in ms. */
async function hostCpu<T>(work: () => Promise<T>): Promise<{ result: T; cpuMs: number }> {
  const before = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(before);
  return { result, cpuMs: (used.user + used.system) / 1000 };
}

/**
 * The raw SQL of the list page, as the page runs it: the signed-in session with its user and
 * role (what every admin request asks first), then the rows and the count at once, through mysql2.
 */
async function rawPage(pool: mysql.Pool, sessionHash: string): Promise<unknown> {
  await pool.query(
    'SELECT s.id_hash, s.user_id, s.csrf_token, s.flash, s.created_at, s.last_seen_at, s.expires_at, u.id, u.email, u.name, u.ui_locale, u.password_hash, r.name AS role_name, r.permission_type, r.permissions FROM pim_sessions s INNER JOIN pim_users u ON u.id = s.user_id INNER JOIN pim_roles r ON r.id = u.role_id WHERE s.id_hash = ?',
    [sessionHash],
  );
  const pattern = '%store%';
  return Promise.all([
    pool.query(
      'SELECT id, label, api_url, status, verified_at, verification_outcome FROM bigcommerce_credentials WHERE LOWER(label) LIKE ? ORDER BY LOWER(label) ASC, id ASC LIMIT 20 OFFSET 40',
      [pattern],
    ),
    pool.query('SELECT COUNT(*) AS n FROM bigcommerce_credentials WHERE LOWER(label) LIKE ?', [pattern]),
  ]);
}

/** The stored hash of a session cookie (`pim_session=<id>`), as the host keeps it. */
const sessionHashOf = (cookie: string) =>
  createHash('sha256')
    .update(cookie.slice(cookie.indexOf('=') + 1), 'utf8')
    .digest('hex');

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
    const sessionHash = sessionHashOf(cookie);
    const listUrl = [`${base}/admin/bigcommerce/credentials${PAGE_QUERY}`];
    const perRound = Math.ceil(scale.listRequests / scale.listRounds);
    await load(listUrl, cookie, 'text/html', perRound);
    const rounds: Samples[] = [];
    const cpu = { html: 0, json: 0, generator: 0 };
    for (let r = 0; r < scale.listRounds; r++) {
      const raw: number[] = [];
      await runConcurrently(perRound, CONCURRENCY, async () =>
        raw.push(await timeMs(() => rawPage(pool, sessionHash))),
      );
      const html = await hostCpu(() => load(listUrl, cookie, 'text/html', perRound));
      const json = await hostCpu(() => load(listUrl, cookie, 'application/json', perRound));
      rounds.push({ raw, html: html.result.latenciesMs, json: json.result.latenciesMs });
      cpu.html += html.cpuMs / perRound / scale.listRounds;
      cpu.json += json.cpuMs / perRound / scale.listRounds;
      cpu.generator += (html.result.cpuMsPerRequest + json.result.cpuMsPerRequest) / 2 / scale.listRounds;
    }
    return report(scale, rounds, cpu);
  } finally {
    await pool.end();
    await app.close();
    await kernel.close();
    await scratch.scratch.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface Samples {
  readonly raw: number[];
  readonly html: number[];
  readonly json: number[];
}

const median = (values: readonly number[]) => percentile(values, 50);

function report(
  scale: BenchScale,
  rounds: readonly Samples[],
  cpu: { html: number; json: number; generator: number },
): string {
  const all = (measure: keyof Samples) => rounds.flatMap((r) => r[measure]);
  // The ratio of each round's p50 to that round's raw p50, then the median over the rounds.
  const ratio = (measure: keyof Samples) =>
    median(rounds.map((r) => percentile(r[measure], 50) / percentile(r.raw, 50)));
  const row = (name: string, measure: keyof Samples) =>
    `| ${name} | ${round(percentile(all(measure), 50))} | ${round(percentile(all(measure), 99))} | ${round(ratio(measure))} |`;
  return [
    `### Admin list with ${scale.listCredentials} credentials on MariaDB`,
    '',
    `${scale.listRequests} requests per measure, ${CONCURRENCY} at a time, in ${scale.listRounds} alternating rounds (raw SQL, HTML, JSON in each), the pages from a separate load-generator process on 127.0.0.1; page 3 of a label search, 20 rows. Baseline: the page's own SQL through mysql2 at the same concurrency: the signed-in session with its user and role, then the rows and the count at once. The ratio is the median over the rounds of each round's p50 against that round's raw p50: the load generator, the host and MariaDB share this machine's cores, and what else runs on it drifts between rounds.`,
    '',
    '| measure | p50 ms | p99 ms | p50 ratio to raw SQL (median of rounds) |',
    '|---|---|---|---|',
    row('raw SQL of the page (baseline)', 'raw'),
    row('list page (HTML)', 'html'),
    row('datagrid JSON', 'json'),
    '',
    `The host's own CPU per request (this process, user + system, while only the pages were asked): ${round(cpu.html)} ms for the HTML page, ${round(cpu.json)} ms for the JSON. It competes for the same cores as MariaDB's scans, so it is what the ratios above are made of. The load generator's own CPU: ${round(cpu.generator)} ms a request.`,
  ].join('\n');
}
