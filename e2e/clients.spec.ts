// Usage by client in the dashboard: the clients panel lists a demo user's clients with their
// shares, and choosing one filters the cards, the charts and the download to it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartReady, launch } from './lib/browser.js';
import { openDashboard, params } from './lib/app.js';

describe('usage by client', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the top clients with shares and filters every chart and the export to one', async () => {
    const { page, problems, context } = await openDashboard(browser);
    const panel = page.locator('[data-chart="clients"]');
    await panel.scrollIntoViewIfNeeded();
    await chartReady(page, 'clients', 60_000);
    // The table view names the clients with their shares, largest first.
    await panel.getByRole('button', { name: 'Table' }).click();
    const rows = panel.locator('tbody tr');
    await rows.first().waitFor();
    const first = (await rows.first().locator('th').textContent())!.trim();
    expect(first).toBe('web-app');
    const shares = (await panel.locator('tbody tr td:nth-of-type(2)').allTextContents()).map((s) =>
      parseFloat(s),
    );
    expect(shares.length).toBeGreaterThanOrEqual(2);
    expect(shares[0]).toBeGreaterThan(shares[1]!);
    const total = shares.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(99);
    expect(total).toBeLessThan(101);

    const sessionsBefore = await page
      .locator('.card[data-metric="sessions"] .card-total')
      .textContent();
    await page.getByRole('combobox', { name: 'Client' }).selectOption('ios-app');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('client') === 'ios-app',
    );
    await page.getByText(/Showing ios-app only/).waitFor();
    await page.waitForFunction(
      (b) => document.querySelector('.card[data-metric="sessions"] .card-total')?.textContent !== b,
      sessionsBefore,
      { timeout: 20_000 },
    );
    expect(params(page).get('client')).toBe('ios-app');
    // The download asks for that client only.
    const request = page.waitForRequest((r) => r.url().includes('/api/usage/export'));
    await page.getByRole('button', { name: 'CSV', exact: true }).click();
    expect(new URL((await request).url()).searchParams.get('client')).toBe('ios-app');
    // And all clients again.
    await page.locator('.client-notice').getByRole('button', { name: 'Show all clients' }).click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('client'));
    expect(problems).toEqual([]);
    await context.close();
  });
});
