import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { KERNEL_CONTRACT_VERSION } from '@pim/kernel';

import { MODULE_VERSION } from '../../src/constants.js';
import { MODULE_VERSION as JOBS_VERSION } from '../../packages/bigcommerce-jobs/src/constants.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const text = (path: string) => readFileSync(`${root}${path}`, 'utf8');
const json = <T>(path: string) => JSON.parse(text(path)) as T;

const manifest = json<{ version: string; kernel: string }>('manifest.json');
const kernelPackage = json<{ version: string }>('packages/kernel/package.json');
const jobsManifest = json<{ version: string; kernel: string; requires: Record<string, string> }>(
  'packages/bigcommerce-jobs/manifest.json',
);

/** The first `## x.y.z` heading of a changelog: its newest version. */
const newest = (changelog: string) => /^## (\d+\.\d+\.\d+)/m.exec(changelog)?.[1];

/**
 * Versions written in prose drift from the code unless something compares them: every version a
 * document states is the one the code has, and each changelog's newest entry is the package's
 * version.
 */
describe('the versions the documents state', () => {
  it('are one module version: package.json, manifest.json, the code and the changelog', () => {
    expect(json<{ version: string }>('package.json').version).toBe(MODULE_VERSION);
    expect(manifest.version).toBe(MODULE_VERSION);
    expect(newest(text('CHANGELOG.md'))).toBe(MODULE_VERSION);
  });

  it('are one jobs module version: its package.json, manifest.json, code and changelog', () => {
    expect(json<{ version: string }>('packages/bigcommerce-jobs/package.json').version).toBe(JOBS_VERSION);
    expect(jobsManifest.version).toBe(JOBS_VERSION);
    expect(newest(text('packages/bigcommerce-jobs/CHANGELOG.md'))).toBe(JOBS_VERSION);
  });

  it('are one kernel contract version: the package, the code, its changelog and its README', () => {
    expect(kernelPackage.version).toBe(KERNEL_CONTRACT_VERSION);
    expect(newest(text('packages/kernel/CHANGELOG.md'))).toBe(KERNEL_CONTRACT_VERSION);
    expect(text('packages/kernel/README.md')).toContain(`\`KERNEL_CONTRACT_VERSION\` (\`${KERNEL_CONTRACT_VERSION}\`)`);
  });

  it('name the kernel range the manifest declares, wherever a README states one', () => {
    const stated = ['README.md', 'packages/kernel/README.md', 'packages/host/README.md'].flatMap((file) =>
      [...text(file).matchAll(/`"?kernel"?:? ?"?(\^[\d.]+)"?`|range it supports \(`([^`]+)`\)/g)].map(
        (m) => `${file}: ${m[1] ?? m[2]}`,
      ),
    );
    expect(stated.length).toBeGreaterThan(0);
    expect(stated.filter((s) => !s.endsWith(`: ${manifest.kernel}`))).toEqual([]);
  });

  it('state no other version in a README than those', () => {
    const known = new Set([
      MODULE_VERSION,
      KERNEL_CONTRACT_VERSION,
      manifest.kernel,
      `^${KERNEL_CONTRACT_VERSION}`,
      JOBS_VERSION,
      jobsManifest.kernel,
      ...Object.values(jobsManifest.requires),
    ]);
    const stray = [
      'README.md',
      'packages/kernel/README.md',
      'packages/host/README.md',
      'packages/bigcommerce-sandbox/README.md',
      'packages/bigcommerce-jobs/README.md',
    ]
      .flatMap((file) => [...text(file).matchAll(/`(\^?\d+\.\d+\.\d+)`/g)].map((m) => [file, m[1]!] as const))
      .filter(([, version]) => !known.has(version))
      .map(([file, version]) => `${file}: ${version}`);
    expect(stray).toEqual([]);
  });
});
