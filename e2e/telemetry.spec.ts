// The dashboard's own-use telemetry as the operator's metrics need it: a page load reports its
// view, the sections seen, the first chart's time and a plan comparison opened from the plan
// panel, to our own server only; a browser with Global Privacy Control or Do Not Track sends
// nothing at all.
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, demoToken, ready } from './lib/app.js';
import { launch, openPage } from './lib/browser.js';

interface Batch {
  events: { name: string; section?: string }[];
}

function recordBatches(page: Page): { batches: Batch[]; hosts: Set<string> } {
  const seen = { batches: [] as Batch[], hosts: new Set<string>() };
  page.on('request', (r: Request) => {
    seen.hosts.add(new URL(r.url()).host);
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/telemetry')
      seen.batches.push(r.postDataJSON() as Batch);
  });
  return seen;
}

// The queue sends every 15 s and when the page is hidden or left: leaving sends at once.
const leave = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('pagehide')));

describe('product telemetry', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('reports the view, sections seen, the first chart and a plan comparison opened', async () => {
    const { page, context, problems } = await openPage(browser);
    const seen = recordBatches(page);
    const answers: number[] = [];
    page.on('response', (r) => {
      if (new URL(r.url()).pathname === '/api/telemetry') answers.push(r.status());
    });
    await page.goto(`${baseUrl()}/?token=${await demoToken('demo-01')}`);
    await ready(page);
    const plan = page.locator('[data-chart="plan"]');
    await plan.scrollIntoViewIfNeeded({ timeout: 60_000 });
    const table = plan.getByRole('button', { name: 'Table', exact: true });
    await expect.poll(() => table.isEnabled(), { timeout: 60_000 }).toBe(true);
    await table.click();
    await plan.locator('table').waitFor();
    await page.waitForTimeout(1500); // a section counts as seen after a second on screen
    await leave(page);
    await expect
      .poll(() => seen.batches.flatMap((b) => b.events.map((e) => e.name)), { timeout: 20_000 })
      .toEqual(
        expect.arrayContaining(['page.view', 'perf.first_chart', 'section.view', 'plan.compare']),
      );
    const sections = seen.batches.flatMap((b) => b.events).filter((e) => e.name === 'section.view');
    expect(sections.map((e) => e.section)).toContain('plan');
    await expect.poll(() => answers.length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(answers.every((s) => s >= 200 && s < 300)).toBe(true);
    // No third party: every request went to the server that served the page.
    expect([...seen.hosts]).toEqual([new URL(baseUrl()).host]);
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const [name, script] of [
    [
      'Global Privacy Control',
      () => Object.defineProperty(navigator, 'globalPrivacyControl', { get: () => true }),
    ],
    ['Do Not Track', () => Object.defineProperty(navigator, 'doNotTrack', { get: () => '1' })],
  ] as const) {
    it(`sends nothing when the browser asks for ${name}`, async () => {
      const { page, context } = await openPage(browser);
      await page.addInitScript(script);
      const seen = recordBatches(page);
      await page.goto(`${baseUrl()}/?token=${await demoToken('demo-02')}`);
      await ready(page);
      await page.locator('[data-chart="plan"]').scrollIntoViewIfNeeded({ timeout: 60_000 });
      await page.waitForTimeout(1500);
      await leave(page);
      await page.waitForTimeout(2000);
      expect(seen.batches).toEqual([]);
      await context.close();
    });
  }
});
