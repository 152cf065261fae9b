import { ContainerModule } from 'inversify';

import type { DatagridRepository, FormHandler, ModuleDefinition, ModuleRegistrar } from '../../src/index.js';
import { validateModule } from '../../src/validate-module.js';

class Rows implements DatagridRepository<{ id: number; name: string }> {
  findPage() {
    return Promise.resolve({ rows: [], total: 0, page: 1, perPage: 10, lastPage: 1 });
  }
}

const grid = {
  id: 'shop.items',
  route: 'shop/items',
  source: Rows,
  permission: 'shop.items',
  titleKey: 'shop.items.title',
  primaryColumn: 'id',
  columns: [
    { index: 'name', labelKey: 'shop.items.name', type: 'string', searchable: true, filterable: false, sortable: true },
  ],
  actions: [],
  defaultSort: { column: 'name', order: 'asc' },
  perPageOptions: [10],
  searchPlaceholderKey: 'shop.items.search',
} as const;

function moduleOf(register: (kernel: ModuleRegistrar) => void): ModuleDefinition {
  return { id: 'shop', containerModule: new ContainerModule(() => undefined), entities: [], migrations: [], register };
}

const base = (kernel: ModuleRegistrar) => {
  kernel.addAclEntry({ key: 'shop', labelKey: 'shop.acl', sort: 1 });
  kernel.addAclEntry({ key: 'shop.items', labelKey: 'shop.acl.items', sort: 2 });
  kernel.addMenuItem({ key: 'shop.items', labelKey: 'shop.menu.items', route: 'shop/items', sort: 1 });
  kernel.addTranslations('en_US', {
    'shop.acl': 'Shop',
    'shop.acl.items': 'Items',
    'shop.menu.items': 'Items',
    'shop.items.title': 'Items',
    'shop.items.name': 'Name',
    'shop.items.search': 'Search',
  });
};

