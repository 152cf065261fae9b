import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { sandboxStore, startSandbox, type Sandbox } from '@pim/bigcommerce-sandbox';
import mysql from 'mysql2/promise';

import bigcommerceModule from '../../src/index.js';
import { availableEngines, createScratch, type ScratchDatabase } from '../support/databases.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MINUTES = 60_000;

/** What a host must not get by installing the module: the reference host's runtime and the dev tools. */
const NOT_IN_A_HOST = [
  'fastify',
  '@fastify/cookie',
  '@fastify/formbody',
  'pg',
  'better-sqlite3',
  'semver',
  'jest',
  'ts-jest',
  'typescript',
  'playwright-core',
  '@pim/reference-host',
  '@pim/bigcommerce-sandbox',
];
/** The libraries a host brings itself (the module's peers), at the versions this repository is tested with. */
const HOST_LIBRARIES = ['typeorm', 'inversify', 'reflect-metadata', 'mysql2'];
const bigcommerceMigrationNames = bigcommerceModule.migrations.map((migration) => new migration().name);

interface PackResult {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

async function pack(dir: string, destination: string): Promise<{ tarball: string; files: string[] }> {
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: dir,
    timeout: 3 * MINUTES,
    maxBuffer: 16 * 1024 * 1024,
  });
  const [result] = JSON.parse(stdout.slice(stdout.indexOf('['))) as PackResult[];
  return { tarball: join(destination, result!.filename), files: result!.files.map((f) => f.path).sort() };
}

/** The host of the README's "How a host loads the module", word for word. */
function readmeHost(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const match = /```js\n(\/\/ host\.mjs\n[\s\S]*?)```/.exec(readme);
  if (match === null) throw new Error('README.md has no ```js block starting with "// host.mjs".');
  return match[1]!;
}

const { run: engines } = await availableEngines();
const describeWithMariadb = engines.includes('mariadb') ? describe : describe.skip;

