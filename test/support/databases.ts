import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import mysql from 'mysql2/promise';
import pg from 'pg';
import { AbstractLogger, DataSource, type DataSourceOptions, type LogMessage } from 'typeorm';

import bigcommerceModule from '../../src/index.js';

/** The engines every persistence test runs on. */
export type Engine = 'mariadb' | 'postgres' | 'sqlite';
export const ENGINES: readonly Engine[] = ['mariadb', 'postgres', 'sqlite'];

export const MYSQL_URL = process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test';
export const POSTGRES_URL = process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const IN_CI = process.env.CI === 'true';

/** A private, empty database for one test file, dropped by `destroy`. */
export interface ScratchDatabase {
  readonly engine: Engine;
  readonly options: DataSourceOptions;
  destroy(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** An empty scratch database on `engine`, named for this process; `destroy` drops it. */
export async function createScratch(engine: Engine): Promise<ScratchDatabase> {
  const name = `bc_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const common = {
    entities: [...bigcommerceModule.entities],
    migrations: [...bigcommerceModule.migrations],
    migrationsTableName: 'pim_migrations',
    logging: false,
  };
  if (engine === 'mariadb') {
    const admin = await mysql.createConnection({ uri: MYSQL_URL, connectTimeout: 3000 });
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    return {
      engine,
      options: { type: 'mariadb', url: withDatabase(MYSQL_URL, name), charset: 'utf8mb4_unicode_ci', ...common },
      async destroy() {
        const conn = await mysql.createConnection({ uri: MYSQL_URL });
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await conn.end();
      },
    };
  }
  if (engine === 'postgres') {
    const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    return {
      engine,
      options: { type: 'postgres', url: withDatabase(POSTGRES_URL, name), ...common },
      async destroy() {
        const conn = new pg.Client({ connectionString: POSTGRES_URL });
        await conn.connect();
        await conn.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await conn.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'bc-test-'));
  return {
    engine,
    options: { type: 'better-sqlite3', database: join(dir, 'test.sqlite'), ...common },
    destroy() {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

async function reachable(engine: Engine): Promise<string | null> {
  try {
    const scratch = await createScratch(engine);
    await scratch.destroy();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * The engines this run can reach. Locally, an unreachable one is reported loudly and its suites
 * skip; with CI=true it fails the run, since nothing may skip there.
 */
export async function availableEngines(): Promise<{ run: Engine[]; skip: Engine[] }> {
  const run: Engine[] = [];
  const skip: Engine[] = [];
  for (const engine of ENGINES) {
    const problem = await reachable(engine);
    if (problem === null) {
      run.push(engine);
      continue;
    }
    if (IN_CI) throw new Error(`CI=true and ${engine} is unreachable: ${problem}`);
    console.warn(
      `\n!!! ${engine.toUpperCase()} IS UNREACHABLE (${problem}): ITS SUITES ARE SKIPPED. Set MYSQL_URL / POSTGRES_URL or start it. !!!\n`,
    );
    skip.push(engine);
  }
  return { run, skip };
}

/** Every SQL statement a DataSource sends, for tests that count what a page costs. */
class QueryLog extends AbstractLogger {
  readonly statements: string[] = [];
  protected writeLog(level: string, message: string | number | LogMessage | (string | number | LogMessage)[]): void {
    if (level !== 'query') return;
    for (const entry of Array.isArray(message) ? message : [message])
      this.statements.push(typeof entry === 'object' ? String(entry.message) : String(entry));
  }
}

/** A scratch database with the module's migrations applied (or not), its DataSource, and the statements it was sent. */
export interface OpenScratch {
  readonly dataSource: DataSource;
  readonly scratch: ScratchDatabase;
  /** Every statement sent since the DataSource was opened; tests may empty it. */
  readonly statements: string[];
  close(): Promise<void>;
}

export async function openScratch(engine: Engine, options: { migrate: boolean }): Promise<OpenScratch> {
  const scratch = await createScratch(engine);
  const log = new QueryLog('all');
  const dataSource = new DataSource({ ...scratch.options, logging: ['query'], logger: log });
  await dataSource.initialize();
  if (options.migrate) await dataSource.runMigrations({ transaction: 'each' });
  log.statements.splice(0);
  return {
    dataSource,
    scratch,
    statements: log.statements,
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await scratch.destroy();
    },
  };
}

/** One scratch database for a test file: opened before its first test, dropped after its last. */
export function useScratchDatabase(
  engine: Engine,
  options: { migrate: boolean } = { migrate: true },
): () => OpenScratch {
  let opened: OpenScratch | undefined;
  beforeAll(async () => {
    opened = await openScratch(engine, options);
  });
  afterAll(async () => opened?.close());
  return () => {
    if (opened === undefined) throw new Error('The scratch database is only available inside tests.');
    return opened;
  };
}

/** The tables of this scratch database only (never those of other databases on the same server). */
export async function tableNames(dataSource: DataSource): Promise<string[]> {
  const type = dataSource.options.type;
  const sql =
    type === 'postgres'
      ? 'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()'
      : type === 'better-sqlite3'
        ? "SELECT name FROM sqlite_master WHERE type = 'table'"
        : 'SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()';
  const rows = await dataSource.query<{ name: string }[]>(sql);
  return rows.map((row) => row.name).sort();
}
