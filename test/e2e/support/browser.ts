import { existsSync } from 'node:fs';

import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Debian's Chromium driven by playwright-core; null (with a loud warning) when absent outside CI. */
export async function launchBrowser(): Promise<Browser | null> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI === 'true')
      throw new Error(`CI=true and Chromium is missing at ${CHROMIUM}: install it with apt-get install -y chromium.`);
    console.warn(
      `\n!!! CHROMIUM NOT FOUND AT ${CHROMIUM}: THE BROWSER TESTS ARE SKIPPED. apt-get install -y chromium !!!\n`,
    );
    return null;
  }
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}