describe('the packed tarballs', () => {
  let work: string;
  let module: { tarball: string; files: string[] };
  let kernel: { tarball: string; files: string[] };
  let jobs: { tarball: string; files: string[] };

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'pim-pack-'));
    module = await pack(ROOT, work);
    kernel = await pack(join(ROOT, 'packages/kernel'), work);
    jobs = await pack(join(ROOT, 'packages/bigcommerce-jobs'), work);
  }, 6 * MINUTES);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('ship the compiled module, its manifest, locales and migrations, README, CHANGELOG and LICENSE, and nothing else', () => {
    const allowed = [
      /^dist\/src\/.+\.(js|d\.ts)$/,
      /^dist\/migrations\/.+\.(js|d\.ts)$/,
      /^dist\/locales\/[a-z]{2}_[A-Z]{2}\.json$/,
      /^locales\/[a-z]{2}_[A-Z]{2}\.json$/,
      /^(manifest\.json|package\.json|README\.md|CHANGELOG\.md|LICENSE)$/,
      /^assets\/[a-z-]+\.svg$/,
    ];
    expect(module.files.filter((path) => !allowed.some((pattern) => pattern.test(path)))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
      entry: string;
      locales: string;
    };
    for (const required of [
      manifest.entry.replace(/^\.\//, ''),
      'dist/src/public-api.js',
      'dist/src/index.d.ts',
      'dist/migrations/index.js',
      'locales/en_US.json',
      'assets/bigcommerce.svg',
      'manifest.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
    ]) {
      expect(module.files).toContain(required);
    }
    expect(
      module.files.some(
        (path) => /^(test|bench|docs|packages|src)\//.test(path) || /tsconfig|\.tsbuildinfo$/.test(path),
      ),
    ).toBe(false);
  });

  it('ship the jobs module compiled, with its manifest, locales, README, CHANGELOG and LICENSE, and nothing else', () => {
    expect(
      jobs.files.filter(
        (path) =>
          !/^(dist\/src\/.+\.(js|d\.ts)|dist\/locales\/[a-z]{2}_[A-Z]{2}\.json|locales\/[a-z]{2}_[A-Z]{2}\.json|manifest\.json|package\.json|README\.md|CHANGELOG\.md|LICENSE)$/.test(
            path,
          ),
      ),
    ).toEqual([]);
    expect(jobs.files).toEqual(
      expect.arrayContaining(['dist/src/index.js', 'manifest.json', 'locales/en_US.json', 'README.md', 'LICENSE']),
    );
  });

  it('ship the kernel contract compiled, with its README, CHANGELOG and LICENSE', () => {
    expect(
      kernel.files.filter(
        (path) => !/^(dist\/.+\.(js|d\.ts)|package\.json|README\.md|CHANGELOG\.md|LICENSE)$/.test(path),
      ),
    ).toEqual([]);
    expect(kernel.files).toEqual(
      expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'README.md', 'CHANGELOG.md', 'LICENSE']),
    );
  });

  describeWithMariadb(
    'installed into a throw-away host with only typeorm, inversify, reflect-metadata and mysql2',
    () => {
      let host: string;
      let sandbox: Sandbox;
      let database: ScratchDatabase;
      const store = sandboxStore({
        hash: 'packed1',
        name: 'Packed Outfitters',
        tokens: [{ token: 'tok-packed-0123456789', information: 'read', products: 'modify' }],
      });

      beforeAll(async () => {
        host = join(work, 'host');
        const versions = Object.fromEntries(
          HOST_LIBRARIES.map((name) => [
            name,
            (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
              .version,
          ]),
        );
        mkdirSync(host);
        writeFileSync(
          join(host, 'package.json'),
          JSON.stringify(
            {
              name: 'throwaway-host',
              private: true,
              type: 'module',
              dependencies: {
                '@pim/kernel': `file:${kernel.tarball}`,
                '@pim/bigcommerce-credentials': `file:${module.tarball}`,
                '@pim/bigcommerce-jobs': `file:${jobs.tarball}`,
                ...versions,
              },
            },
            null,
            2,
          ),
        );
        await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], {
          cwd: host,
          timeout: 5 * MINUTES,
          maxBuffer: 16 * 1024 * 1024,
        });
        writeFileSync(join(host, 'host.mjs'), readmeHost());
        sandbox = await startSandbox({ stores: [store] });
        database = await createScratch('mariadb');
      }, 8 * MINUTES);

      afterAll(async () => {
        await sandbox?.close();
        await database?.destroy();
      });
      afterEach(() => sandbox.clearRequests());

      const databaseUrl = () => (database.options as { url: string }).url;
      async function query(sql: string): Promise<unknown> {
        const connection = await mysql.createConnection({ uri: databaseUrl() });
        try {
          return (await connection.query(sql))[0];
        } finally {
          await connection.end();
        }
      }

      it('brings neither the reference host runtime nor the dev tools, and leaves no peer unmet', async () => {
        expect(NOT_IN_A_HOST.filter((name) => existsSync(join(host, 'node_modules', name)))).toEqual([]);
        for (const name of [
          '@pim/kernel',
          '@pim/bigcommerce-credentials',
          '@pim/bigcommerce-jobs',
          'got',
          'class-validator',
          'class-transformer',
        ])
          expect(existsSync(join(host, 'node_modules', name, 'package.json'))).toBe(true);
        // npm ls exits non-zero on a missing or invalid (peer) dependency.
        await expect(
          run('npm', ['ls', '--all'], { cwd: host, timeout: MINUTES, maxBuffer: 16 * 1024 * 1024 }),
        ).resolves.toBeDefined();
      });

      const hostEnv = (token: string) => ({
        PATH: process.env.PATH,
        DATABASE_URL: databaseUrl(),
        SECRET_KEY: randomBytes(32).toString('base64'),
        BIGCOMMERCE_API_ORIGINS: sandbox.origin,
        BIGCOMMERCE_API_URL: sandbox.apiUrl(store.hash),
        BIGCOMMERCE_CLIENT_ID: 'packed-client-id',
        BIGCOMMERCE_CLIENT_SECRET: 'packed-client-secret',
        BIGCOMMERCE_ACCESS_TOKEN: token,
      });

      it('stores nothing when BigCommerce refuses the token, and says why', async () => {
        const failed = run(process.execPath, ['host.mjs'], {
          cwd: host,
          env: hostEnv('tok-revoked-000'),
          timeout: MINUTES,
        });
        await expect(failed).rejects.toMatchObject({ stderr: expect.stringContaining('accessToken') });
        expect(await query('SELECT COUNT(*) AS n FROM bigcommerce_credentials')).toEqual([{ n: 0 }]);
      });

      it('loads as the README says: migrates MariaDB, creates a verified credential through the form handler, serves it from the provider, checks the export job through it', async () => {
        const { stdout } = await run(process.execPath, ['host.mjs'], {
          cwd: host,
          env: hostEnv(store.tokens[0]!.token),
          timeout: MINUTES,
        });
        const printed = JSON.parse(stdout.trim().split('\n').pop()!) as {
          message: string;
          id: number;
          label: string;
          baseUrl: string;
          check: { ok: boolean; summary: string };
        };
        expect(printed).toEqual({
          message: expect.stringContaining('Production Store'),
          id: 1,
          label: 'Production Store',
          baseUrl: `${sandbox.origin}/stores/${store.hash}/`,
          check: { ok: true, summary: 'This job can run now.' },
        });
        expect(sandbox.requests.filter((r) => r.route === 'store' && r.hadToken)).toHaveLength(1);
        // The verification's products probe, then the check's one request through the jobs' connection.
        expect(sandbox.requests.filter((r) => r.route === 'products' && r.hadToken)).toHaveLength(2);

        const rows = await query('SELECT label, access_token_sealed AS sealed FROM bigcommerce_credentials');
        expect(rows).toEqual([{ label: 'Production Store', sealed: expect.stringMatching(/^k1\./) }]);
        expect(JSON.stringify(rows)).not.toContain(store.tokens[0]!.token);
        expect(await query('SELECT name FROM pim_migrations ORDER BY id')).toEqual(
          bigcommerceMigrationNames.map((name) => ({ name })),
        );
      });
    },
  );
});
