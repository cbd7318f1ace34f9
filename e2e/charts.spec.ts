// Reading the charts: exact values with units in the tooltip, a text summary and a table for
// every chart, metrics switched on and off, and the previous view kept while the next loads.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard, overTimeTooltip, params } from './lib/app.js';
import { chartReady, launch } from './lib/browser.js';

const CHARTS = ['over-time', 'monthly', 'utilization', 'stacked'];

describe('charts', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows exact values with units in the tooltip on hover', async () => {
    const { page, problems, context } = await openDashboard(browser, '/?period=7d');
    // Sessions and audio minutes are two small charts, one per unit: the pointer is linked, so
    // the tooltip over the first lists every metric of that day.
    const text = await overTimeTooltip(page);
    expect(text).toMatch(/\d{2}:\d{2}|Mon|Tue|Wed|Thu|Fri|Sat|Sun/);
    expect(text).toMatch(/Sessions[\d,]+ sessions/);
    expect(text).toMatch(/Audio minutes[\d,.]+ min/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('has a text summary and a table view for every chart', async () => {
    const { page, problems, context } = await openDashboard(browser);
    for (const name of CHARTS) {
      const panel = page.locator(`[data-chart="${name}"]`);
      await chartReady(page, name);
      expect((await panel.locator('.chart-summary').textContent())!.length).toBeGreaterThan(30);
      await panel.getByRole('button', { name: 'Table' }).click();
      const table = panel.getByRole('table');
      await table.waitFor();
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(2);
      await panel.getByRole('button', { name: 'Table' }).click();
      await chartReady(page, name);
    }
    // The summary names peaks, totals and the change against the previous period.
    const summary = await page.locator('[data-chart="over-time"] .chart-summary').textContent();
    expect(summary).toMatch(/Sessions: [\d,]+ sessions in total/);
    expect(summary).toMatch(/peak [\d,]+ sessions/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches metrics in the chart and keeps them in the URL', async () => {
    const { page, context } = await openDashboard(browser);
    await page.getByRole('checkbox', { name: 'Exports', exact: true }).check();
    await page.waitForURL(/metrics=/);
    expect(params(page).get('metrics')).toBe('sessions,audio_minutes,transcriptions,exports');
    await page.getByRole('checkbox', { name: 'Sessions', exact: true }).uncheck();
    await page.waitForURL(/metrics=audio_minutes,transcriptions,exports/);
    const head = await page.locator('[data-chart="over-time"] thead').count();
    expect(head).toBe(0);
    await context.close();
  });

  it('keeps the previous view on screen while the next one loads', async () => {
    const { page, context } = await openDashboard(browser);
    const before = await page.locator('.card[data-metric="sessions"] .card-total').textContent();
    await page.route('**/api/usage/history?period=3m*', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page
      .getByRole('group', { name: 'Range' })
      .getByRole('button', { name: '3 months' })
      .click();
    // While the slow answer is on its way: the old numbers, dimmed, no skeleton.
    await page.locator('.cards.updating').waitFor({ timeout: 5000 });
    expect(await page.locator('.card[data-metric="sessions"] .card-total').textContent()).toBe(
      before,
    );
    expect(await page.locator('.card .skeleton').count()).toBe(0);
    await page.locator('.cards:not(.updating)').waitFor({ timeout: 10_000 });
    expect(await page.locator('.card[data-metric="sessions"] .card-total').textContent()).not.toBe(
      before,
    );
    await context.close();
  });

  it('says what failed and retries', async () => {
    const w = await openDashboard(browser);
    let fail = true;
    await w.page.route('**/api/usage/history?period=12m*', (route) =>
      fail
        ? route.fulfill({
            status: 500,
            contentType: 'application/json',
            body: JSON.stringify({ error: { code: 'internal', message: 'internal error' } }),
          })
        : route.continue(),
    );
    await w.page
      .getByRole('group', { name: 'Range' })
      .getByRole('button', { name: '12 months' })
      .click();
    const alert = w.page
      .getByRole('alert')
      .filter({ hasText: 'Could not load your usage history' });
    await alert.waitFor({ timeout: 20_000 });
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await alert.waitFor({ state: 'detached', timeout: 20_000 });
    expect(params(w.page).get('period')).toBe('12m');
    await w.context.close();
  });
});
