import type { Locator, Page } from 'playwright-core';

/**
 * Clicks a submit button of an admin form and waits for what follows: the next page when the
 * save went through (the fetch path and the Post/Redirect/Get path both end in a page load), or,
 * when the server refused it (a 4xx answer to the fetch), the errors drawn in the page as it is.
 * Answers which of the two happened.
 */
export async function submitForm(page: Page, button?: Locator): Promise<'loaded' | 'refused'> {
  const loaded = page.waitForEvent('load').then(() => 'loaded' as const);
  const refused = page
    .waitForResponse((r) => r.request().method() === 'POST' && r.status() >= 400)
    .then(() => 'refused' as const);
  loaded.catch(() => undefined);
  refused.catch(() => undefined);
  await (button ?? page.locator('form[data-fetch] button.primary')).click();
  const outcome = await Promise.race([loaded, refused]);
  // The script re-enables the buttons once it has drawn the errors.
  if (outcome === 'refused') await page.locator('form[data-fetch] button.primary:enabled').waitFor();
  return outcome;
}

/** Clicks something that leaves the page (a plain form post, a link) and waits for the next page's load. */
export async function clickToNextPage(page: Page, target: Locator | string): Promise<void> {
  const loaded = page.waitForEvent('load');
  await (typeof target === 'string' ? page.locator(target) : target).click();
  await loaded;
}
