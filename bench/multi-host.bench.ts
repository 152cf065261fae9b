import { randomBytes } from 'node:crypto';

import { HOST_ENTITIES, SessionStore } from '@pim/reference-host';
import { DataSource } from 'typeorm';

import bigcommerceModule from '../src/index.js';
import { createScratch } from '../test/fixtures/scratch-databases.js';
import { startHostProcess, type HostProcess } from '../test/e2e/support/host-process.js';
import { CONCURRENCY, load, PAGE_QUERY, seedCredentials, signIn } from './list-fixtures.js';
import type { BenchScale } from './scale.js';
import { percentile, round } from './stats.js';

const PASSWORD = 'bench-password';
const median = (values: number[]) => percentile(values, 50);

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

interface Throughput {
  readonly one: number[];
  readonly two: number[];
  readonly latencies: number[];
}

/** Requests per second from one host and from two round-robin, in alternating rounds. */
async function throughput(urls: readonly string[], cookie: string, scale: BenchScale): Promise<Throughput> {
  await load(urls, cookie, 'application/json', scale.listRequests);
  const result: Throughput = { one: [], two: [], latencies: [] };
  for (let round = 0; round < scale.multiHostRounds; round++) {
    const single = await load(urls.slice(0, 1), cookie, 'application/json', scale.listRequests);
    result.one.push((scale.listRequests / single.wallMs) * 1000);
    result.latencies.push(...single.latenciesMs);
    const both = await load(urls, cookie, 'application/json', scale.listRequests);
    result.two.push((scale.listRequests / both.wallMs) * 1000);
  }
  return result;
}

/** Milliseconds per session lookup: in the database, and in the memory map it replaced. */
async function sessionLookups(dataSource: DataSource, lookups: number): Promise<{ database: number; memory: number }> {
  const sessions = new SessionStore(dataSource);
  const memory = new MemorySessions();
  const session = await sessions.create(1);
  memory.add(session.id, 1);
  let started = process.hrtime.bigint();
  for (let i = 0; i < lookups; i++) await sessions.find(session.id);
  const database = Number(process.hrtime.bigint() - started) / 1e6 / lookups;
  started = process.hrtime.bigint();
  for (let i = 0; i < lookups; i++) memory.find(session.id);
  return { database, memory: Number(process.hrtime.bigint() - started) / 1e6 / lookups };
}

/**
 * The datagrid JSON served by one host process and by two behind a round-robin balancer, on one
 * MariaDB, in alternating rounds; and what a session lookup in the database costs against the
 * in-memory lookup it replaced.
 */
export async function multiHostBenchmarks(scale: BenchScale): Promise<string> {
  const scratch = await createScratch('mariadb');
  const url = (scratch.options as { url: string }).url;
  const env = {
    DATABASE_URL: url,
    PIM_ADMIN_PASSWORD: PASSWORD,
    PIM_SECRET_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  };
  const hosts: HostProcess[] = [];
  const entities = [...HOST_ENTITIES, ...bigcommerceModule.entities];
  const dataSource = new DataSource({ type: 'mariadb', url, entities, logging: false });
  try {
    hosts.push(await startHostProcess(env), await startHostProcess(env));
    await dataSource.initialize();
    await seedCredentials(dataSource, scale.listCredentials);
    const cookie = await signIn(hosts[0]!.url, PASSWORD);
    const urls = hosts.map((h) => `${h.url}/admin/bigcommerce/credentials${PAGE_QUERY}`);
    return report(scale, await throughput(urls, cookie, scale), await sessionLookups(dataSource, scale.sessionLookups));
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await Promise.all(hosts.map((h) => h.stop()));
    await scratch.destroy();
  }
}

function report(scale: BenchScale, rate: Throughput, lookup: { database: number; memory: number }): string {
  const requestMs = percentile(rate.latencies, 50);
  return [
    `### Several host processes on one MariaDB (${scale.listCredentials} credentials)`,
    '',
    `The datagrid JSON of the admin-list page above, ${scale.listRequests} requests ${CONCURRENCY} at a time from a separate load-generator process, ${scale.multiHostRounds} alternating rounds; two hosts are used round-robin, as behind a balancer. The load generator, the hosts and MariaDB share this machine's cores (see the header), and this page is bound by MariaDB (its raw SQL alone takes most of a request's time, see above): a second host process adds capacity only where the host, not the database, is the limit. What this run shows is that the second host costs nothing and that any host serves any signed-in request.`,
    '',
    '| hosts | requests/s (median of rounds) |',
    '|---|---|',
    `| 1 (baseline) | ${round(median(rate.one), 0)} |`,
    `| 2, round-robin | ${round(median(rate.two), 0)} |`,
    '',
    `Ratio 2 hosts / 1 host: **${round(median(rate.two) / median(rate.one))}**.`,
    '',
    `Session lookup, ${scale.sessionLookups} in a row: in the database (one primary-key SELECT of the session's hash; the seen-at write happens at most once a minute) against the in-memory map it replaced.`,
    '',
    '| lookup | µs each |',
    '|---|---|',
    `| in memory (baseline) | ${round(lookup.memory * 1000, 3)} |`,
    `| in the database | ${round(lookup.database * 1000, 1)} |`,
    '',
    `Ratio database / memory: **${round(lookup.database / lookup.memory, 0)}**; the database lookup is **${round((lookup.database / requestMs) * 100, 1)} %** of the median datagrid JSON request (${round(requestMs)} ms) at this load.`,
  ].join('\n');
}
