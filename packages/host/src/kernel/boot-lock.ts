import { basename, dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import Database from 'better-sqlite3';
import type { DataSource } from 'typeorm';

import { privateFile } from './private-file.js';

const LOCK_NAME = 'pim.boot';
const POLL_MS = 100;

/**
 * Runs `work` (migrations, the first admin, the shared key) while holding a lock that every host
 * process on the same database takes too, so hosts started together never migrate or seed twice:
 * `GET_LOCK` on MySQL / MariaDB, a session advisory lock on PostgreSQL, and on SQLite the
 * database's own file lock, taken on a lock file beside it. Each is released when the holder's
 * connection ends, so a crashed boot never leaves it held. Waits at most `timeoutMs`.
 */
export async function withBootLock<T>(dataSource: DataSource, work: () => Promise<T>, timeoutMs = 120_000): Promise<T> {
  const type = dataSource.options.type;
  if (type === 'better-sqlite3') {
    const database = String(dataSource.options.database);
    return withSqliteLock(privateFile(dirname(database), `${basename(database)}.boot-lock`), work, timeoutMs);
  }
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    if (type === 'postgres') {
      const key = `hashtext('${LOCK_NAME}')`;
      await poll(
        timeoutMs,
        async () =>
          ((await runner.query(`SELECT pg_try_advisory_lock(${key}) AS acquired`)) as { acquired: boolean }[])[0]
            ?.acquired === true,
      );
      try {
        return await work();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(${key})`);
      }
    }
    // MySQL lock names are server-wide: name the database so other databases on the server are not held up.
    const [current] = (await runner.query('SELECT DATABASE() AS db')) as { db: string }[];
    const name = `${LOCK_NAME}.${current?.db ?? ''}`.slice(0, 64);
    const [row] = (await runner.query('SELECT GET_LOCK(?, ?) AS acquired', [name, Math.ceil(timeoutMs / 1000)])) as {
      acquired: number | null;
    }[];
    if (Number(row?.acquired) !== 1)
      throw new Error(`Another host held the boot lock for more than ${Math.ceil(timeoutMs / 1000)} s.`);
    try {
      return await work();
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [name]);
    }
  } finally {
    await runner.release();
  }
}

async function withSqliteLock<T>(path: string, work: () => Promise<T>, timeoutMs: number): Promise<T> {
  const lock = new Database(path, { timeout: 0 });
  try {
    await poll(timeoutMs, () => {
      try {
        lock.exec('BEGIN IMMEDIATE');
        return true;
      } catch (error) {
        if ((error as { code?: unknown }).code === 'SQLITE_BUSY') return false;
        throw error;
      }
    });
    try {
      return await work();
    } finally {
      lock.exec('ROLLBACK');
    }
  } finally {
    lock.close();
  }
}

async function poll(timeoutMs: number, attempt: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await attempt())) {
    if (Date.now() >= deadline)
      throw new Error(`Another host held the boot lock for more than ${Math.ceil(timeoutMs / 1000)} s.`);
    await sleep(POLL_MS);
  }
}
