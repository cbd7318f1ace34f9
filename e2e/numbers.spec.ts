// Numbers a customer can trust (issue 12 §2), checked on what several demo users see: the billing
// strip, cards, insights, the plan panel, the tables and a tooltip hold no fractional count, no
// wrong plural, no storage in thousands of MB or without its unit, no range whose ends read alike.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quantityProblems } from '../src/domain/quantity-check.js';
import { demoToken, openDashboard, overTimeTooltip } from './lib/app.js';
import { chartReady, launch } from './lib/browser.js';

/** The page's visible text once the strip, the insights and the plan panel have their numbers. */
async function shownText(page: Page): Promise<string> {
  await page.waitForSelector('[data-testid="projected-bill"], .bill strong', { timeout: 60_000 });
  await chartReady(page, 'plan', 60_000).catch(() => undefined);
  await page.waitForSelector('[data-chart="insights"] li', { timeout: 60_000 }).catch(() => {});
  return page.evaluate(() => document.body.innerText);
}

/** Every table view of the charts, opened one by one. */
async function tablesText(page: Page): Promise<string> {
  const out: string[] = [];
  for (const name of ['over-time', 'monthly', 'forecast', 'plan']) {
    const panel = page.locator(`[data-chart="${name}"]`);
    if (!(await panel.count())) continue;
    await chartReady(page, name, 30_000);
    await panel.getByRole('button', { name: 'Table' }).click();
    const table = panel.getByRole('table');
    await table.waitFor();
    out.push(await table.innerText());
    await panel.getByRole('button', { name: 'Table' }).click();
  }
  return out.join('\n');
}

describe('numbers a customer can trust', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const [user, path] of [
    ['demo-01', '/?period=this_month'],
    ['demo-02', '/?period=12m&groupBy=month'],
    ['demo-03', '/?period=7d'],
    ['demo-04', '/?period=last_month'],
  ] as const) {
    it(`${user} (${path}): whole counts, right plurals, storage with one unit`, async () => {
      const token = await demoToken(user);
      const { page, problems, context } = await openDashboard(browser, `${path}&token=${token}`);
      const text = await shownText(page);
      // The check reads real numbers: the strip, cards and insights are there.
      expect(text).toMatch(/Projected bill|contract plan/);
      expect(text).toMatch(/Sessions/);
      expect(text).toMatch(/\d+(\.\d)? (GB|MB)/);
      const tables = await tablesText(page);
      expect(tables).toMatch(/\d/);
      const tip = await overTimeTooltip(page);
      expect(tip).toMatch(/Sessions[\d,]+ session/);
      expect(quantityProblems(`${text}\n${tables}\n${tip}`)).toEqual([]);
      // No percentage against a base too small or too short to mean it ("+1,386.2%").
      expect(text).not.toMatch(/[+−-]\d{1,3}(,\d{3})+(\.\d)?%/);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
