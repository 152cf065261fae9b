import type { BrowserContext, Page } from 'playwright-core';

import { showcaseStore, startSandbox, type Sandbox } from '@pim/bigcommerce-sandbox';
import { launchBrowser } from './support/browser.js';
import { screenshotFolder } from './support/screenshots.js';
import { startHostProcess, type HostProcess } from './support/host-process.js';
import { clickToNextPage, submitForm } from './support/form-submit.js';

const ADMIN = { email: 'admin@example.com', password: 'storefronts-admin-password' };
/** The demo's store: three storefronts to choose (one being set up), an inactive outlet, a marketplace. */
const STORE = showcaseStore('harbor1', 'Harbor Goods');
const shots = screenshotFolder();

const browser = await launchBrowser();
const describeBrowser = browser === null ? describe.skip : describe;

describeBrowser('storefronts and the Last check column in Chromium', () => {
  let sandbox: Sandbox;
  let host: HostProcess;
  let context: BrowserContext;
  let page: Page;
  let editUrl: string;

  beforeAll(async () => {
    sandbox = await startSandbox({ stores: [STORE] });
    host = await startHostProcess({ PIM_ADMIN_PASSWORD: ADMIN.password, BIGCOMMERCE_API_ORIGINS: sandbox.origin });
    context = await browser!.newContext({ baseURL: host.url, viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    page = await context.newPage();
    page.setDefaultTimeout(8_000);
    await page.goto('/admin/login');
    await page.fill('#email', ADMIN.email);
    await page.fill('#password', ADMIN.password);
    await Promise.all([page.waitForURL('**/admin/**'), page.click('button[type=submit]')]);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await host?.stop();
    await sandbox?.close();
    shots.done();
  });

  const uiLocale = async (locale: string, lang: string) => {
    await page.selectOption('#ui-locale', locale);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  };

  it('guides the scopes on the create page, then offers every storefront of the store to choose', async () => {
    await page.goto('/admin/bigcommerce/credentials/create');
    const guide = page.locator('.notice-info');
    await expect(guide.innerText()).resolves.toContain('Channel Settings: Read-only, to choose storefronts');
    expect(await guide.locator('li').count()).toBe(5);
    await expect(guide.innerText()).resolves.toContain('BigCommerce does not check the client id or the client secret');
    const help = guide.locator('a');
    expect(await help.getAttribute('href')).toBe('https://support.bigcommerce.com/s/article/Store-API-Accounts');
    expect(await help.getAttribute('target')).toBe('_blank');
    expect(await help.getAttribute('rel')).toBe('noopener noreferrer');

    await page.fill('#field-label', 'Harbor exports');
    await page.fill('#field-apiUrl', sandbox.apiUrl(STORE.hash));
    await page.fill('#field-clientId', 'client-harbor');
    await page.fill('#field-clientSecret', 'client-secret-harbor');
    await page.fill('#field-accessToken', STORE.tokens[0]!.token);
    expect(await submitForm(page)).toBe('loaded');
    expect(page.url()).toMatch(/\/edit$/);
    editUrl = page.url();

    const storefronts = page.locator('fieldset#field-channelIds');
    await expect(storefronts.locator('legend').innerText()).resolves.toBe('Storefronts this credential serves');
    expect(await storefronts.locator('.choice label').allInnerTexts()).toEqual([
      'Harbor Goods',
      'Harbor Goods Europe',
      'Harbor Goods UK',
      'Harbor Goods Outlet',
    ]);
    expect(await page.isChecked('#field-channelIds-1')).toBe(true);
    // The outlet is inactive, down for maintenance: it can still be served, and says so.
    expect(await page.isDisabled('#field-channelIds-4')).toBe(false);
    await expect(storefronts.locator('.choice').nth(3).innerText()).resolves.toContain('down for maintenance');
    // One storefront: its languages, without naming storefronts.
    expect(await page.locator('#field-localeMapping-de_DE option').allInnerTexts()).toEqual([
      '— not mapped —',
      'en ★',
      'fr',
    ]);
  });

  it('serves a second storefront: its languages and currencies are offered, each naming the storefronts that have it', async () => {
    await page.goto(editUrl);
    await page.check('#field-channelIds-2');
    expect(await submitForm(page)).toBe('loaded');
    await expect(page.locator('.flash-success').innerText()).resolves.toContain('updated');
    expect(await page.isChecked('#field-channelIds-2')).toBe(true);
    expect(await page.locator('#field-localeMapping-de_DE option').allInnerTexts()).toEqual([
      '— not mapped —',
      'de ★ · Harbor Goods Europe',
      'en ★ · Harbor Goods, Harbor Goods Europe',
      'fr · Harbor Goods, Harbor Goods Europe',
    ]);
    await page.selectOption('#field-localeMapping-de_DE', 'de');
    await page.selectOption('#field-currencyMapping-GBP', 'GBP');
    expect(await submitForm(page)).toBe('loaded');
    expect(await page.inputValue('#field-localeMapping-de_DE')).toBe('de');
    expect(await page.inputValue('#field-currencyMapping-GBP')).toBe('GBP');
    await page.screenshot({ path: shots.path('admin-edit-storefronts.png'), fullPage: true });

    // Unticking every storefront is refused on the field, and nothing changes.
    await page.uncheck('#field-channelIds-1');
    await page.uncheck('#field-channelIds-2');
    expect(await submitForm(page)).toBe('refused');
    await expect(page.locator('#field-channelIds-error').innerText()).resolves.toBe('Choose at least one storefront.');
  });

  it('shows the last check in the list, red when it failed, and filters on it', async () => {
    await page.goto('/admin/bigcommerce/credentials');
    const header = page.locator('table.grid thead th').nth(3);
    await expect(header.innerText()).resolves.toBe('Last check');
    await expect(page.locator('table.grid tbody td:nth-child(4) .tone-ok').innerText()).resolves.toMatch(
      /^Connected · /,
    );

    // The token is revoked in BigCommerce; Test connection finds out.
    sandbox.addStore({ ...STORE, tokens: [] });
    await page.goto(editUrl);
    await clickToNextPage(page, 'button[data-action=verify]');
    await expect(page.locator('.flash-error').innerText()).resolves.toContain('refused this access token');
    await expect(page.locator('[data-details]').innerText()).resolves.toMatch(/failed \(Token revoked or mistyped\)/);

    await page.goto('/admin/bigcommerce/credentials');
    await expect(page.locator('table.grid tbody td:nth-child(4) .tone-error').innerText()).resolves.toMatch(
      /^Token revoked or mistyped · /,
    );
    await page.click('details.filters summary');
    await page.check('.filter-panel input[name="filters[lastCheck][]"][value=ok]');
    await clickToNextPage(page, '.filter-panel button.primary');
    await expect(page.locator('.empty').innerText()).resolves.toContain('Nothing matches this search or filter.');
    await page.click('details.filters summary');
    await page.uncheck('.filter-panel input[name="filters[lastCheck][]"][value=ok]');
    await page.check('.filter-panel input[name="filters[lastCheck][]"][value=failed]');
    await clickToNextPage(page, '.filter-panel button.primary');
    expect(await page.locator('table.grid tbody tr').count()).toBe(1);
    expect(new URL(page.url()).searchParams.getAll('filters[lastCheck][]')).toEqual(['failed']);
    await page.screenshot({ path: shots.path('admin-list-last-check.png'), fullPage: true });
    sandbox.addStore(STORE);
  });

  it('reads the same in Arabic, right to left: the storefronts, the Last check column and its outcome', async () => {
    await page.goto('/admin/bigcommerce/credentials');
    await uiLocale('ar_AE', 'ar-AE');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await expect(page.locator('table.grid thead th').nth(3).innerText()).resolves.toBe('آخر فحص');
    await expect(page.locator('table.grid tbody td:nth-child(4)').innerText()).resolves.toMatch(
      /^الرمز مُلغى أو مكتوب خطأً · /,
    );
    await page.goto(editUrl);
    await expect(page.locator('fieldset#field-channelIds legend').innerText()).resolves.toBe(
      'واجهات المتجر التي تخدمها بيانات الاعتماد هذه',
    );
    await expect(page.locator('#field-channelIds .choice').nth(3).locator('.hint').innerText()).resolves.toBe(
      'غير نشطة: في صيانة، ولا يزال بالإمكان إسناد المنتجات إليها',
    );
    expect(await page.content()).not.toMatch(/bigcommerce\.[a-z-]+\.[a-z-]+/);
    await page.screenshot({ path: shots.path('admin-edit-storefronts-ar.png'), fullPage: true });
    await uiLocale('en_US', 'en-US');
  });
});