describe('validateModule', () => {
  it('accepts a module whose every key, permission and reference holds', () => {
    const valid = moduleOf((kernel) => {
      base(kernel);
      kernel.addDatagrid(grid);
    });
    const manifest = {
      id: 'shop',
      version: '1.0.0',
      kernel: '^3.0.0',
      entry: './i.js',
      locales: './l',
      permissions: ['shop', 'shop.items'],
    };
    expect(validateModule(valid, { manifest, isBound: (service) => service === Rows }).problems).toEqual([]);
  });

  it('finds a translation key in any field named …Key, also one it was never told about', () => {
    const problems = validateModule(
      moduleOf((kernel) => {
        base(kernel);
        // A field the contract might gain tomorrow: it is found because of its name.
        kernel.addDatagrid({
          ...grid,
          create: { labelKey: 'shop.new', route: 'x', permission: 'shop', emptyStateKey: 'shop.empty' },
        });
      }),
    ).problems;
    expect(problems).toEqual([
      'shop.items.create.labelKey: translation key "shop.new" is missing from en_US',
      'shop.items.create.emptyStateKey: translation key "shop.empty" is missing from en_US',
    ]);
  });

  it('refuses duplicates, dangling permissions, foreign command names, handlerless actions and unbound classes', () => {
    class Handler {}
    const problems = validateModule(
      moduleOf((kernel) => {
        base(kernel);
        kernel.addAclEntry({ key: 'shop', labelKey: 'shop.acl', sort: 3 });
        kernel.addDatagrid({
          ...grid,
          permission: 'shop.nope',
          actions: [
            {
              index: 'delete',
              icon: 'x',
              titleKey: 'shop.items.name',
              method: 'DELETE',
              route: 'x/:id',
              permission: 'shop',
            },
          ],
        });
        kernel.addCommand?.({ name: 'other:run', command: Handler as never, usage: '' });
      }),
      { isBound: () => false },
    ).problems;
    expect(problems).toEqual([
      'ACL key "shop" is registered twice',
      'command "other:run" must be named "shop:<name>" in lower case',
      'shop.items.permission: permission "shop.nope" is not an ACL key',
      'datagrid "shop.items": row action "delete" (DELETE) names no form handler',
      'datagrid "shop.items" source is not bound in the container',
      'command "other:run" is not bound in the container',
    ]);
  });

  describe('jobs', () => {
    class Choices {
      list() {
        return Promise.resolve({ options: [], page: 1, lastPage: 1 });
      }
    }
    class Check {
      check() {
        return Promise.resolve({ ok: true, summary: '', lines: [], tables: [] });
      }
    }
    const choices = { name: 'shop.choices', source: Choices, permission: 'shop' };
    const unregistered = { name: 'shop.other', source: Choices, permission: 'shop' };
    const job = {
      code: 'shop.export',
      type: 'export',
      titleKey: 'shop.items.title',
      permission: 'shop.items',
      savePermission: 'shop.items',
      filters: [
        { type: 'options', name: 'store', labelKey: 'shop.items.name', required: true, source: choices },
        {
          type: 'options',
          name: 'channels',
          labelKey: 'shop.items.name',
          multiple: true,
          source: choices,
          dependsOn: { field: 'store', as: 'store' },
        },
        { type: 'text', name: 'skus', labelKey: 'shop.items.name', maxLength: 100 },
      ],
      check: Check,
    } as const;
    const declared = (jobs: readonly object[]) =>
      validateModule(
        moduleOf((kernel) => {
          base(kernel);
          kernel.addOptionSource(choices);
          for (const declaration of jobs) kernel.addJob?.(declaration as never);
        }),
        { isBound: (service) => service === Choices || service === Check },
      ).problems;
    it('accepts the jobs a module declares when their codes, filters, sources, keys and checks hold', () => {
      expect(declared([job])).toEqual([]);
    });

    it('refuses a job with a foreign code, a later or unknown source, a bad field, a dangling permission or key, an unbound check', () => {
      expect(
        declared([
          {
            ...job,
            code: 'other.Export',
            savePermission: 'shop.edit',
            titleKey: 'shop.missing',
            filters: [
              { ...job.filters[1], dependsOn: { field: 'store', as: 'store' } },
              { ...job.filters[0], source: unregistered },
              { ...job.filters[2], maxLength: 0 },
              { type: 'select', name: 'status', labelKey: 'shop.items.name', options: [] },
              {
                type: 'select',
                name: 'status',
                labelKey: 'shop.items.name',
                options: [{ value: 'a', labelKey: 'shop.x' }],
              },
            ],
            check: class Unbound {},
          },
          job,
          job,
        ]),
      ).toEqual([
        'job "shop.export" is registered twice',
        'job "other.Export" must be coded "shop.<name>" in lower case, in at most 100 characters',
        'job "other.Export": filter "channels" depends on "store", which is not an earlier filter',
        'job "other.Export": filter "store" names an option source that is not registered',
        'job "other.Export": filter "skus" needs a maxLength',
        'job "other.Export": filter "status" offers no choice',
        'job "other.Export": filter "status" is declared twice',
        'other.Export.savePermission: permission "shop.edit" is not an ACL key',
        'other.Export.titleKey: translation key "shop.missing" is missing from en_US',
        'other.Export.filters[4].options[0].labelKey: translation key "shop.x" is missing from en_US',
        'job "other.Export" check is not bound in the container',
      ]);
    });
  });

  it('checks the manifest against the code: its id and its permissions', () => {
    const manifest = {
      id: 'other',
      version: '1.0.0',
      kernel: '^3.0.0',
      entry: './i.js',
      locales: './l',
      permissions: ['shop'],
    };
    expect(validateModule(moduleOf(base), { manifest }).problems).toEqual([
      'manifest.json: id "other" is not "shop"',
      'manifest.json: permissions are not the ACL keys the module registers (shop, shop.items)',
    ]);
  });

  it('types a form action as a method of its handler', () => {
    class Forms implements FormHandler {
      blank = () => Promise.resolve({ values: {} });
      load = () => Promise.resolve(null);
      create = () => Promise.resolve({ ok: false as const, status: 422 as const, message: '', errors: {} });
      update = this.create;
      delete = this.create;
      check = (_id: string) => this.create();
    }
    type Method = NonNullable<import('../../src/index.js').FormSchema<Forms>['actions']>[number]['method'];
    const method: Method = 'check';
    // @ts-expect-error 'verify' is no method of Forms: a form action cannot name it.
    const wrong: Method = 'verify';
    expect([method, wrong]).toEqual(['check', 'verify']);
  });
});
