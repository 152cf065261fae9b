import type { BrowserContext, Page } from 'playwright-core';

import { sandboxStore, startSandbox, type Sandbox } from '@pim/bigcommerce-sandbox';
import { axeViolations } from './support/axe.js';
import { launchBrowser } from './support/browser.js';
import { clickToNextPage, submitForm } from './support/form-submit.js';
import { startHostProcess, type HostProcess } from './support/host-process.js';
import { screenshotFolder } from './support/screenshots.js';
import { signedIn } from './support/signed-in.js';
import { wordsOf } from './support/words.js';

const ADMIN = { email: 'admin@example.com', password: 'jobs-admin-password' };
const TOKEN = 'tok-jobs-modify-0123456789abcdef';
const READ_TOKEN = 'tok-jobs-readonly-0123456789abc';
const SMALL_TOKEN = 'tok-jobs-small-0123456789abcdef';
const EXPORT = '/admin/jobs/bigcommerce-jobs.product-export';
const IMPORT = '/admin/jobs/bigcommerce-jobs.product-import';
const shots = screenshotFolder();

/** Two storefronts: Harbor US (USD, EUR; en, fr) and Harbor Europe (EUR; fr). */
const harbor = (hash: string) =>
  sandboxStore({
    hash,
    name: 'Harbor Goods',
    tokens: [
      { token: TOKEN, information: 'read', products: 'modify', channels: 'read' },
      { token: READ_TOKEN, information: 'read', products: 'read', channels: 'read' },
    ],
    currencies: [
      { code: 'USD', name: 'US Dollar', enabled: true, isDefault: true, transactional: true },
      { code: 'EUR', name: 'Euro', enabled: true, isDefault: false, transactional: true },
    ],
    graphqlLocales: [
      { code: 'en', status: 'ACTIVE', isDefault: true },
      { code: 'fr', status: 'ACTIVE', isDefault: false },
    ],
    channels: [
      {
        id: 1,
        name: 'Harbor US',
        type: 'storefront',
        status: 'active',
        currencies: ['USD', 'EUR'],
        defaultCurrency: 'USD',
        locales: [
          { code: 'en', status: 'ACTIVE', isDefault: true },
          { code: 'fr', status: 'ACTIVE', isDefault: false },
        ],
      },
      {
        id: 2,
        name: 'Harbor Europe',
        type: 'storefront',
        status: 'active',
        currencies: ['EUR'],
        defaultCurrency: 'EUR',
        locales: [{ code: 'fr', status: 'ACTIVE', isDefault: true }],
      },
    ],
  });

const browser = await launchBrowser();
const describeBrowser = browser === null ? describe.skip : describe;

