import type { Browser, BrowserContext, Page } from 'playwright-core';

import type { HostProcess } from './host-process.js';

/** A fresh browser context on `host`, signed in through the login form as `user`. */
export async function signedIn(
  chromium: Browser,
  host: HostProcess,
  user: { readonly email: string; readonly password: string },
  viewport: { width: number; height: number },
  javaScriptEnabled = true,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.newContext({ baseURL: host.url, viewport, javaScriptEnabled });
  const page = await context.newPage();
  page.setDefaultTimeout(8_000);
  await page.goto('/admin/login');
  await page.fill('#email', user.email);
  await page.fill('#password', user.password);
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/login')), page.click('button[type=submit]')]);
  return { context, page };
}
