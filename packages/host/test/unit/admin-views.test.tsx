import { DatagridPage } from '../../src/views/datagrid.page.js';
import { PostButton } from '../../src/views/components/post-button.js';
import { Notice } from '../../src/views/components/notice.js';
import { gridQuery, type GridState } from '../../src/views/grid-state.js';
import { renderPage } from '../../src/views/render-page.js';
import { adminPath } from '../../src/http/admin-path.js';
import { parseParams } from '../../src/http/request-params.js';
import type { DatagridDefinition } from '@pim/kernel';
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';

const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
  params ? `${key}(${Object.values(params).join(',')})` : key;
const render = (node: ComponentChildren) => renderPage({ t, csrfToken: 'tok"en' }, node);

const HOSTILE = `"><script>alert(1)</script>&'`;

class NoSource {
  findPage(): never {
    throw new Error('not called');
  }
}

const GRID: DatagridDefinition = {
  id: 'things',
  route: 'things',
  source: NoSource,
  permission: 'things',
  titleKey: 'things.title',
  primaryColumn: 'id',
  columns: [
    { index: 'label', labelKey: 'things.label', type: 'string', searchable: true, filterable: false, sortable: true },
    {
      index: 'status',
      labelKey: 'things.status',
      type: 'boolean',
      searchable: false,
      filterable: true,
      sortable: false,
      booleanLabelKeys: { true: 'on', false: 'off' },
    },
  ],
  actions: [
    {
      index: 'edit',
      icon: 'icon-edit',
      titleKey: 'edit',
      method: 'GET',
      route: 'things/:id/edit',
      permission: 'things',
    },
    {
      index: 'delete',
      icon: 'icon-delete',
      titleKey: 'delete',
      method: 'DELETE',
      route: 'things/:id',
      permission: 'things',
      confirmKey: 'sure',
    },
  ],
  defaultSort: { column: 'label', order: 'asc' },
  perPageOptions: [10, 50],
  searchPlaceholderKey: 'things.search',
};

const STATE: GridState = {
  search: HOSTILE,
  filters: { status: ['1'] },
  sort: { column: 'label', order: 'desc' },
  page: 2,
  perPage: 10,
};

describe('the admin views', () => {
  it('escape every text and attribute value: markup typed by a user stays text', () => {
    const page = render(
      <DatagridPage
        definition={GRID}
        basePath="/admin/things"
        rows={[{ id: 'a/b?c', label: HOSTILE, status: true }]}
        total={11}
        lastPage={2}
        state={STATE}
        actions={GRID.actions}
        createHref={null}
        links={[]}
      />,
    );
    expect(page).not.toContain('<script>');
    expect(page).toContain('&quot;>&lt;script>alert(1)&lt;/script>&amp;');
    // The row id is encoded into the action URLs; the confirmation names the row, escaped.
    expect(page).toContain('href="/admin/things/a%2Fb%3Fc/edit"');
    expect(page).toContain('form="row-action-delete" formaction="/admin/things/a%2Fb%3Fc"');
    // The rows share one form per method: the CSRF token and the method override once.
    expect(page.match(/name="_csrf"/g)).toHaveLength(1);
    expect(page).toContain(
      '<form id="row-action-delete" method="post" class="inline"><input type="hidden" name="_csrf" value="tok&quot;en"/><input type="hidden" name="_method" value="DELETE"/></form>',
    );
    expect(page).toContain('data-confirm="sure(a/b?c,&quot;>&lt;script>alert(1)&lt;/script>&amp;\')"');
  });

  it('write the CSRF token (escaped) and the method override into every button that changes something', () => {
    const button = render(
      <PostButton action="/admin/things/1" method="DELETE" confirm="Delete?">
        Delete
      </PostButton>,
    );
    expect(button).toBe(
      '<!doctype html><form method="post" action="/admin/things/1" class="inline" data-confirm="Delete?">' +
        '<input type="hidden" name="_csrf" value="tok&quot;en"/><input type="hidden" name="_method" value="DELETE"/>' +
        '<button type="submit">Delete</button></form>',
    );
  });

  it('link a notice only to an https page (in a new tab) or a page of this admin', () => {
    const link = (href: string) => render(<Notice notice={{ level: 'info', text: 'x', link: { href, text: 'go' } }} />);
    expect(link('https://support.bigcommerce.com/x')).toContain('target="_blank" rel="noopener noreferrer"');
    expect(link('/admin/things')).toContain('<a href="/admin/things">go</a>');
    for (const href of ['javascript:alert(1)', 'http://plain.example/', '/other', '//evil.example/admin/'])
      expect(link(href)).not.toContain('<a ');
  });

  it('refuse to render a component outside a page, rather than guess its language', () => {
    expect(() => renderToString(<PostButton action="/admin/x">x</PostButton>)).toThrow('outside renderPage');
    // Nor after one: the page is forgotten when its render ends.
    render(<PostButton action="/admin/x">x</PostButton>);
    expect(() => renderToString(<PostButton action="/admin/x">x</PostButton>)).toThrow('outside renderPage');
  });

  it('write list URLs in UnoPim parameters that the host parses back to the same state', () => {
    const parsed = parseParams(gridQuery(STATE));
    expect(JSON.parse(JSON.stringify(parsed))).toEqual({
      filters: { all: [HOSTILE], status: ['1'] },
      sort: { column: 'label', order: 'desc' },
      pagination: { page: '2', per_page: '10' },
    });
  });
});

describe('admin paths', () => {
  it('fill route parameters URL-encoded, leave the ones not given, and name the admin root', () => {
    expect(adminPath()).toBe('/admin');
    expect(adminPath('bigcommerce/credentials/:id/edit', { id: '7' })).toBe('/admin/bigcommerce/credentials/7/edit');
    expect(adminPath('x/:id', { id: '../a b' })).toBe('/admin/x/..%2Fa%20b');
    expect(adminPath('x/:id/history')).toBe('/admin/x/:id/history');
  });
});

describe('request parameters', () => {
  it('parse bracket notation into objects without a prototype, dropping __proto__', () => {
    const parsed = parseParams('a[b][]=1&a[b][]=2&a[constructor]=x&__proto__[polluted]=1&c=3&c=4');
    expect(Object.getPrototypeOf(parsed)).toBeNull();
    expect(JSON.parse(JSON.stringify(parsed))).toEqual({ a: { b: ['1', '2'], constructor: 'x' }, c: ['3', '4'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keep a list longer than qs keeps by default (a store with hundreds of storefronts), as a list', () => {
    const body = Array.from({ length: 500 }, (_, i) => `channelIds[]=${i}`).join('&');
    const parsed = parseParams(body) as { channelIds: string[] };
    expect(Array.isArray(parsed.channelIds)).toBe(true);
    expect(parsed.channelIds).toHaveLength(500);
  });
});
