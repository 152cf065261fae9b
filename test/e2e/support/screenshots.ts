import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where a browser test writes its screenshots: a temporary folder, removed by `done`, unless
 * SCREENSHOTS_DIR names one (`npm run screenshots` points it at docs/ to refresh the README's).
 */
export function screenshotFolder(): { path(name: string): string; done(): void } {
  const kept = process.env.SCREENSHOTS_DIR;
  const dir = kept ? resolve(kept) : mkdtempSync(join(tmpdir(), 'pim-shots-'));
  mkdirSync(dir, { recursive: true });
  return {
    path: (name) => join(dir, name),
    done: () => {
      if (!kept) rmSync(dir, { recursive: true, force: true });
    },
  };
}
