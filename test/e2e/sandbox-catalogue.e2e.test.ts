import type { BrowserContext, Page } from 'playwright-core';

import { sandboxCatalogue, startSandbox, type Sandbox, type SandboxRoute } from '@pim/bigcommerce-sandbox';
import { httpClient, signIn, type HttpClient } from '../../packages/host/test/support/host-harness.js';
import { launchBrowser } from './support/browser.js';
import { submitForm } from './support/form-submit.js';
import { cliRun, startHostProcess, type HostProcess } from './support/host-process.js';
import { formFields } from './support/page-form.js';

/*
 * Every store of the sandbox's catalogue (each showing one way BigCommerce's published API
 * differs from the easy assumptions), through the real host: a new credential saves, saves again
 * as shown, and saves inactive, over HTTP and in Chromium; a store that cannot be saved says why;
 * nothing the stores answer, nonsense included, makes the host answer a 5xx.
 */

const PASSWORD = 'catalogue-admin-password';
const CATALOGUE = sandboxCatalogue('demo1', 'Demo Outfitters');
const SAVING = CATALOGUE.filter((e) => e.saves).map((e) => [e.store.name, e] as const);
const REFUSED = CATALOGUE.filter((e) => !e.saves).map((e) => [e.store.name, e] as const);

/** Answers no published API gives, per route: what a hostile or broken store might send with a 200. */
const NONSENSE: readonly [SandboxRoute, unknown][] = [
  ['store', null],
  ['store', []],
  ['store', { id: 'demo1', name: { first: 'x' }, currency: 5, default_channel_id: 'two' }],
  ['currencies', [null]],
  ['currencies', { data: [] }],
  ['currencies', [{ currency_code: 5 }]],
  ['locale', { data: null }],
  ['locale', { data: { default_shopper_language: ['en'] } }],
  ['products', { data: 'many' }],
  ['products-write', 'created'],
  ['graphql', { data: { store: { c1: { edges: [null] } } } }],
  ['graphql', { data: { store: 'closed' } }],
  ['graphql', { data: null, errors: 'x' }],
  ['channels', { data: [null], meta: {} }],
  ['channels', { data: [{ id: 1, name: 5 }], meta: {} }],
  ['channels', { data: [], meta: { pagination: { total_pages: 'x' } } }],
  ['currency-assignments', { data: [null] }],
  ['currency-assignments', { data: [{ channel_id: 1, enabled_currencies: [5], default_currency: {} }] }],
];

const browser = await launchBrowser();
const describeBrowser = browser === null ? describe.skip : describe;

