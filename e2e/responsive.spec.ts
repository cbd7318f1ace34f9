// Phones get one column of stacked panels (insights first) and simplified charts, never a page
// that scrolls sideways; tablets two columns; desktops the full grid, with no empty cell.
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

  it('fits a phone: one column, no horizontal scrolling, panels stacked with the insights first', async () => {
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
    // The panels are stacked, not a carousel: one column, the insights first, no blank space
    // under a short panel.
    expect(await page.getByRole('navigation', { name: 'Charts' }).count()).toBe(0);
    expect(await columns(page, '.charts')).toBe(1);
    await page.locator('[data-chart="insights"]').waitFor({ timeout: 30_000 });
    const panels = await page.locator('.charts > section').evaluateAll((els) =>
      els
        .map((e) => {
          const r = e.getBoundingClientRect();
          const last = e.lastElementChild!.getBoundingClientRect();
          return {
            name: e.getAttribute('data-chart'),
            x: r.x,
            top: r.top,
            gap: r.bottom - last.bottom,
          };
        })
        .sort((a, b) => a.top - b.top),
    );
    expect(panels.length).toBeGreaterThanOrEqual(4);
    expect(panels[0]!.name).toBe('insights');
    expect(panels[1]!.name).toBe('over-time');
    for (const p of panels) {
      expect(p.x, p.name!).toBe(panels[0]!.x);
      expect(p.gap, `${p.name} has blank space under it`).toBeLessThan(40);
    }
    const strip = await page.locator('[data-testid="billing-strip"]').boundingBox();
    expect(strip!.y).toBeLessThan(panels[0]!.top);
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

  it('leaves no empty grid cell beside a half-width panel at 1440 and 820 px', async () => {
    for (const width of [1440, 820]) {
      const { page, context } = await openDashboard(browser, '/', {
        viewport: { width, height: 1000 },
      });
      // Every panel of the first load is in (the utilization chart and the analytics panels).
      await page.locator('[data-chart="utilization"] .echart').waitFor({ timeout: 30_000 });
      await page.locator('[data-chart="account"]').waitFor({ timeout: 30_000 });
      const grid = (await page.locator('.charts').boundingBox())!;
      const panels = await page.locator('.charts > section').evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { name: e.getAttribute('data-chart'), x: r.x, top: r.top, width: r.width };
        }),
      );
      for (const p of panels) {
        const full = Math.abs(p.width - grid.width) < 2;
        const neighbour = panels.some((o) => o !== p && Math.abs(o.top - p.top) < 2);
        expect(full || neighbour, `${width} px: ${p.name} alone in its row`).toBe(true);
      }
      const utilization = panels.find((p) => p.name === 'utilization')!;
      expect(utilization).toBeTruthy();
      await context.close();
    }
  });
});
