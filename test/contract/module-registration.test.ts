import { readFileSync } from 'node:fs';

import semver from 'semver';

import { KERNEL_CONTRACT_VERSION } from '@pim/kernel';
import { MODULE_VERSION } from '../../src/constants.js';
import bigcommerceModule from '../../src/index.js';
import { ModuleRegistry, SOURCE_LOCALE } from '@pim/reference-host';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', root), 'utf8')) as Record<string, unknown> & {
  permissions: string[];
};
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
const en = JSON.parse(readFileSync(new URL('locales/en_US.json', root), 'utf8')) as Record<string, string>;

function registered(): ModuleRegistry {
  const registry = new ModuleRegistry();
  bigcommerceModule.register(registry);
  return registry;
}

describe('module registration contract', () => {
  const registry = registered();

  it('passes the reference host validation', () => {
    expect(() => registry.validate()).not.toThrow();
  });

  it('matches manifest.json: id, version, kernel range, entry, locales and permission keys', () => {
    expect(manifest.id).toBe(bigcommerceModule.id);
    expect(manifest.version).toBe(pkg.version);
    expect(MODULE_VERSION).toBe(pkg.version);
    expect(semver.validRange(manifest.kernel as string)).not.toBeNull();
    expect(semver.satisfies(KERNEL_CONTRACT_VERSION, manifest.kernel as string)).toBe(true);
    expect(manifest.entry).toBe('./dist/src/index.js');
    expect(readFileSync(new URL('src/index.ts', root), 'utf8')).toContain('export default');
    expect(manifest.locales).toBe('./locales');
    expect(registry.acl.map((a) => a.key).sort()).toEqual([...manifest.permissions].sort());
    expect(en[manifest.name as string]).toBeDefined();
  });

  it('registers the ACL keys, the BigCommerce → Credentials menu, the grid, both forms and the repository', () => {
    expect(registry.acl.map((a) => a.key)).toEqual([
      'bigcommerce',
      'bigcommerce.credentials',
      'bigcommerce.credentials.create',
      'bigcommerce.credentials.edit',
      'bigcommerce.credentials.delete',
    ]);
    expect(registry.menu.map((m) => [m.key, en[m.labelKey]])).toEqual([
      ['bigcommerce', 'BigCommerce'],
      ['bigcommerce.credentials', 'Credentials'],
    ]);
    const grid = registry.datagrids.get('bigcommerce.credentials')!;
    expect(grid.columns.map((c) => [c.index, en[c.labelKey]])).toEqual([
      ['label', 'Label'],
      ['apiUrl', 'API URL'],
      ['status', 'Status'],
      ['lastCheck', 'Last check'],
    ]);
    expect(grid.columns.filter((c) => c.searchable).map((c) => c.index)).toEqual(['label']);
    expect(grid.columns.filter((c) => c.filterable).map((c) => c.index)).toEqual(['status', 'lastCheck']);
    expect(grid.columns.every((c) => c.sortable)).toBe(true);
    expect(grid.actions.map((a) => [a.index, a.icon, a.method, a.permission])).toEqual([
      ['edit', 'icon-edit', 'GET', 'bigcommerce.credentials.edit'],
      ['delete', 'icon-delete', 'DELETE', 'bigcommerce.credentials.delete'],
    ]);
    expect(grid.perPageOptions).toEqual([10, 20, 30, 40, 50]);
    expect(registry.repositories.has(grid.repository)).toBe(true);

    const fieldNames = (id: string) => registry.forms.get(id)!.sections.flatMap((s) => s.fields.map((f) => f.name));
    expect(fieldNames('bigcommerce.credentials.create')).toEqual([
      'label',
      'apiUrl',
      'clientId',
      'clientSecret',
      'accessToken',
      'status',
    ]);
    expect(fieldNames('bigcommerce.credentials.edit')).toEqual([
      'label',
      'apiUrl',
      'clientId',
      'clientSecret',
      'accessToken',
      'status',
      'channelIds',
      'defaultCurrency',
      'defaultLocale',
      'localeMapping',
      'currencyMapping',
    ]);
    const secrets = (id: string) =>
      registry.forms
        .get(id)!
        .sections.flatMap((s) => s.fields.filter((f) => f.secret).map((f) => [f.name, f.required]));
    expect(secrets('bigcommerce.credentials.create')).toEqual([
      ['clientSecret', true],
      ['accessToken', true],
    ]);
    expect(secrets('bigcommerce.credentials.edit')).toEqual([
      ['clientSecret', false],
      ['accessToken', false],
    ]);
  });

  it('has every label key in en_US.json, with a non-empty message', () => {
    const missing = registry.labelKeys().filter((key) => !en[key]?.trim());
    expect(missing).toEqual([]);
    expect(registry.translations.get(SOURCE_LOCALE)).toEqual(en);
  });

  it('has an en_US message for every BigCommerce error and every validation rule', async () => {
    const { BigcommerceError } = await import('../../src/errors/bigcommerce.errors.js');
    const codes = [
      'token-invalid',
      'scope-information-missing',
      'scope-products-missing',
      'store-not-found',
      'wrong-store',
      'rate-limited',
      'unavailable',
      'unreachable',
      'timeout',
      'malformed-response',
      'redirect-refused',
      'unexpected-status',
      'scope-channels-missing',
    ] as const;
    for (const code of codes) expect(en[new BigcommerceError(code).messageKey]).toBeTruthy();
    // Every error can be an outcome of a check: each has a short label, so none is ever shown raw.
    for (const code of [...codes, 'ok', 'never', 'failed']) expect(en[`bigcommerce.outcome.${code}`]).toBeTruthy();
    const validation = readFileSync(new URL('src/dto/validate-input.ts', root), 'utf8');
    const apiUrl = readFileSync(new URL('src/bigcommerce/api-url.ts', root), 'utf8');
    const keys = [
      ...validation.matchAll(/'(bigcommerce\.[a-z.-]+)'/g),
      ...apiUrl.matchAll(/'(bigcommerce\.[a-z.-]+)'/g),
    ].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) expect([key, en[key]]).toEqual([key, expect.any(String)]);
  });

  it('adds its re-check command to the host command line, under its own name', () => {
    expect([...registry.commands.keys()]).toEqual(['bigcommerce:recheck']);
    expect(registry.commands.get('bigcommerce:recheck')!.usage).toMatch(
      /^\[--concurrency N\] {2}re-check every active/,
    );
  });

  it('makes every menu key an ACL key and gates every row action with an ACL key', () => {
    const aclKeys = new Set(registry.acl.map((a) => a.key));
    for (const item of registry.menu) expect(aclKeys.has(item.key)).toBe(true);
    for (const grid of registry.datagrids.values()) {
      for (const action of grid.actions) {
        expect(action.permission).toMatch(/^bigcommerce\./);
        expect(aclKeys.has(action.permission)).toBe(true);
      }
    }
  });

  it('is caught by the host when a registration dangles', () => {
    const broken = new ModuleRegistry();
    broken.addAclEntry({ key: 'x', labelKey: 'x.acl', sort: 1 });
    broken.addMenuItem({ key: 'x.menu', labelKey: 'x.menu', route: 'x', sort: 1 });
    broken.addTranslations(SOURCE_LOCALE, { 'x.acl': 'X' });
    expect(() => broken.validate()).toThrow(
      /permission "x.menu" is not an ACL key[\s\S]*label key "x.menu" is missing/,
    );
    expect(() => broken.addAclEntry({ key: 'x', labelKey: 'x.acl', sort: 2 })).toThrow(/twice/);
  });

  it('loads its container module into a fresh container, bind-only, and lists its entities and migrations', async () => {
    const { Container } = await import('inversify');
    const container = new Container();
    container.load(bigcommerceModule.containerModule);
    expect(bigcommerceModule.entities.length).toBe(2);
    expect(bigcommerceModule.migrations.length).toBeGreaterThan(0);
  });
});
