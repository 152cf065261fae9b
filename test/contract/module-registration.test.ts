import { readFileSync } from 'node:fs';

import semver from 'semver';

import { Container } from 'inversify';

import {
  KERNEL_CONTRACT_VERSION,
  SOURCE_LOCALE,
  validateModule,
  type ModuleDefinition,
  type ModuleRegistrar,
} from '@pim/kernel';
import { CredentialFormHandler } from '../../src/admin/credential.form-handler.js';
import { CredentialGridSource } from '../../src/admin/credential-grid.source.js';
import { credentialHistoryDatagrid } from '../../src/admin/credential-history.datagrid.js';
import { MODULE_VERSION } from '../../src/constants.js';
import bigcommerceModule from '../../src/index.js';

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', root), 'utf8')) as Record<string, unknown> & {
  permissions: string[];
};
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
const en = JSON.parse(readFileSync(new URL('locales/en_US.json', root), 'utf8')) as Record<string, string>;

const container = new Container();
container.load(bigcommerceModule.containerModule);
const validation = validateModule(bigcommerceModule, { manifest, isBound: (service) => container.isBound(service) });
const registry = validation.registrations;
const gridOf = (id: string) => registry.datagrids.find((d) => d.id === id)!;
const formOf = (id: string) => registry.forms.find((f) => f.id === id)!;

describe('module registration contract', () => {
  it("passes the kernel's validateModule: keys, permissions, references, bindings and manifest.json", () => {
    expect(validation.problems).toEqual([]);
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

  it('registers the ACL keys, the BigCommerce → Credentials menu, the grid and the classes serving it and the forms', () => {
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
    const grid = gridOf('bigcommerce.credentials');
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
    // Contributions name the classes that serve them, never a name: a grid its source, a form its handler.
    expect(grid.source).toBe(CredentialGridSource);
    expect(grid.actions.find((a) => a.method === 'DELETE')?.handler).toBe(CredentialFormHandler);
    expect(formOf('bigcommerce.credentials.edit').handler).toBe(CredentialFormHandler);
    expect(formOf('bigcommerce.credentials.edit').related).toEqual([credentialHistoryDatagrid]);
    expect(formOf('bigcommerce.credentials.edit').actions?.map((a) => a.method)).toEqual(['verify', 'refreshLists']);
  });

  it('declares the create and edit forms with the fields of the spec, the secrets required only on create', () => {
    const fieldNames = (id: string) => formOf(id).sections.flatMap((s) => s.fields.map((f) => f.name));
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
      formOf(id).sections.flatMap((s) => s.fields.filter((f) => f.secret).map((f) => [f.name, f.required]));
    expect(secrets('bigcommerce.credentials.create')).toEqual([
      ['clientSecret', true],
      ['accessToken', true],
    ]);
    expect(secrets('bigcommerce.credentials.edit')).toEqual([
      ['clientSecret', false],
      ['accessToken', false],
    ]);
  });

  it('registers en_US.json as its source messages, none empty', () => {
    expect(registry.translations.get(SOURCE_LOCALE)).toEqual(en);
    expect(Object.entries(en).filter(([, message]) => message.trim() === '')).toEqual([]);
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
      'store-unavailable',
      'plan-limit-reached',
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
    expect(registry.commands.map((c) => c.name)).toEqual(['bigcommerce:recheck']);
    expect(registry.commands[0]!.usage).toMatch(/^\[--concurrency N\] {2}re-check every active/);
  });

  it('makes every menu key an ACL key and gates every row action with an ACL key', () => {
    const aclKeys = new Set(registry.acl.map((a) => a.key));
    for (const item of registry.menu) expect(aclKeys.has(item.key)).toBe(true);
    for (const grid of registry.datagrids) {
      for (const action of grid.actions) {
        expect(action.permission).toMatch(/^bigcommerce\./);
        expect(aclKeys.has(action.permission)).toBe(true);
      }
    }
  });

  it('would be refused for a dangling registration, a missing translation or an unbound class', () => {
    const broken: ModuleDefinition = {
      ...bigcommerceModule,
      register(kernel: ModuleRegistrar) {
        kernel.addAclEntry({ key: 'x', labelKey: 'x.acl', sort: 1 });
        kernel.addMenuItem({ key: 'x.menu', labelKey: 'x.menu', route: 'x', sort: 1 });
        kernel.addTranslations(SOURCE_LOCALE, { 'x.acl': 'X' });
        kernel.addDatagrid({ ...gridOf('bigcommerce.credentials'), id: 'x.grid', permission: 'x.nope' });
      },
    };
    const { problems } = validateModule(broken, { isBound: () => false });
    expect(problems).toEqual(
      expect.arrayContaining([
        'menu key "x.menu" is not an ACL key',
        'x.grid.permission: permission "x.nope" is not an ACL key',
        'x.grid.titleKey: translation key "bigcommerce.credentials.grid.title" is missing from en_US',
        'x.menu.labelKey: translation key "x.menu" is missing from en_US',
        'datagrid "x.grid" source is not bound in the container',
      ]),
    );
    expect(problems.filter((p) => !/is not an ACL key|is missing from en_US|is not bound/.test(p))).toEqual([]);
  });

  it('loads its container module into a fresh container, bind-only, and lists its entities and migrations', () => {
    const fresh = new Container();
    fresh.load(bigcommerceModule.containerModule);
    expect(fresh.isBound(CredentialFormHandler)).toBe(true);
    expect(bigcommerceModule.entities.length).toBe(2);
    expect(bigcommerceModule.migrations.length).toBeGreaterThan(0);
  });
});
