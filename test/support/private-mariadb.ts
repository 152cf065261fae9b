import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import mysql from 'mysql2/promise';

const MARIADBD = '/usr/sbin/mariadbd';
const INSTALL = '/usr/bin/mariadb-install-db';

/** A MariaDB server of the test's own, in a temporary folder, which the test may freeze: never the shared one. */
export interface PrivateMariadb {
  /** `mysql://root@127.0.0.1:<port>/pim`, an empty database. */
  readonly url: string;
  /** Stops the server process (SIGSTOP): connections stay open, nothing answers. */
  freeze(): void;
  /** Lets it run again (SIGCONT). */
  thaw(): void;
  stop(): Promise<void>;
}

/** True when this machine can run a private MariaDB (Debian's mariadb-server is installed). */
export const canRunPrivateMariadb = (): boolean => existsSync(MARIADBD) && existsSync(INSTALL);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startPrivateMariadb(): Promise<PrivateMariadb> {
  const dir = mkdtempSync(join(tmpdir(), 'pim-frozen-db-'));
  const installed = spawnSync(
    INSTALL,
    [
      '--no-defaults',
      `--datadir=${dir}/data`,
      '--user=root',
      '--skip-test-db',
      '--auth-root-authentication-method=normal',
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (installed.status !== 0) throw new Error(`mariadb-install-db failed: ${installed.stderr}`);
  const port = await freePort();
  const args = [
    '--no-defaults',
    `--datadir=${dir}/data`,
    '--user=root',
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    `--socket=${dir}/sock`,
    `--pid-file=${dir}/pid`,
    `--log-error=${dir}/err.log`,
    '--skip-log-bin',
    '--innodb-buffer-pool-size=16M',
  ];
  const server = spawn(MARIADBD, args, { stdio: 'ignore' });
  const root = `mysql://root@127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    try {
      const connection = await mysql.createConnection({ uri: root, connectTimeout: 1000 });
      await connection.query('CREATE DATABASE pim CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
      await connection.end();
      break;
    } catch (error) {
      if (attempt >= 60)
        throw new Error(
          `the private MariaDB did not start: ${(error as Error).message}\n${existsSync(`${dir}/err.log`) ? readFileSync(`${dir}/err.log`, 'utf8') : ''}`,
        );
      await sleep(250);
    }
  }
  const signal = (name: NodeJS.Signals) => void server.kill(name);
  return {
    url: `${root}/pim`,
    freeze: () => signal('SIGSTOP'),
    thaw: () => signal('SIGCONT'),
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        signal('SIGCONT');
        signal('SIGKILL');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
