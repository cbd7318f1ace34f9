// axe-core finds no serious or critical violations, in both themes, on desktop and phone, with
// the table view and the custom range dialog open; and the strict CSP is never violated.
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard } from './lib/app.js';
import { chartReady, launch, VIEWPORTS } from './lib/browser.js';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } }
    ).axe;
    const r = await axe.run({ resultTypes: ['violations'] });
    return r.violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

describe('accessibility', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const scheme of ['dark', 'light'] as const) {
    it(`has no serious or critical axe violations (${scheme})`, async () => {
      const { page, problems, context } = await openDashboard(browser, '/', {
        colorScheme: scheme,
      });
      expect(await seriousViolations(page)).toEqual([]);
      const panel = page.locator('[data-chart="over-time"]');
      await panel.getByRole('button', { name: 'Table' }).click();
      await panel.getByRole('table').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Custom…' }).click();
      await page.getByRole('dialog').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('has no serious or critical axe violations on a phone', async () => {
    const { page, problems, context } = await openDashboard(browser, '/', {
      viewport: VIEWPORTS.phone,
      colorScheme: 'light',
    });
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('gives every chart an accessible description', async () => {
    const { page, context } = await openDashboard(browser);
    for (const chart of ['over-time', 'monthly', 'utilization', 'stacked']) {
      await chartReady(page, chart);
    }
    const labels = await page
      .locator('.echart')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(labels.length).toBeGreaterThanOrEqual(4);
    for (const l of labels) expect(l.length).toBeGreaterThan(20);
    await context.close();
  });
});
