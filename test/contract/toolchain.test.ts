import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import semver from 'semver';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = <T>(path: string) => JSON.parse(readFileSync(`${root}${path}`, 'utf8')) as T;

interface Lock {
  readonly packages: Readonly<Record<string, { readonly version?: string; readonly engines?: { node?: string } }>>;
}

/**
 * What `engines` promises is what the dependency tree accepts: every locked package must run on
 * the oldest Node.js the repository says it supports, so `npm ci` prints no engine warning and a
 * dependency that needs a newer Node.js fails here first (cookie 2 needs Node 22: the lock keeps
 * cookie 1.1, which has the same API for what Fastify uses, through `overrides`).
 */
describe('the toolchain', () => {
  const engines = read<{ engines: { node: string } }>('package.json').engines.node;
  const oldest = semver.minVersion(engines)!.version;

  it('runs on the Node.js this machine and CI have, which engines admits', () => {
    expect(semver.satisfies(process.version, engines)).toBe(true);
  });

  it.each(['packages/kernel', 'packages/host', 'packages/bigcommerce-sandbox'])(
    '%s promises the same Node.js',
    (dir) => {
      expect(read<{ engines?: { node?: string } }>(`${dir}/package.json`).engines?.node).toBe(engines);
    },
  );

  it('locks no package that needs a newer Node.js than engines admits', () => {
    const lock = read<Lock>('package-lock.json');
    const refusing = Object.entries(lock.packages)
      .filter(([path, pkg]) => path !== '' && pkg.engines?.node !== undefined)
      .filter(([, pkg]) => {
        const range = semver.validRange(pkg.engines!.node);
        return range !== null && !semver.satisfies(oldest, range);
      })
      .map(([path, pkg]) => `${path}@${pkg.version ?? '?'} needs node ${pkg.engines!.node}`);
    expect(refusing).toEqual([]);
  });
});

describe('released migrations', () => {
  it.each(['migrations', 'packages/host/src/persistence'])('in %s import no live code of the module or host', (dir) => {
    const files = readdirSync(`${root}${dir}`).filter((f) => f.endsWith('.migration.ts'));
    expect(files.length).toBeGreaterThan(0);
    const live = files.flatMap((file) =>
      [...readFileSync(`${root}${dir}/${file}`, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => `${file}: ${m[1]}`),
    );
    // A migration is frozen once released: it copies the rule it needs instead of importing it.
    expect(live).toEqual([]);
  });
});
