// What the cabinet's browser journeys need beside the browser (@kabinet/dev's launchChromium): screenshots saved
// as test artifacts, axe-core's accessibility check on each page, and amounts written as the cabinet must.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Where screenshots go: CI keeps the folder as the run's artifacts. */
export const SCREENSHOTS = join(__dirname, '..', 'artifacts', 'screenshots');

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it is now (WCAG 2.1 A and AA rules). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through DevTools, not a script tag: the page's policy allows no inline script.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: (o: unknown) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const result = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations as AxeViolation[];
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * How the cabinet must write an amount ("1234.5" → "1 234,50 ₽", non-breaking spaces, a true minus sign):
 * written here from the rule, not taken from the app, so the test holds the app to it.
 */
export function asRoubles(amount: string): string {
  const [whole, fraction = ''] = amount.replace(/^-/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${amount.startsWith('-') ? '−' : ''}${grouped},${fraction.padEnd(2, '0')}\u00a0₽`;
}

/** A Money amount plus some kopecks, as the graph writes amounts ("-12.50" + 100 → "-11.50"). */
export function plusKopecks(amount: string, kopecks: bigint): string {
  const total = BigInt(amount.replace('.', '')) + kopecks;
  const digits = (total < 0n ? -total : total).toString().padStart(3, '0');
  return `${total < 0n ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
