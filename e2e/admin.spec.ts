// The operator console as an operator uses it: signed in with a service token, every success
// metric with its target, health, the lists with their CSV, and a user's dashboard opened
// read-only; axe finds nothing serious and the CSP is never violated.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mintToken } from '../src/services/tokens.js';
import { baseUrl, ready } from './lib/app.js';
import { launch, openPage } from './lib/browser.js';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

async function serviceToken(): Promise<string> {
  const secret = readFileSync(join(inject('dataDir'), 'jwt-secret'), 'utf8').trim();
  const cfg = { secret, issuer: 'usage-insights', audience: 'usage-insights' };
  return mintToken(cfg, 'service', 'ingest', 3600, Date.now());
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } })
      .axe;
    return (await axe.run()).violations;
  })) as { id: string; impact: string | null; nodes: { target: string[] }[] }[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the operator console', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('asks for a service token', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/admin`);
    await page.getByLabel('Service token').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  for (const scheme of ['dark', 'light'] as const) {
    it(`shows every success metric with its target, health and the lists (${scheme})`, async () => {
      const { page, context, problems } = await openPage(browser, { colorScheme: scheme });
      await page.goto(`${baseUrl()}/admin?token=${await serviceToken()}`);
      const rows = page.locator('[data-testid="metrics"] tbody tr');
      await rows.nth(10).waitFor({ timeout: 60_000 });
      // The month of yesterday (UTC): on a month's first day the demo's 30 days of telemetry all
      // lie in the month before, and the new month rightly has no data yet.
      const month = new Date(Date.now() - 86_400_000).toISOString().slice(0, 7);
      await page.locator('[data-testid="metrics"] input[type="month"]').fill(month);
      await page.locator('#metrics-title').filter({ hasText: month }).waitFor({ timeout: 60_000 });
      await rows.nth(10).waitFor({ timeout: 60_000 });
      expect(await rows.count()).toBe(11);
      for (const text of await rows.allInnerTexts()) expect(text).toMatch(/[≥≤] /);
      // The demo's month of simulated telemetry: engagement and timings have values.
      for (const id of [
        'history_viewers',
        'session_median',
        'chart_load_p75',
        'api_p95',
        'cache_hit_rate',
      ])
        expect(await page.locator(`[data-metric="${id}"] td`).first().innerText(), id).not.toBe(
          'no data',
        );
      // Real-user performance by day: the demo's month of page loads, p50 / p75 / p95.
      const days = page.locator('[data-testid="performance"] tbody tr');
      expect(await days.count()).toBeGreaterThan(0);
      expect(await days.first().innerText()).toMatch(/\d{4}-\d{2}-\d{2}.*\d+ ms/s);
      expect(page.url()).not.toContain('token=');
      await page.locator('[data-testid="health"] dd').first().waitFor();
      await page.locator('[data-testid="list-upgrade"] h2').waitFor();
      await page.waitForFunction(() => !document.body.innerText.includes('(…)'));
      expect(await seriousViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('downloads a list as CSV with the numbers behind each row', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/admin?token=${await serviceToken()}`);
    const section = page.locator('[data-testid="list-upgrade"]');
    await section.locator('h2').waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const text = readFileSync((await file.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toBe(
      'userId,plan,metric,monthToDate,projected,limit,projectedPct,expectedOverageUsd,blockedUnits,suggestedPlan',
    );
    await context.close();
  });

  it("opens a user's dashboard read-only from the lookup", async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/admin?token=${await serviceToken()}`);
    await page.getByLabel('User id').fill('demo-01');
    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open dashboard read-only' }).click(),
    ]);
    await tab.waitForURL(/\/\?|\/$/);
    await ready(tab);
    const status = await tab.evaluate(async () => {
      const token = sessionStorage.getItem('usage-insights.token');
      const res = await fetch('/api/keys', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'should-not-exist' }),
      });
      return res.status;
    });
    expect(status).toBe(403);
    expect(problems).toEqual([]);
    await context.close();
  });
});
