import { randomBytes } from 'node:crypto';

import { HOST_ENTITIES, SessionStore } from '@pim/reference-host';
import { DataSource } from 'typeorm';

import bigcommerceModule from '../src/index.js';
import { createScratch } from '../test/support/databases.js';
import { startHostProcess, type HostProcess } from '../test/e2e/support/host-process.js';
import { CONCURRENCY, CREDENTIALS, load, PAGE_QUERY, REQUESTS, seedCredentials, signIn } from './list-fixtures.js';
import { percentile, round } from './stats.js';

const ROUNDS = 3;
const LOOKUPS = 5_000;
const PASSWORD = 'bench-password';

/** The session lookup the hosts had before sessions moved to the database: a Map and an idle check. */
class MemorySessions {
  readonly #sessions = new Map<string, { userId: number; lastSeen: number }>();
  add(id: string, userId: number): void {
    this.#sessions.set(id, { userId, lastSeen: Date.now() });
  }
  find(id: string): { userId: number } | null {
    const session = this.#sessions.get(id);
    if (session === undefined || Date.now() - session.lastSeen > 8 * 3600_000) return null;
    session.lastSeen = Date.now();
    return session;
  }
}

/**
 * The datagrid JSON served by one host process and by two behind a round-robin balancer, on one
 * MariaDB, in alternating rounds; and what a session lookup in the database costs against the
 * in-memory lookup it replaced.
 */
export async function multiHostBenchmarks(): Promise<string> {
  const scratch = await createScratch('mariadb');
  const url = (scratch.options as { url: string }).url;
  const env = {
    DATABASE_URL: url,
    PIM_ADMIN_PASSWORD: PASSWORD,
    PIM_SECRET_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  };
  const hosts: HostProcess[] = [];
  const dataSource = new DataSource({
    type: 'mariadb',
    url,
    entities: [...HOST_ENTITIES, ...bigcommerceModule.entities],
    logging: false,
  });
  try {
    hosts.push(await startHostProcess(env));
    hosts.push(await startHostProcess(env));
    await dataSource.initialize();
    await seedCredentials(dataSource);
    const cookie = await signIn(hosts[0]!.url, PASSWORD);
    const urls = hosts.map((h) => `${h.url}/admin/bigcommerce/credentials${PAGE_QUERY}`);
    await load(urls, cookie, 'application/json');

    const one: number[] = [];
    const two: number[] = [];
    const latencies: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const single = await load(urls.slice(0, 1), cookie, 'application/json');
      one.push((REQUESTS / single.wallMs) * 1000);
      latencies.push(...single.latenciesMs);
      two.push((REQUESTS / (await load(urls, cookie, 'application/json')).wallMs) * 1000);
    }

    const sessions = new SessionStore(dataSource);
    const memory = new MemorySessions();
    const session = await sessions.create(1);
    memory.add(session.id, 1);
    let started = process.hrtime.bigint();
    for (let i = 0; i < LOOKUPS; i++) await sessions.find(session.id);
    const databaseMs = Number(process.hrtime.bigint() - started) / 1e6 / LOOKUPS;
    started = process.hrtime.bigint();
    for (let i = 0; i < LOOKUPS; i++) memory.find(session.id);
    const memoryMs = Number(process.hrtime.bigint() - started) / 1e6 / LOOKUPS;
    const requestMs = percentile(latencies, 50);

    const median = (values: number[]) => percentile(values, 50);
    return [
      `### Several host processes on one MariaDB (${CREDENTIALS} credentials)`,
      '',
      `The datagrid JSON of the admin-list page above, ${REQUESTS} requests ${CONCURRENCY} at a time from a separate load-generator process, ${ROUNDS} alternating rounds; two hosts are used round-robin, as behind a balancer. The load generator, the hosts and MariaDB share this machine's cores (see the header), and this page is bound by MariaDB (its raw SQL alone takes most of a request's time, see above): a second host process adds capacity only where the host, not the database, is the limit. What this run shows is that the second host costs nothing and that any host serves any signed-in request.`,
      '',
      '| hosts | requests/s (median of rounds) |',
      '|---|---|',
      `| 1 (baseline) | ${round(median(one), 0)} |`,
      `| 2, round-robin | ${round(median(two), 0)} |`,
      '',
      `Ratio 2 hosts / 1 host: **${round(median(two) / median(one))}**.`,
      '',
      `Session lookup, ${LOOKUPS} in a row: in the database (one primary-key SELECT of the session's hash; the seen-at write happens at most once a minute) against the in-memory map it replaced.`,
      '',
      '| lookup | µs each |',
      '|---|---|',
      `| in memory (baseline) | ${round(memoryMs * 1000, 3)} |`,
      `| in the database | ${round(databaseMs * 1000, 1)} |`,
      '',
      `Ratio database / memory: **${round(databaseMs / memoryMs, 0)}**; the database lookup is **${round((databaseMs / requestMs) * 100, 1)} %** of the median datagrid JSON request (${round(requestMs)} ms) at this load.`,
    ].join('\n');
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await Promise.all(hosts.map((h) => h.stop()));
    await scratch.destroy();
  }
}
