// The comparison panels (issue 17 §3) over the demo's history (four months in these runs): year
// over year says the history does not reach back, month over month and the weekly trend draw with
// their summaries, tables and exports, seasonality says how many complete months there are, and
// the panels follow the range.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard } from './lib/app.js';
import { chartReady, launch } from './lib/browser.js';

async function download(page: Page, click: () => Promise<void>) {
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), click()]);
  return { name: dl.suggestedFilename(), bytes: await readFile((await dl.path())!) };
}

describe('comparison panels', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows month over month and the weekly trend with summary, table and PNG/SVG export', async () => {
    const { page, problems, context } = await openDashboard(browser, '/?period=3m&groupBy=week');
    for (const chart of ['month-over-month', 'weekly-trend', 'year-over-year']) {
      await chartReady(page, chart, 60_000);
      const panel = page.locator(`[data-chart="${chart}"]`);
      const summary = (await panel.locator('.chart-summary').textContent()) ?? '';
      expect(summary, chart).toMatch(/^Sessions/);
      const png = await download(page, () => panel.getByRole('button', { name: /as PNG/ }).click());
      expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      const svg = await download(page, () => panel.getByRole('button', { name: /as SVG/ }).click());
      expect(svg.bytes.toString('utf8')).toContain('<path');
      await panel.getByRole('button', { name: 'Table' }).click();
      const table = panel.getByRole('table');
      await table.waitFor();
      expect(await table.locator('tbody tr').count(), chart).toBeGreaterThan(1);
      await panel.getByRole('button', { name: 'Table' }).click();
    }
    const mom = page.locator('[data-chart="month-over-month"]');
    expect(await mom.locator('.chart-summary').textContent()).toMatch(
      // The month so far, or on a month's first hours (no usage yet in it) the last complete one.
      /month over month: \w+ \d{4} [\d,]+ sessions?, [+−]?[\d.]+% on \w+ \d{4}; (this month so far|(rising|falling|steady) over \d+ complete months)/,
    );
    const weekly = page.locator('[data-chart="weekly-trend"]');
    expect(await weekly.locator('.chart-summary').textContent()).toMatch(
      /per week: (rising|falling|steady) over the last \d+ complete weeks/,
    );
    // Four months of history: no year back, and seasonality counts the complete months.
    const yoy = page.locator('[data-chart="year-over-year"]');
    expect(await yoy.locator('.chart-summary').textContent()).toMatch(
      /no year-over-year comparison, the history does not reach a year back \(your history starts \d+ \w+ \d{4}\)/,
    );
    expect(await yoy.getByTestId('annual-totals').textContent()).toMatch(/Annual totals/);
    const seasonal = page.locator('[data-chart="seasonal"]');
    expect(await seasonal.getByTestId('not-enough-history').textContent()).toMatch(
      /seasonal variation needs 12 complete months of history; there (is|are) \d/,
    );
    // Another metric.
    await mom.getByRole('combobox', { name: 'Metric' }).selectOption({ label: 'Audio minutes' });
    await page.waitForFunction(() =>
      document
        .querySelector('[data-chart="month-over-month"] .chart-summary')
        ?.textContent?.startsWith('Audio minutes'),
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('follows the range: the year-over-year table has a row per day of a 7-day range', async () => {
    const { page, problems, context } = await openDashboard(browser, '/?period=7d&groupBy=day');
    await chartReady(page, 'year-over-year', 60_000);
    const panel = page.locator('[data-chart="year-over-year"]');
    await panel.getByRole('button', { name: 'Table' }).click();
    const rows = panel.getByRole('table').locator('tbody tr');
    await rows.first().waitFor();
    // Today is left out until it is complete: six days.
    expect(await rows.count()).toBe(6);
    // The period is the row's header (th); then this range, a year earlier, the change.
    const cells = rows.first().locator('td');
    expect(await cells.nth(1).textContent()).toBe('no data');
    expect(await cells.nth(2).textContent()).toBe('–');
    expect(problems).toEqual([]);
    await context.close();
  });
});
