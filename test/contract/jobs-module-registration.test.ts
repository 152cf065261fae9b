import { readFileSync } from 'node:fs';

import { Container } from 'inversify';
import semver from 'semver';

import { KERNEL_CONTRACT_VERSION, validateModule, type JobOptionsField } from '@pim/kernel';
import bigcommerceModule from '../../src/index.js';
import bigcommerceJobsModule from '../../packages/bigcommerce-jobs/src/index.js';
import { MODULE_VERSION } from '../../packages/bigcommerce-jobs/src/constants.js';

const root = new URL('../../packages/bigcommerce-jobs/', import.meta.url);
const json = <T>(path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;
const manifest = json<{ id: string; version: string; kernel: string; requires: Record<string, string> }>(
  'manifest.json',
);
const credentialsManifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
  version: string;
};

const container = new Container();
container.load(bigcommerceModule.containerModule);
container.load(bigcommerceJobsModule.containerModule);
const validation = validateModule(bigcommerceJobsModule, {
  manifest,
  isBound: (service) => container.isBound(service),
});

/*
 * The jobs module as a host reads it before running it: its manifest equal to what its code
 * registers, the credentials module it needs at a version this repository ships, and UnoPim's
 * BigCommerce job filters declared as data.
 */
describe('the jobs module registration contract', () => {
  it("passes the kernel's validateModule: keys, permissions, references, bindings and manifest.json", () => {
    expect(validation.problems).toEqual([]);
  });

  it('states its version once, a kernel range this kernel satisfies, and needs this credentials module', () => {
    expect([manifest.version, json<{ version: string }>('package.json').version]).toEqual([
      MODULE_VERSION,
      MODULE_VERSION,
    ]);
    expect(semver.satisfies(KERNEL_CONTRACT_VERSION, manifest.kernel)).toBe(true);
    expect(semver.satisfies(credentialsManifest.version, manifest.requires.bigcommerce!)).toBe(true);
  });

  it('declares the export with UnoPim’s filters (credential required, storefronts, locales, currencies) and the import with the credential', () => {
    const [exportJob, importJob] = validation.registrations.jobs;
    expect(exportJob!.filters.map((f) => [f.name, f.type, f.required === true])).toEqual([
      ['credentials', 'options', true],
      ['storefronts', 'options', false],
      ['locales', 'options', false],
      ['currencies', 'options', false],
      ['productStatus', 'select', true],
      ['skus', 'textarea', false],
    ]);
    const options = exportJob!.filters.filter((f): f is JobOptionsField => f.type === 'options');
    expect(options.map((f) => [f.params ?? null, f.dependsOn ?? null])).toEqual([
      [{ capability: 'products:modify' }, null],
      [null, { field: 'credentials', as: 'credential' }],
      [null, { field: 'credentials', as: 'credential' }],
      [null, { field: 'credentials', as: 'credential' }],
    ]);
    expect(importJob!.filters).toEqual([
      expect.objectContaining({ name: 'credentials', required: true, params: { capability: 'products:read' } }),
    ]);
    expect([exportJob!.type, importJob!.type]).toEqual(['export', 'import']);
    // Seeing and checking a job is one permission, changing its filters another.
    expect([exportJob!.permission, exportJob!.savePermission]).toEqual([
      'bigcommerce-jobs.export',
      'bigcommerce-jobs.export.edit',
    ]);
  });
});