/** Jobs that use the credential, as a merchant sets one up and checks it before a night run. */
describeBrowser.each([
  ['en_US', 'en-US'],
  ['ar_AE', 'ar-AE'],
] as const)('export and import jobs, in %s', (locale, lang) => {
  const w = wordsOf(locale);
  const hash = `jobs${locale === 'en_US' ? 'en' : 'ar'}1`;
  const smallHash = `${hash}small`;
  let sandbox: Sandbox;
  let host: HostProcess;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    sandbox = await startSandbox({
      stores: [
        harbor(hash),
        sandboxStore({
          hash: smallHash,
          name: 'Small Supplies',
          tokens: [{ token: SMALL_TOKEN, information: 'read', products: 'modify', channels: 'read' }],
        }),
      ],
    });
    host = await startHostProcess({ PIM_ADMIN_PASSWORD: ADMIN.password, BIGCOMMERCE_API_ORIGINS: sandbox.origin });
    ({ context, page } = await signedIn(browser!, host, ADMIN, { width: 1280, height: 900 }));
    await page.goto('/admin/bigcommerce/credentials');
    await page.selectOption('#ui-locale', locale);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  });

  afterAll(async () => {
    await context?.close();
    await host?.stop();
    await sandbox?.close();
  });

  /** A credential created through the create form (saving anyway when its store already has one); its id. */
  async function create(label: string, token: string, storeHash = hash): Promise<string> {
    await page.goto('/admin/bigcommerce/credentials/create');
    await page.fill('#field-label', label);
    await page.fill('#field-apiUrl', sandbox.apiUrl(storeHash));
    await page.fill('#field-clientId', 'client-jobs');
    await page.fill('#field-clientSecret', 'client-secret-jobs');
    await page.fill('#field-accessToken', token);
    if ((await submitForm(page)) === 'refused') await submitForm(page, page.locator('button[name=confirmSameStore]'));
    return /credentials\/(\d+)\/edit$/.exec(page.url())![1]!;
  }

  /** Changes a credential on its edit page and updates it. */
  async function edit(id: string, change: (p: Page) => Promise<void>): Promise<void> {
    await page.goto(`/admin/bigcommerce/credentials/${id}/edit`);
    await change(page);
    expect(await submitForm(page)).toBe('loaded');
  }

  /** Chooses a credential in the job's select; resolves when the choices depending on it are listed. */
  async function chooseCredential(label: string): Promise<void> {
    await page.locator('#job-credentials[data-loaded]').waitFor({ state: 'attached' });
    const listed = page.waitForResponse((r) => r.url().includes('/bigcommerce-jobs/currencies/options'));
    await page.selectOption('#job-credentials', { label });
    await listed;
    await page.waitForFunction(() =>
      ['storefronts', 'locales', 'currencies'].every((f) => document.querySelector(`#job-${f}[data-loaded]`) !== null),
    );
    await page.evaluate(() =>
      document.querySelectorAll('fieldset[data-loaded]').forEach((f) => f.removeAttribute('data-loaded')),
    );
  }

  const labelsOf = (field: string) => page.locator(`#job-${field} .choice label`).allInnerTexts();

  /** Runs "Check this job" and answers each finding's label, status and text, and the tables' rows. */
  async function checkJob(): Promise<{ summary: string; lines: string[][]; tables: string[][][] }> {
    await clickToNextPage(page, `form[action$="/check"] button`);
    return {
      summary: await page.locator('.job-check [role=status]').innerText(),
      lines: await page
        .locator('.check-line')
        .evaluateAll((lines) =>
          lines.map((l) => [
            l.className.replace('check-line check-', ''),
            l.querySelector('.check-label')?.textContent ?? '',
            l.querySelector('.check-text')?.textContent ?? '',
          ]),
        ),
      tables: await page
        .locator('.check-table')
        .evaluateAll((tables) =>
          tables.map((t) =>
            [...t.querySelectorAll('tbody tr')].map((r) =>
              [...r.querySelectorAll('td')].map((c) => c.textContent ?? ''),
            ),
          ),
        ),
    };
  }

  it('offers only the chosen credential’s storefronts, languages and currencies, and saves and reloads them', async () => {
    const harborId = await create(`Harbor ${locale}`, TOKEN);
    await edit(harborId, (p) => p.check('#field-channelIds-2'));
    await create(`Small ${locale}`, SMALL_TOKEN, smallHash);

    await page.goto(EXPORT);
    await chooseCredential(`Small ${locale}`);
    expect(await labelsOf('storefronts')).toEqual(['Small Supplies']);
    await chooseCredential(`Harbor ${locale}`);
    expect(await labelsOf('storefronts')).toEqual(['Harbor US', 'Harbor Europe']);
    expect(await labelsOf('locales')).toEqual(['en_US', 'fr_FR', 'de_DE']);
    expect(await page.locator('#job-locales .choice .hint').allInnerTexts()).toEqual([
      w('bigcommerce-jobs.option.becomes-mapping', { code: 'en' }),
      w('bigcommerce-jobs.option.becomes-mapping', { code: 'fr' }),
      w('bigcommerce-jobs.option.becomes-default', { code: 'en' }),
    ]);
    expect(await labelsOf('currencies')).toEqual(['USD', 'EUR', 'GBP']);

    await page.check('#job-storefronts-2');
    await page.check('#job-locales-fr_FR');
    await page.check('#job-locales-de_DE');
    await page.check('#job-currencies-EUR');
    await page.selectOption('#job-productStatus', 'all');
    await clickToNextPage(page, 'form[action$="product-export"] button.primary');
    await expect(page.locator('.flash-success').innerText()).resolves.toBe(w('host.jobs.saved'));

    await page.reload();
    expect(await page.locator('#job-credentials option:checked').innerText()).toBe(`Harbor ${locale}`);
    const ticked = await page.locator('input[type=checkbox]:checked').evaluateAll((boxes) => boxes.map((b) => b.id));
    expect(ticked).toEqual(['job-storefronts-2', 'job-locales-fr_FR', 'job-locales-de_DE', 'job-currencies-EUR']);
    expect(await page.inputValue('#job-productStatus')).toBe('all');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('checks the job as a run would: the storefronts, and what each locale and currency becomes', async () => {
    await page.goto(EXPORT);
    const report = await checkJob();
    expect(report.summary).toBe(w('bigcommerce-jobs.check.ok'));
    expect(report.lines.map(([status]) => status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(report.lines[0]![1]).toBe(w('bigcommerce-jobs.check.label-credential'));
    expect(report.tables).toEqual([
      [
        ['fr_FR', 'fr', w('bigcommerce-jobs.check.from-mapping')],
        ['de_DE', 'en', w('bigcommerce-jobs.check.from-default')],
      ],
      [['EUR', 'EUR', w('bigcommerce-jobs.check.from-mapping')]],
    ]);
    expect(await page.locator('.check-line').nth(3).locator('li').allInnerTexts()).toEqual(['Harbor Europe (#2)']);
    expect(await axeViolations(page)).toEqual([]);
    if (locale === 'en_US') await page.screenshot({ path: shots.path('admin-job-check.png'), fullPage: true });
  });

  it('fails the export and passes the import of a credential whose token became read-only', async () => {
    const id = /value="(\d+)"/.exec(
      await page.locator('#job-credentials option:checked').evaluate((o) => o.outerHTML),
    )![1]!;
    await edit(id, (p) => p.fill('#field-accessToken', READ_TOKEN));
    await page.goto(EXPORT);
    const exported = await checkJob();
    expect(exported.summary).toBe(w('bigcommerce-jobs.check.failed'));
    expect(exported.lines[1]).toEqual([
      'error',
      w('bigcommerce-jobs.check.label-access'),
      w('bigcommerce-jobs.check.access-missing-modify'),
    ]);

    await page.goto(IMPORT);
    await page.locator('#job-credentials[data-loaded]').waitFor({ state: 'attached' });
    await page.selectOption('#job-credentials', { label: `Harbor ${locale}` });
    await clickToNextPage(page, 'form[action$="product-import"] button.primary');
    const imported = await checkJob();
    expect(imported.summary).toBe(w('bigcommerce-jobs.check.ok'));
    expect(imported.lines.map(([status]) => status)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('names in words why a deactivated or deleted credential cannot be used', async () => {
    const id = /value="(\d+)"/.exec(
      await page.locator('#job-credentials option:checked').evaluate((o) => o.outerHTML),
    )![1]!;
    await edit(id, async (p) => void (await p.selectOption('#field-status', 'inactive')));
    await page.goto(IMPORT);
    const inactive = await checkJob();
    expect(inactive.lines).toEqual([
      ['error', w('bigcommerce-jobs.check.label-credential'), w('bigcommerce.provider.credential-inactive', { id })],
      ['error', w('bigcommerce-jobs.check.label-live'), w('bigcommerce-jobs.check.live-skipped')],
    ]);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`/admin/bigcommerce/credentials?filters[all][]=${encodeURIComponent(`Harbor ${locale}`)}`);
    await page.click('button.icon-delete');
    await clickToNextPage(page, page.locator('#confirm-dialog button[value=confirm]'));
    await page.goto(IMPORT);
    const deleted = await checkJob();
    expect(deleted.lines[0]).toEqual([
      'error',
      w('bigcommerce-jobs.check.label-credential'),
      w('bigcommerce.provider.credential-missing', { id }),
    ]);
  });
});

afterAll(async () => {
  await browser?.close();
  shots.done();
});
