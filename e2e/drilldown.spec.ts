// Drilling down: a month's bar opens its days, a day opens its hours, and back (or "up") returns.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard, params, ready } from './lib/app.js';
import { chartReady, launch } from './lib/browser.js';

/** Clicks the chart at a fraction of its plot width (the category under the pointer). */
async function clickAt(page: Page, chart: string, fx: number, fy = 0.75) {
  const canvas = page.locator(`[data-chart="${chart}"] canvas`).first();
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
}

describe('drill-down', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('goes from a month to its days and from a day to its hours', async () => {
    const { page, problems, context } = await openDashboard(browser);
    await chartReady(page, 'monthly');
    // The bar before the last: a complete month (the current one may be a day old, and then its
    // "whole month" is that one day, which no URL change can tell from the day itself).
    await clickAt(page, 'monthly', 0.86);
    await page.waitForURL(/period=custom/);
    let q = params(page);
    expect(q.get('from')).toMatch(/^\d{4}-\d{2}-01$/);
    expect([null, 'day']).toContain(q.get('groupBy')); // a month opens by day
    await ready(page);
    const month = q.get('from')!;

    await clickAt(page, 'over-time', 0.2, 0.6);
    // A single day opens by hour (the default for one day, so not written in the URL).
    await page.waitForURL((u) => u.searchParams.get('from') === u.searchParams.get('to'));
    q = params(page);
    expect([null, 'hour']).toContain(q.get('groupBy'));
    expect(q.get('from')!.slice(0, 7)).toBe(month.slice(0, 7));
    await ready(page);
    // An hourly day has 23 to 25 buckets in the table.
    const panel = page.locator('[data-chart="over-time"]');
    await panel.getByRole('button', { name: 'Table' }).click();
    // The month's rows stay on screen until the day's arrive (the previous answer is kept).
    const rows = () => panel.locator('tbody tr').count();
    await expect.poll(rows, { timeout: 20_000 }).toBeLessThanOrEqual(25);
    expect(await rows()).toBeGreaterThanOrEqual(23);

    // Up to the whole month, then back to the day with the back button.
    await page.getByRole('button', { name: 'Show the whole month' }).click();
    await page.waitForURL((u) => u.searchParams.get('from') !== u.searchParams.get('to'));
    expect(params(page).get('from')).toBe(month);
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get('from') === u.searchParams.get('to'));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('drills from the table view with the keyboard too', async () => {
    const { page, context } = await openDashboard(browser, '/?period=3m&groupBy=month');
    const panel = page.locator('[data-chart="over-time"]');
    await panel.getByRole('button', { name: 'Table' }).click();
    const first = panel.getByRole('button', { name: 'Show days' }).first();
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/period=custom/);
    expect(params(page).get('from')).toMatch(/-\d{2}$/);
    await context.close();
  });
});
