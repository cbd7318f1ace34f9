// Cost, budget and feature use as a demo user meets them after `npm start`: the cost panel shows
// the accrued and projected bill in the browser's locale, 12 months on their plans and the cost per
// session; a budget set in the account settings appears in the panel; the feature view lists every
// capability of the plan and the best practices with their evidence.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CostView, FeaturesView } from '../src/contracts/cost.js';
import type { EvidenceKey } from '../src/analytics/advice/practice.js';
import { en } from '../src/domain/i18n/en.js';
import { baseUrl, demoToken, openDashboard } from './lib/app.js';
import { chartReady, launch } from './lib/browser.js';

// The browser's locale in every spec (lib/browser.ts): money is written for it.
const money = (x: number, currency: string) =>
  new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency,
    ...(Number.isInteger(Math.round(x * 100) / 100)
      ? { minimumFractionDigits: 0, maximumFractionDigits: 0 }
      : {}),
  }).format(x);

async function get<T>(path: string, token: string): Promise<T> {
  const res = await fetch(`${baseUrl()}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

describe('cost, budget and feature use', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the accrued and projected bill, 12 months of cost, and a budget set in the settings', async () => {
    const token = await demoToken('demo-02');
    const cost = await get<CostView>('/api/usage/cost', token);
    const { page, problems, context } = await openDashboard(browser, `/?token=${token}`);
    const panel = page.locator('[data-chart="cost"]');
    await panel.waitFor({ timeout: 90_000 });
    await chartReady(page, 'cost', 30_000);
    await chartReady(page, 'unit-cost', 30_000);
    if (cost.accrued)
      expect(await panel.getByTestId('cost-accrued').textContent()).toBe(
        money(cost.accrued.total, cost.currency),
      );
    if (cost.projected) {
      const projected = await panel.getByTestId('cost-projected').textContent();
      expect(projected).toContain(money(cost.projected.point.total, cost.currency));
      if (cost.projected.low.total !== cost.projected.high.total)
        expect(projected).toContain('80%:');
    }
    // The table view lists the 12 months with their plan.
    await panel.getByRole('button', { name: 'Table' }).click();
    const rows = panel.locator('table tbody tr');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(12);
    const last = cost.months.at(-1)!;
    expect(await rows.last().textContent()).toContain(last.planName ?? '–');

    // A budget set in the account settings shows in the panel.
    const account = page.locator('[data-chart="account"]');
    const budget = account.getByTestId('budget-section');
    await budget.scrollIntoViewIfNeeded();
    await budget.locator('input[name="budget-amount"]').fill('12.5');
    await budget.getByRole('button', { name: 'Save budget' }).click();
    await expect
      .poll(() => budget.getByRole('status').textContent(), { timeout: 30_000 })
      .toBe('Budget saved.');
    await expect
      .poll(() => panel.getByTestId('cost-budget').textContent(), { timeout: 20_000 })
      .toContain(money(12.5, cost.currency));
    expect((await get<CostView>('/api/usage/cost', token)).budget).toMatchObject({
      amount: 12.5,
      thresholds: [80, 100],
    });
    await budget.getByRole('button', { name: 'Remove budget' }).click();
    await expect
      .poll(() => panel.getByTestId('cost-budget').textContent(), { timeout: 20_000 })
      .toContain('not set');
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);

  it('lists every capability of the plan with its share, and the best practices with evidence', async () => {
    const token = await demoToken('demo-01');
    const features = await get<FeaturesView>('/api/usage/features', token);
    const { page, problems, context } = await openDashboard(browser, `/?token=${token}`);
    const panel = page.getByTestId('features-panel');
    await panel.waitFor({ timeout: 90_000 });
    const items = panel.locator('[data-capability]');
    expect(await items.evaluateAll((l) => l.map((e) => e.getAttribute('data-capability')))).toEqual(
      ['sessions', 'audio_minutes', 'transcriptions', 'exports', 'storage_mb', 'api_calls'],
    );
    for (const c of features.capabilities.filter((x) => x.sharePct !== null))
      expect(await panel.locator(`[data-capability="${c.capability}"]`).textContent()).toContain(
        `${c.sharePct}%`,
      );
    expect(await panel.locator('.feature.unused').count()).toBe(features.unused.length);
    if (features.practices.length) {
      const first = panel.locator('[data-practice]').first();
      await first.getByText('Evidence').click();
      // Each number by its name in the catalogue, not the API's key.
      const key = Object.keys(features.practices[0]!.evidence)[0] as EvidenceKey;
      expect(await first.locator('.evidence dt').first().textContent()).toBe(
        en.features.evidenceKeys[key],
      );
    } else await panel.getByTestId('no-practices').waitFor();
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);
});
