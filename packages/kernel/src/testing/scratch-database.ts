import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { AbstractLogger, DataSource, type DataSourceOptions, type LogMessage } from 'typeorm';

import type { EntityClass, MigrationClass } from '../module-definition.js';

/** The engines a module's persistence must run on. @public */
export type Engine = 'mariadb' | 'postgres' | 'sqlite';
/** @public */
export const ENGINES: readonly Engine[] = ['mariadb', 'postgres', 'sqlite'];

/** Where the servers are: `MYSQL_URL` and `POSTGRES_URL`, else the local defaults. @public */
export const DATABASE_URLS = {
  mariadb: process.env.MYSQL_URL ?? 'mysql://root@127.0.0.1:3306/test',
  postgres: process.env.POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
} as const;

/** The tables and their history a scratch database is made for: a module's, or several. @public */
export interface SchemaSource {
  readonly entities: readonly EntityClass[];
  readonly migrations: readonly MigrationClass[];
}

/** A private, empty database on one engine, dropped by `destroy`. @public */
export interface ScratchDatabase {
  readonly engine: Engine;
  readonly options: DataSourceOptions;
  destroy(): Promise<void>;
}

const withDatabase = (url: string, database: string) => {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

/**
 * A new, empty database on `engine`, named for this process (so tests pass on a server that holds
 * other projects' databases): a MariaDB or PostgreSQL database, or an SQLite file in a temporary
 * folder. The drivers (mysql2, pg, better-sqlite3) are loaded only for the engine asked for. @public
 */
export async function createScratch(engine: Engine, schema: SchemaSource): Promise<ScratchDatabase> {
  const name = `pim_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const common = {
    entities: [...schema.entities],
    migrations: [...schema.migrations],
    migrationsTableName: 'pim_migrations',
    logging: false,
  };
  if (engine === 'mariadb') {
    const mysql = (await import('mysql2/promise')).default;
    const admin = await mysql.createConnection({ uri: DATABASE_URLS.mariadb, connectTimeout: 3000 });
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    const url = withDatabase(DATABASE_URLS.mariadb, name);
    return {
      engine,
      options: { type: 'mariadb', url, charset: 'utf8mb4_unicode_ci', ...common },
      async destroy() {
        const conn = await mysql.createConnection({ uri: DATABASE_URLS.mariadb });
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await conn.end();
      },
    };
  }
  if (engine === 'postgres') return postgresScratch(name, common);
  const dir = mkdtempSync(join(tmpdir(), 'pim-test-'));
  return {
    engine,
    options: { type: 'better-sqlite3', database: join(dir, 'test.sqlite'), ...common },
    destroy() {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

async function postgresScratch(name: string, common: Partial<DataSourceOptions>): Promise<ScratchDatabase> {
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: DATABASE_URLS.postgres, connectionTimeoutMillis: 3000 });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    engine: 'postgres',
    options: { type: 'postgres', url: withDatabase(DATABASE_URLS.postgres, name), ...common } as DataSourceOptions,
    async destroy() {
      const conn = new pg.Client({ connectionString: DATABASE_URLS.postgres });
      await conn.connect();
      await conn.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await conn.end();
    },
  };
}

/**
 * The engines this run can reach. Outside CI an unreachable one is reported loudly and left out;
 * with `CI=true` it throws, since nothing may be skipped there. @public
 */
export async function availableEngines(schema: SchemaSource): Promise<{ run: Engine[]; skip: Engine[] }> {
  const run: Engine[] = [];
  const skip: Engine[] = [];
  for (const engine of ENGINES) {
    try {
      await (await createScratch(engine, schema)).destroy();
      run.push(engine);
    } catch (error) {
      const problem = error instanceof Error ? error.message : String(error);
      if (process.env.CI === 'true') throw new Error(`CI=true and ${engine} is unreachable: ${problem}`);
      console.warn(
        `\n!!! ${engine.toUpperCase()} IS UNREACHABLE (${problem}): ITS SUITES ARE SKIPPED. Set MYSQL_URL / POSTGRES_URL or start it. !!!\n`,
      );
      skip.push(engine);
    }
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

/** A scratch database with its DataSource open (migrated or not), and the statements it was sent. @public */
export interface OpenScratch {
  readonly dataSource: DataSource;
  readonly scratch: ScratchDatabase;
  /** Every statement sent since the DataSource was opened (after migrating); tests may empty it. */
  readonly statements: string[];
  close(): Promise<void>;
}

/** Creates a scratch database and opens it, running the migrations unless `migrate` is false. @public */
export async function openScratch(
  engine: Engine,
  schema: SchemaSource,
  options: { readonly migrate?: boolean } = {},
): Promise<OpenScratch> {
  const scratch = await createScratch(engine, schema);
  const log = new QueryLog('all');
  const dataSource = new DataSource({ ...scratch.options, logging: ['query'], logger: log });
  await dataSource.initialize();
  if (options.migrate !== false) await dataSource.runMigrations({ transaction: 'each' });
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

/** The tables of this scratch database only, never those of other databases on the same server. @public */
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
