import type { BrowserContext, Page } from 'playwright-core';

import { startSandbox, type Sandbox } from '@pim/bigcommerce-sandbox';
import { launchBrowser } from './support/browser.js';
import { outfittersStore } from './support/outfitters-store.js';
import { screenshotFolder } from './support/screenshots.js';
import { cli, startHostProcess, type HostProcess } from './support/host-process.js';
import { clickToNextPage, submitForm } from './support/form-submit.js';

const ADMIN = { email: 'admin@example.com', password: 'e2e-admin-password' };
const VIEWER = { email: 'viewer@example.com', password: 'e2e-viewer-password' };
const TOKEN = 'tok-e2e-modify-0123456789abcdef';
const READ_TOKEN = 'tok-e2e-readonly-0123456789abcd';
const SECRET = 'client-secret-e2e-0123456789';
const shots = screenshotFolder();
const shot = (name: string) => shots.path(name);

const browser = await launchBrowser();
const describeBrowser = browser === null ? describe.skip : describe;

describeBrowser('the admin in Chromium', () => {
  let sandbox: Sandbox;
  let host: HostProcess;
  let context: BrowserContext;
  let page: Page;
  const visitedHtml: string[] = [];

  beforeAll(async () => {
    sandbox = await startSandbox({
      stores: [outfittersStore('e2e1', 'E2E Outfitters', { modify: TOKEN, readOnly: READ_TOKEN })],
    });
    host = await startHostProcess({ PIM_ADMIN_PASSWORD: ADMIN.password, BIGCOMMERCE_API_ORIGINS: sandbox.origin });
    cli(
      host.env,
      'add-user',
      '--email',
      VIEWER.email,
      '--name',
      'Vera Viewer',
      '--password',
      VIEWER.password,
      '--role',
      'Viewer',
      '--permissions',
      'bigcommerce,bigcommerce.credentials,bigcommerce.credentials.edit',
    );
    context = await browser!.newContext({ baseURL: host.url, viewport: { width: 1280, height: 860 }, locale: 'en-US' });
    page = await context.newPage();
    page.setDefaultTimeout(8_000);
    page.on(
      'load',
      () =>
        void page
          .content()
          .then((html) => visitedHtml.push(html))
          .catch(() => undefined),
    );
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await host?.stop();
    await sandbox?.close();
    shots.done();
  });

  async function signIn(who: { email: string; password: string }): Promise<void> {
    await page.goto('/admin/login');
    await page.fill('#email', who.email);
    await page.fill('#password', who.password);
    await page.click('button[type=submit]');
  }

  async function createViaForm(values: {
    label: string;
    token?: string;
    status?: 'active' | 'inactive';
  }): Promise<void> {
    await page.goto('/admin/bigcommerce/credentials/create');
    await page.fill('#field-label', values.label);
    await page.fill('#field-apiUrl', sandbox.apiUrl('e2e1'));
    await page.fill('#field-clientId', 'client-e2e');
    await page.fill('#field-clientSecret', SECRET);
    await page.fill('#field-accessToken', values.token ?? TOKEN);
    await page.selectOption('#field-status', values.status ?? 'active');
    // Every credential of this test is for the one sandbox store: answer "Save anyway" (what was
    // typed, secrets included, is still in the form).
    const anyway = page.locator('button[name=confirmSameStore]');
    if ((await submitForm(page)) === 'refused' && (await anyway.count()) > 0) await submitForm(page, anyway);
  }

  async function listJson(
    query = '',
  ): Promise<{ records: { label: string; status: boolean; id: number }[]; meta: { total: number } }> {
    const response = await page.request.get(`/admin/bigcommerce/credentials${query}`, {
      headers: { accept: 'application/json' },
    });
    expect(response.status()).toBe(200);
    return response.json();
  }

  const labels = () => page.locator('table.grid tbody tr td:first-child').allInnerTexts();

  it('refuses a wrong password, then signs in and shows the empty list inviting the first credential', async () => {
    await page.goto('/admin/bigcommerce/credentials');
    expect(page.url()).toContain('/admin/login');
    await page.fill('#email', ADMIN.email);
    await page.fill('#password', 'not-the-password');
    await page.click('button[type=submit]');
    await expect(page.locator('.flash-error').innerText()).resolves.toContain('wrong');
    await page.fill('#password', ADMIN.password);
    await page.click('button[type=submit]');
    await page.waitForURL('**/admin/bigcommerce/credentials');
    await expect(page.locator('.empty').innerText()).resolves.toContain('No credentials yet');
    await expect(page.locator('nav.sidebar').innerText()).resolves.toMatch(/BigCommerce[\s\S]*Credentials/);
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'pim_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
  });

  it('shows a failed verification next to its field and stores nothing', async () => {
    await createViaForm({ label: 'Broken', token: 'tok-wrong-token' });
    await expect(page.locator('#field-accessToken-error').innerText()).resolves.toContain('refused this access token');
    // The page stayed put: everything typed is still there, the secrets too (JavaScript kept them).
    expect(page.url()).toMatch(/\/credentials\/create$/);
    expect(await page.inputValue('#field-label')).toBe('Broken');
    expect(await page.inputValue('#field-accessToken')).toBe('tok-wrong-token');
    expect(await page.inputValue('#field-clientSecret')).toBe(SECRET);
    expect((await listJson()).meta.total).toBe(0);
  });

  it('creates a credential against the sandbox, with a busy indicator, and lands on its edit page', async () => {
    sandbox.fault('e2e1', 'store', { kind: 'latency', ms: 1500 }, 1);
    await page.goto('/admin/bigcommerce/credentials/create');
    await page.screenshot({ path: shot('admin-create.png'), fullPage: true });
    await page.fill('#field-label', 'Production Store');
    await page.fill('#field-apiUrl', sandbox.apiUrl('e2e1'));
    await page.fill('#field-clientId', 'client-e2e');
    await page.fill('#field-clientSecret', SECRET);
    await page.fill('#field-accessToken', TOKEN);
    // The indicator lives on the page being left, so watch it from inside that page.
    const busyTexts: string[] = [];
    await page.exposeFunction('reportBusy', (text: string) => busyTexts.push(text));
    await page.evaluate(`new MutationObserver(() => { const b = document.querySelector('.busy'); if (!b.hidden) window.reportBusy(b.innerText); })
      .observe(document.querySelector('.busy'), { attributes: true, subtree: true, childList: true })`);
    await page.click('form[data-busy] button.primary');
    await page.waitForURL(/\/admin\/bigcommerce\/credentials\/\d+\/edit$/);
    expect(busyTexts.join(' ')).toContain('Asking BigCommerce');
    await expect(page.locator('.flash-success').innerText()).resolves.toContain(
      'saved and verified against E2E Outfitters',
    );
    expect(await page.inputValue('#field-accessToken')).toBe('**********');
    expect(await page.inputValue('#field-clientSecret')).toBe('**********');
    await expect(page.locator('[data-details]').innerText()).resolves.toMatch(
      /E2E Outfitters[\s\S]*connected[\s\S]*Products: read and write/,
    );
  });

  it('sets the locale and currency mappings, and keeps the secrets when they are left masked', async () => {
    expect(await page.inputValue('#field-localeMapping-en_US')).toBe('en');
    await page.selectOption('#field-localeMapping-fr_FR', 'fr');
    await page.selectOption('#field-currencyMapping-EUR', 'EUR');
    await page.fill('#field-label', 'Production Store EU');
    expect(await submitForm(page)).toBe('loaded');
    await expect(page.locator('.flash-success').innerText()).resolves.toContain('updated');
    await page.reload();
    expect(await page.inputValue('#field-label')).toBe('Production Store EU');
    expect(await page.inputValue('#field-localeMapping-fr_FR')).toBe('fr');
    expect(await page.inputValue('#field-currencyMapping-EUR')).toBe('EUR');
    await page.screenshot({ path: shot('admin-edit.png'), fullPage: true });

    // The languages are known, so they are chosen from a list; a tampered form still gets a field error.
    await page.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('#field-localeMapping-de_DE')!;
      select.add(new Option('ja', 'ja', true, true));
    });
    expect(await submitForm(page)).toBe('refused');
    await expect(page.locator('#field-localeMapping-de_DE-error').innerText()).resolves.toContain(
      'do not have the language "ja"',
    );
  });

  it('tests the connection with the kept token and shows the store, time and capabilities', async () => {
    const id = /credentials\/(\d+)/.exec(page.url())![1];
    await page.goto(`/admin/bigcommerce/credentials/${id}/edit`);
    sandbox.clearRequests();
    await page.click('button[data-action=verify]');
    await expect(page.locator('.flash-success').innerText()).resolves.toContain('Connected to E2E Outfitters');
    expect(sandbox.requests.some((r) => r.route === 'store' && r.hadToken)).toBe(true);
    await expect(page.locator('[data-details]').innerText()).resolves.toContain('Information & Settings: read');
  });

  it('searches, sorts, filters and paginates the list', async () => {
    for (const [i, name] of ['Alpha Outlet', 'Bravo Shop', 'Charlie Depot'].entries())
      await createViaForm({ label: name, status: i === 1 ? 'inactive' : 'active' });
    for (let i = 0; i < 9; i++) await createViaForm({ label: `Zulu ${i}` });
    await page.goto('/admin/bigcommerce/credentials');
    await page.screenshot({ path: shot('admin-list.png'), fullPage: true });
    await expect(page.locator('.pager').innerText()).resolves.toContain('1–10 of 13');
    await page.click('a[rel=next]');
    expect(await labels()).toEqual(['Zulu 6', 'Zulu 7', 'Zulu 8']);
    await page.selectOption('#per-page', '20');
    await page.waitForURL(/per_page%5D=20/);
    expect(await labels()).toHaveLength(13);

    await page.fill('#grid-search', 'o');
    await page.press('#grid-search', 'Enter');
    await page.waitForURL(/filters%5Ball%5D/);
    expect(await labels()).toEqual(['Alpha Outlet', 'Bravo Shop', 'Charlie Depot', 'Production Store EU']);

    await page.click('th >> text=Label');
    expect(await labels()).toEqual(['Production Store EU', 'Charlie Depot', 'Bravo Shop', 'Alpha Outlet']);

    await page.goto('/admin/bigcommerce/credentials');
    await page.click('summary:has-text("Filter")');
    await page.check('input[name="filters[status][]"][value="0"]');
    await page.click('.filter-panel button.primary');
    expect(await labels()).toEqual(['Bravo Shop']);

    const json = await listJson(
      '?filters[all][]=zulu&sort[column]=label&sort[order]=desc&pagination[page]=1&pagination[per_page]=5',
    );
    expect(json.meta).toMatchObject({
      total: 9,
      per_page: 5,
      current_page: 1,
      last_page: 2,
      per_page_options: [10, 20, 30, 40, 50],
    });
    expect(json.records.map((r) => r.label)).toEqual(['Zulu 8', 'Zulu 7', 'Zulu 6', 'Zulu 5', 'Zulu 4']);
    expect(
      (
        await page.request.get('/admin/bigcommerce/credentials?sort[column]=client_secret_sealed', {
          headers: { accept: 'application/json' },
        })
      ).status(),
    ).toBe(400);
  });

  it('offers only active credentials that can write products in the export job filter', async () => {
    await createViaForm({ label: 'Read Only Store', token: READ_TOKEN });
    await page.goto('/admin/jobs/bigcommerce-jobs.product-export');
    await page.locator('select[data-async-src][data-loaded]').waitFor({ state: 'attached' });
    const offered = await page.locator('select[data-async-src] option[data-dynamic]').allInnerTexts();
    expect(offered).toContain('Alpha Outlet');
    expect(offered).not.toContain('Bravo Shop');
    expect(offered).not.toContain('Read Only Store');
  });

  it('follows the chosen language, right-to-left for Arabic, with no untranslated key', async () => {
    const id = (await listJson('?filters[all][]=Alpha')).records[0]!.id;
    const untranslated = /\b(?:bigcommerce|host)\.[a-z-]+\.[a-z.-]+/;
    for (const [locale, dir, lang, title] of [
      ['ar_AE', 'rtl', 'ar-AE', 'بيانات الاعتماد'],
      ['zh_CN', 'ltr', 'zh-CN', '凭据'],
    ] as const) {
      await page.goto('/admin/bigcommerce/credentials');
      await page.selectOption('#ui-locale', locale);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      expect(await page.getAttribute('html', 'dir')).toBe(dir);
      await expect(page.locator('.topbar h1').innerText()).resolves.toBe(title);
      expect(await page.locator('body').innerText()).not.toMatch(untranslated);
      if (locale === 'ar_AE') await page.screenshot({ path: shot('admin-list-ar_AE.png'), fullPage: true });
      await page.goto(`/admin/bigcommerce/credentials/${id}/edit`);
      expect(await page.getAttribute('html', 'dir')).toBe(dir);
      expect(await page.locator('body').innerText()).not.toMatch(untranslated);
      if (locale === 'ar_AE') {
        // Right-to-left throughout: the sidebar sits on the right, table cells start on the right.
        const sidebar = await page.locator('nav.sidebar').boundingBox();
        expect(sidebar!.x).toBeGreaterThan(600);
        expect(
          await page
            .locator('table.mapping th')
            .first()
            .evaluate((el) => getComputedStyle(el).textAlign),
        ).toBe('start');
        await page.screenshot({ path: shot('admin-edit-ar_AE.png'), fullPage: true });
      }
    }
    await page.selectOption('#ui-locale', 'en_US');
    await page.waitForFunction(() => document.documentElement.lang === 'en-US');

    // Before choosing, the browser's language decides.
    const german = await browser!.newContext({ baseURL: host.url, locale: 'de-DE' });
    const login = await german.newPage();
    await login.goto('/admin/login');
    await expect(login.locator('h1').innerText()).resolves.toBe('Anmelden');
    await german.close();
  });

  it('deletes a credential after confirming', async () => {
    await page.goto('/admin/bigcommerce/credentials?filters[all][]=Charlie');
    await page.click('button.icon-delete');
    await page.locator('#confirm-dialog').waitFor({ state: 'visible' });
    await expect(page.locator('#confirm-dialog').innerText()).resolves.toContain(
      'Delete the credential "Charlie Depot"? Products and categories already on BigCommerce stay there',
    );
    await page.click('#confirm-dialog button[value=cancel]');
    expect((await listJson('?filters[all][]=Charlie')).meta.total).toBe(1);
    await page.click('button.icon-delete');
    await clickToNextPage(page, '#confirm-dialog button[value=confirm]');
    await expect(page.locator('.flash-success').innerText()).resolves.toContain('Nothing was changed on BigCommerce');
    expect((await listJson('?filters[all][]=Charlie')).meta.total).toBe(0);
  });

  it('hides the delete action from a restricted role and answers 403 to its delete request', async () => {
    const id = (await listJson('?filters[all][]=Alpha')).records[0]!.id;
    await page.click('button.link:has-text("Sign out")');
    await signIn(VIEWER);
    await page.waitForURL('**/admin/bigcommerce/credentials');
    expect(await page.locator('a.icon-edit').count()).toBeGreaterThan(0);
    expect(await page.locator('button.icon-delete').count()).toBe(0);
    expect(await page.locator('a.button.primary:has-text("Create Credential")').count()).toBe(0);
    const csrf = await page.locator('input[name=_csrf]').first().inputValue();
    const response = await page.request.delete(`/admin/bigcommerce/credentials/${id}`, {
      headers: { 'x-csrf-token': csrf, accept: 'application/json' },
    });
    expect(response.status()).toBe(403);
    expect((await page.request.get('/admin/bigcommerce/credentials/create')).status()).toBe(403);
    const noCsrf = await page.request.put(`/admin/bigcommerce/credentials/${id}`, {
      form: { version: '1', label: 'Hijacked' },
      headers: { accept: 'application/json' },
    });
    expect(noCsrf.status()).toBe(403);
  });

  it('never puts a secret in the HTML of any page it visited', () => {
    expect(visitedHtml.length).toBeGreaterThan(15);
    for (const html of visitedHtml) {
      expect(html).not.toContain(TOKEN);
      expect(html).not.toContain(READ_TOKEN);
      expect(html).not.toContain(SECRET);
    }
    expect(host.output()).not.toContain(TOKEN);
  });
});
