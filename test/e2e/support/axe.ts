import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG 2.0 and 2.1 success criteria of levels A and AA, as axe-core tags them. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One violation as a test reports it: the rule, its impact and the elements that break it. */
export interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly targets: readonly string[];
}

/**
 * axe-core's WCAG 2.1 AA audit of the page as it is now. The audit is evaluated through the
 * browser's debugging protocol, so the page's Content-Security-Policy stays as strict as served.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const result = await page.evaluate(
    (tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_AA,
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}
