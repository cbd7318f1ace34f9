// Choosing a range: presets, granularity, a custom range, the URL as the state, the back button.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, openDashboard, params, rangeText, rangeTextChange, ready } from './lib/app.js';
import { launch } from './lib/browser.js';

describe('range selection', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('switches presets, keeps them in the URL, and goes back with the back button', async () => {
    const { page, problems, context } = await openDashboard(browser);
    const range = page.getByRole('group', { name: 'Range' });
    await expect(
      range.getByRole('button', { name: '30 days' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    const before = await rangeText(page);

    await range.getByRole('button', { name: '7 days' }).click();
    await rangeTextChange(page, before);
    expect(params(page).get('period')).toBe('7d');
    const granularity = page.getByRole('group', { name: 'Granularity' });
    expect(await granularity.getByRole('button').allTextContents()).toEqual(['Hour', 'Day']);

    await range.getByRole('button', { name: '12 months' }).click();
    await page.waitForURL(/period=12m/);
    expect(await granularity.getByRole('button').allTextContents()).toEqual([
      'Day',
      'Week',
      'Month',
    ]);
    await granularity.getByRole('button', { name: 'Month' }).click();
    await page.waitForURL(/groupBy=month/);

    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('groupBy=month') && u.search.includes('12m'));
    await page.goBack();
    await page.waitForURL(/period=7d/);
    await expect(
      range.getByRole('button', { name: '7 days' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('picks a custom range and opens it again from a shared link', async () => {
    const { page, problems, context } = await openDashboard(browser);
    const before = await rangeText(page);
    await page.getByRole('button', { name: 'Custom…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Custom range' });
    await dialog.getByLabel('From', { exact: true }).fill('2026-09-01');
    await dialog.getByLabel('To', { exact: true }).fill('2026-09-30');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await rangeTextChange(page, before);
    expect(await rangeText(page)).toBe('1 Sept 2026 – 30 Sept 2026');
    const q = params(page);
    expect([q.get('period'), q.get('from'), q.get('to')]).toEqual([
      'custom',
      '2026-09-01',
      '2026-09-30',
    ]);

    // The link reproduces the view in a new browser.
    const shared = page.url().replace(/^https?:\/\/[^/]+/, '');
    const other = await openDashboard(browser, shared);
    expect(await rangeText(other.page)).toBe('1 Sept 2026 – 30 Sept 2026');
    await other.context.close();

    // A bad range is explained, not sent.
    await page.getByRole('button', { name: 'Custom…' }).click();
    await dialog.getByLabel('From', { exact: true }).fill('2026-10-10');
    await dialog.getByLabel('To', { exact: true }).fill('2026-10-01');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(
      dialog.getByText('The start must not be after the end.').isVisible(),
    ).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('can be operated with the keyboard alone', async () => {
    const { page, problems, context } = await openDashboard(browser);
    const before = await rangeText(page);
    // Tab from the top of the page to the "3 months" preset, then press Enter.
    let focused = '';
    for (let i = 0; i < 20 && focused !== '3 months'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(focused).toBe('3 months');
    await page.keyboard.press('Enter');
    await rangeTextChange(page, before);
    expect(params(page).get('period')).toBe('3m');

    // On to "Custom…", open it with the keyboard, type a range, apply with Enter.
    for (let i = 0; i < 10 && focused !== 'Custom…'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Custom range' });
    await dialog.waitFor();
    const inDialog = await page.evaluate(() => !!document.activeElement?.closest('dialog'));
    expect(inDialog).toBe(true);
    // Escape closes it and gives focus back to the button that opened it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Custom…');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    // The date fields' segment order follows Chromium's own locale, so their values are filled;
    // focus moves and submission stay on the keyboard.
    const from = dialog.getByLabel('From', { exact: true });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('from');
    await from.fill('2026-11-01');
    const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('name'));
    // Tab walks the date field's parts (day, month, year), then on to "To".
    for (let i = 0; i < 6 && (await focusedName()) !== 'to'; i++) await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('to');
    await dialog.getByLabel('To', { exact: true }).fill('2026-11-03');
    await page.keyboard.press('Enter');
    await page.waitForURL(/from=2026-11-01&to=2026-11-03/);
    // Three days open by day; hour is offered.
    const granularity = page.getByRole('group', { name: 'Granularity' });
    await granularity.getByRole('button', { name: 'Hour' }).focus();
    await page.keyboard.press('Space');
    await page.waitForURL(/groupBy=hour/);
    await ready(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the time zone the numbers are in', async () => {
    const { page, context } = await openDashboard(browser);
    await expect(page.locator('.zone').textContent()).resolves.toContain('Europe/Berlin');
    await context.close();
    expect(baseUrl()).toMatch(/^http/);
  });
});
