// Phones get one column and a deck of simplified charts that swipe, never a page that scrolls
// sideways; tablets two columns; desktops the full grid.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard } from './lib/app.js';
import { launch, VIEWPORTS } from './lib/browser.js';

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const columns = (page: Page, selector: string) =>
  page.locator(selector).evaluate((e) => getComputedStyle(e).gridTemplateColumns.split(' ').length);

describe('responsive layout', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('fits a phone: one column, no horizontal scrolling, charts swipe', async () => {
    const { page, problems, context } = await openDashboard(browser, '/', {
      viewport: VIEWPORTS.phone,
    });
    expect(await overflow(page)).toBe(0);
    expect(await columns(page, '.cards')).toBe(1);
    // The custom range dialog fits too.
    await page.getByRole('button', { name: 'Custom…' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await overflow(page)).toBe(0);
    await page.keyboard.press('Escape');
    // Charts are a deck: the next one is reached by swiping or the buttons.
    const nav = page.getByRole('navigation', { name: 'Charts' });
    const of = /Chart 1 of (\d+)/.exec((await nav.textContent()) ?? '');
    const count = Number(of?.[1]);
    expect(count).toBeGreaterThanOrEqual(4);
    await nav.getByRole('button', { name: 'Next chart' }).click();
    await page.waitForFunction(() => document.querySelector('.deck')!.scrollLeft > 100);
    await nav.getByText(`Chart 2 of ${count}`).waitFor();
    expect(await overflow(page)).toBe(0);
    // Simplified: no zoom slider drawn under the phone chart (its height stays compact).
    const h = await page
      .locator('[data-chart="over-time"] .echart')
      .evaluate((e) => e.clientHeight);
    expect(h).toBeLessThanOrEqual(280);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('uses two columns on a tablet and a full grid on a desktop', async () => {
    const tablet = await openDashboard(browser, '/', { viewport: VIEWPORTS.tablet });
    expect(await overflow(tablet.page)).toBe(0);
    expect(await columns(tablet.page, '.cards')).toBe(2);
    expect(await columns(tablet.page, '.charts')).toBe(2);
    await tablet.context.close();
    const desktop = await openDashboard(browser, '/', { viewport: VIEWPORTS.desktop });
    expect(await columns(desktop.page, '.cards')).toBe(4);
    expect(await columns(desktop.page, '.charts')).toBe(2);
    await desktop.context.close();
  });
});