describe('the sandbox catalogue through the admin', () => {
  let sandbox: Sandbox;
  let host: HostProcess;
  let http: HttpClient;
  let auth: { cookie: string; csrf: string };
  const saved = new Map<string, string>();

  beforeAll(async () => {
    sandbox = await startSandbox({ stores: CATALOGUE.map((e) => e.store) });
    host = await startHostProcess({ PIM_ADMIN_PASSWORD: PASSWORD, BIGCOMMERCE_API_ORIGINS: sandbox.origin });
    http = httpClient(host.url);
    auth = await signIn(http, 'admin@example.com', PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await sandbox?.close();
  });

  /** Posts name/value pairs as the page's form would, asking for UnoPim's JSON answer. */
  const post = (path: string, fields: readonly [string, string][]) =>
    http('POST', path, {
      headers: {
        cookie: auth.cookie,
        accept: 'application/json',
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams([['_csrf', auth.csrf], ...fields]).toString(),
    });
  const create = (label: string, apiUrl: string, token: string) =>
    post('/admin/bigcommerce/credentials', [
      ['label', label],
      ['apiUrl', apiUrl],
      ['clientId', 'catalogue-client'],
      ['clientSecret', 'catalogue-secret'],
      ['accessToken', token],
      ['status', 'active'],
    ]);
  /** The edit page's form as shown, with `changes` applied, posted back. */
  const saveAsShown = async (id: string, changes: Record<string, string> = {}) => {
    const page = await http('GET', `/admin/bigcommerce/credentials/${id}/edit`, { headers: { cookie: auth.cookie } });
    expect(page.statusCode).toBe(200);
    const fields = formFields(page.body)
      .filter(([name]) => name !== '_csrf')
      .map(([name, value]): [string, string] => [name, changes[name] ?? value]);
    return post(`/admin/bigcommerce/credentials/${id}`, fields);
  };

  it.each(SAVING)('%s over HTTP: create, Update as shown, Update inactive', async (_name, entry) => {
    const created = await create(`HTTP ${entry.store.name}`, sandbox.apiUrl(entry.store.hash), entry.token);
    expect([created.statusCode, created.body]).toEqual([200, expect.stringContaining('saved and verified')]);
    const id = /credentials\/(\d+)\/edit/.exec(created.json<{ redirect_url: string }>().redirect_url)![1]!;
    saved.set(entry.store.hash, id);
    const again = await saveAsShown(id);
    expect([again.statusCode, again.json<{ message: string }>().message]).toEqual([
      200,
      `Credential "HTTP ${entry.store.name}" updated.`,
    ]);
    const inactive = await saveAsShown(id, { status: 'inactive' });
    expect(inactive.statusCode).toBe(200);
    const edit = await http('GET', `/admin/bigcommerce/credentials/${id}/edit`, { headers: { cookie: auth.cookie } });
    expect(formFields(edit.body)).toContainEqual(['status', 'inactive']);
  });

  it.each(REFUSED)('%s over HTTP: refused with the reason under its field, nothing stored', async (_name, entry) => {
    const refused = await create(`HTTP ${entry.store.name}`, sandbox.apiUrl(entry.store.hash), entry.token);
    expect(refused.statusCode).toBe(422);
    const errors = refused.json<{ errors: Record<string, string[]> }>().errors;
    expect(Object.values(errors).flat().join(' ')).toMatch(/suspended|API account was deleted/);
  });

  it('answers no 5xx to Test connection, Refresh from store or bigcommerce:recheck, whatever the stores answer', async () => {
    expect(saved.size).toBe(SAVING.length);
    // The re-check covers active credentials: the ones saved above were switched inactive last.
    for (const id of saved.values()) expect((await saveAsShown(id, { status: 'active' })).statusCode).toBe(200);
    const statuses: string[] = [];
    const poke = async (what: string) => {
      for (const [hash, id] of saved) {
        for (const action of ['verify', 'refresh-lists']) {
          const answer = await post(`/admin/bigcommerce/credentials/${id}/${action}`, []);
          statuses.push(`${what} ${hash} ${action} ${answer.statusCode}`);
        }
      }
    };
    await poke('as published');
    for (const [route, body] of NONSENSE) {
      sandbox.fault('*', route, { kind: 'status', status: 200, body });
      await poke(`${route} ${JSON.stringify(body)}`);
      const fresh = await create(`Nonsense ${statuses.length}`, sandbox.apiUrl('lower1'), 'token-lower1');
      statuses.push(`${route} ${JSON.stringify(body)} create ${fresh.statusCode}`);
      sandbox.clearFaults();
    }
    // The re-check, with every route answering nonsense at once, in three rounds of different nonsense.
    const byRoute = new Map<SandboxRoute, unknown[]>();
    for (const [route, body] of NONSENSE) byRoute.set(route, [...(byRoute.get(route) ?? []), body]);
    for (let round = 0; round < 3; round++) {
      for (const [route, bodies] of byRoute)
        sandbox.fault('*', route, { kind: 'status', status: 200, body: bodies[round % bodies.length] });
      const recheck = await cliRun(host.env, 'bigcommerce:recheck');
      statuses.push(`round ${round} recheck exit ${recheck.code}`);
      expect(recheck.stderr).not.toMatch(/at .*\.js:\d+/);
      // Every credential gets its row: one store's nonsense never stops the others.
      for (const [, { store }] of SAVING) expect(recheck.stdout).toContain(`HTTP ${store.name}`);
      sandbox.clearFaults();
    }
    expect(statuses.filter((s) => / 5\d\d$| exit (?![01]$)/.test(s))).toEqual([]);
  }, 180_000);

  it('cleans up what it saved', async () => {
    const list = () =>
      http('GET', '/admin/bigcommerce/credentials?pagination[per_page]=50', {
        headers: { cookie: auth.cookie, accept: 'application/json' },
      }).then((r) => r.json<{ records: { id: number }[] }>().records);
    for (let round = 0; round < 5; round++) {
      for (const record of await list()) {
        const deleted = await post(`/admin/bigcommerce/credentials/${record.id}`, [['_method', 'DELETE']]);
        expect(deleted.statusCode).toBe(200);
      }
    }
    expect(await list()).toEqual([]);
  });

  describeBrowser('in Chromium', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      context = await browser!.newContext({
        baseURL: host.url,
        viewport: { width: 1280, height: 900 },
        locale: 'en-US',
      });
      page = await context.newPage();
      page.setDefaultTimeout(10_000);
      await page.goto('/admin/login');
      await page.fill('#email', 'admin@example.com');
      await page.fill('#password', PASSWORD);
      await Promise.all([page.waitForURL('**/admin/**'), page.click('button[type=submit]')]);
    });

    afterAll(async () => context?.close());

    it.each(SAVING)('%s: create, Update unchanged, Update with Status inactive', async (_name, entry) => {
      await page.goto('/admin/bigcommerce/credentials/create');
      await page.fill('#field-label', `Chromium ${entry.store.name}`);
      await page.fill('#field-apiUrl', sandbox.apiUrl(entry.store.hash));
      await page.fill('#field-clientId', 'catalogue-client');
      await page.fill('#field-clientSecret', 'catalogue-secret');
      await page.fill('#field-accessToken', entry.token);
      expect(await submitForm(page)).toBe('loaded');
      expect(page.url()).toMatch(/\/edit$/);
      await expect(page.locator('.flash-success').innerText()).resolves.toContain('saved and verified');

      expect(await submitForm(page)).toBe('loaded');
      await expect(page.locator('.flash-success').innerText()).resolves.toBe(
        `Credential "Chromium ${entry.store.name}" updated.`,
      );
      await page.selectOption('#field-status', 'inactive');
      expect(await submitForm(page)).toBe('loaded');
      await expect(page.locator('.flash-success').innerText()).resolves.toContain('updated');
      expect(await page.inputValue('#field-status')).toBe('inactive');
    });
  });
});
