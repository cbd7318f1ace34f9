// The analytics panels: the forecast with its limit line (drawn, and in the table view), the plan
// panel's plans side by side, and the heatmaps.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard } from './lib/app.js';
import { chartReady, launch } from './lib/browser.js';

async function svgOf(page: Page, chart: string): Promise<string> {
  const panel = page.locator(`[data-chart="${chart}"]`);
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 20_000 }),
    panel.getByRole('button', { name: /as SVG/ }).click(),
  ]);
  return (await readFile((await dl.path())!)).toString('utf8');
}

describe('analytics panels', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('draws the forecast with its limit line, says the projection and has a table', async () => {
    const { page, problems, context } = await openDashboard(browser);
    await chartReady(page, 'forecast', 30_000);
    const panel = page.locator('[data-chart="forecast"]');
    expect(await panel.getByTestId('forecast-total').textContent()).toMatch(
      /Projected (total|level) [\d,.]+ \S+ \(80%: [\d,.]+ \S+( – [\d,.]+ \S+)?\)/,
    );
    const summary = (await panel.locator('.chart-summary').textContent()) ?? '';
    expect(summary).toMatch(/so far .* Projected/);
    expect(summary).toMatch(/limit/i);
    // The drawn chart: the limit line's label and the projection (its SVG rendering, same option).
    const svg = await svgOf(page, 'forecast');
    expect(svg).toMatch(/Limit [\d,.]+/);
    expect(svg).toContain('stroke-dasharray');
    // Another metric can be chosen.
    const select = panel.getByRole('combobox', { name: 'Metric' });
    const options = await select.locator('option').allTextContents();
    expect(options.length).toBeGreaterThan(1);
    await select.selectOption({ label: options[1]! });
    await chartReady(page, 'forecast');
    expect(await panel.locator('.chart-summary').textContent()).toContain(options[1]!);
    // The table view: a row per day of the billing period, with the limit.
    await panel.getByRole('button', { name: 'Table' }).click();
    const table = panel.getByRole('table');
    await table.waitFor();
    const head = await table.locator('thead th').allTextContents();
    expect(head).toEqual(expect.arrayContaining(['Day', 'Limit', '80% low', '80% high']));
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(28);
    expect(await table.locator('tbody tr').last().locator('td').last().textContent()).toMatch(/\d/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lists every plan with its expected cost, the recommendation and the efficiency score', async () => {
    const { page, problems, context } = await openDashboard(browser);
    await chartReady(page, 'plan', 30_000);
    const panel = page.locator('[data-chart="plan"]');
    await expect.poll(() => panel.locator('.plan-facts dd').count()).toBeGreaterThanOrEqual(3);
    expect(await panel.locator('.plan-facts').textContent()).toMatch(/Current plan.+Recommended/);
    expect(await panel.locator('.efficiency .score').textContent()).toMatch(/^\d{1,3}$/);
    expect(await panel.locator('.score-parts li').count()).toBeGreaterThanOrEqual(2);
    await panel.getByRole('button', { name: 'Table' }).click();
    const names = await panel.locator('tbody th[scope="row"]').allTextContents();
    for (const plan of ['Free', 'Starter', 'Pro', 'Business', 'Enterprise']) {
      expect(names.some((n) => n.startsWith(plan))).toBe(true);
    }
    expect(names.filter((n) => n.includes('(current)'))).toHaveLength(1);
    expect(await panel.locator('tbody').textContent()).toMatch(/\$\d/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('draws the weekday x hour and the calendar heatmaps', async () => {
    const { page, problems, context } = await openDashboard(browser);
    for (const chart of ['weekday-hour', 'calendar']) {
      await chartReady(page, chart, 30_000);
      const panel = page.locator(`[data-chart="${chart}"]`);
      expect((await panel.locator('.chart-summary').textContent())!.length).toBeGreaterThan(30);
    }
    // Cells coloured by value on the metric's ramp (not ECharts' default single colour).
    const svg = await svgOf(page, 'weekday-hour');
    const fills = new Set([...svg.matchAll(/fill="([^"]+)"/g)].map((m) => m[1]));
    expect(fills.size).toBeGreaterThan(10);
    expect(svg).not.toContain('#5470c6');
    const heat = page.locator('[data-chart="weekday-hour"]');
    await heat.getByRole('button', { name: 'Table' }).click();
    expect(await heat.locator('tbody tr').count()).toBe(24);
    expect(problems).toEqual([]);
    await context.close();
  });
});
