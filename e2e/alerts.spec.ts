// Alerts as a customer meets them after `npm start`: the demo server's own worker has raised
// demo-01's limit alerts (nothing in the test raises them), the list shows them with how each was
// delivered, and a webhook saved in the panel shows its signing secret once and receives alerts.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { metricLabel } from '../src/domain/metrics.js';
import type { Metric } from '../src/web/lib/types.js';
import { mintToken } from '../src/services/tokens.js';
import { baseUrl, demoToken, openDashboard } from './lib/app.js';
import { launch } from './lib/browser.js';

describe('alerts in the account panel', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lists the alerts the running server raised for a demo user past 80%, delivered by email', async () => {
    // The first demo user past 80% of a limit (demo-01 with a full year of demo data). In the
    // first hours of a billing period nobody is: then the platform's usage pushes a free-plan
    // user past 80% of its exports, and the running server must raise that alert by itself.
    const users = (await (await fetch(`${baseUrl()}/api/demo/users`)).json()) as {
      users: { id: string; plan: string }[];
    };
    let chosen: { token: string; metric: string } | null = null;
    for (const u of users.users) {
      const over = await metricPast80(await demoToken(u.id));
      if (over) {
        chosen = over;
        break;
      }
    }
    if (!chosen) {
      const free = users.users.filter((u) => u.plan === 'free').at(-1)!;
      const token = await demoToken(free.id);
      const current = await usageNow(token);
      const exports = current.metrics.exports!;
      const needed = Math.ceil(0.8 * exports.limit!) - exports.used;
      await ingest([{ userId: free.id, type: 'export.generated', value: Math.max(1, needed) }]);
      await expect.poll(() => metricPast80(token), { timeout: 30_000 }).not.toBeNull();
      chosen = await metricPast80(token);
    }
    expect(chosen, 'a demo user past 80% of a limit').not.toBeNull();
    const label = metricLabel(chosen!.metric as Metric);
    const { page, problems, context } = await openDashboard(browser, `/?token=${chosen!.token}`);
    const panel = page.locator('[data-chart="account"]');
    await panel.waitFor({ timeout: 30_000 });
    const list = panel.getByRole('list', { name: 'Alerts raised' });
    // The worker checks every active user after start: wait until this period's alert is raised
    // (the list also holds the demo's history of closed periods, which the seed dated back).
    await expect
      .poll(async () => currentAlerts(chosen!.token, chosen!.metric), {
        timeout: 180_000,
        interval: 3000,
      })
      .toBeGreaterThan(0);
    await expect
      .poll(
        async () => {
          if ((await list.count()) === 0) await page.reload();
          return list.getByText(new RegExp(`${label}: [\\d,.]+ of [\\d,]+`)).count();
        },
        { timeout: 60_000, interval: 3000 },
      )
      .toBeGreaterThan(0);
    // The email goes out by a job after the alert is raised: the list may show it before then.
    await expect
      .poll(
        async () => {
          const n = await list.getByText('emailed').count();
          if (n === 0) await page.reload();
          return n;
        },
        { timeout: 60_000, interval: 2000 },
      )
      .toBeGreaterThan(0);
    await panel.getByRole('button', { name: /Show delivery log/ }).click();
    await panel.getByRole('cell', { name: 'delivered' }).first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);

  it('shows a new webhook secret once, and the webhook receives the next alert', async () => {
    const received: string[] = [];
    const hook = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => (received.push(body), res.end('ok')));
    });
    await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
    const token = await demoToken('demo-02');
    const { page, problems, context } = await openDashboard(browser, `/?token=${token}`);
    const panel = page.locator('[data-chart="account"]');
    await panel.waitFor({ timeout: 30_000 });
    const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
    await panel.getByRole('textbox', { name: /Webhook URL/ }).fill(url);
    // A threshold demo-02 is surely past: the next check raises it.
    await panel.getByRole('textbox', { name: /Thresholds/ }).fill('1, 80, 100');
    await panel.getByRole('checkbox', { name: /unusually high usage/ }).check();
    await panel.getByRole('button', { name: 'Save alert settings' }).click();
    const secret = panel.getByRole('textbox', { name: 'The webhook signing secret' });
    await secret.waitFor({ timeout: 10_000 });
    expect(await secret.inputValue()).toMatch(/^whsec_/);
    await panel.getByRole('button', { name: 'Done' }).click();
    await secret.waitFor({ state: 'detached' });
    // New usage from the platform makes the server check demo-02 again, and deliver.
    await ingest([{ userId: 'demo-02', type: 'api.call' }]);
    await expect.poll(() => received.length, { timeout: 60_000, interval: 500 }).toBeGreaterThan(0);
    expect(JSON.parse(received[0]!).alerts).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'threshold-1' })]),
    );
    await page.reload();
    await expect
      .poll(() => panel.getByRole('checkbox', { name: /unusually high usage/ }).isChecked(), {
        timeout: 30_000,
      })
      .toBe(true);
    expect(problems).toEqual([]);
    await context.close();
    await new Promise((r) => hook.close(r));
  });
});

interface UsageNow {
  metrics: Record<string, { used: number; limit: number | null; percent: number | null }>;
}

async function usageNow(token: string): Promise<UsageNow> {
  const res = await fetch(`${baseUrl()}/api/usage/current`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await res.json()) as UsageNow;
}

/** The user's first metric at 80% of its limit or more this billing period, or null. */
async function metricPast80(token: string): Promise<{ token: string; metric: string } | null> {
  const over = Object.entries((await usageNow(token)).metrics).find(
    ([, m]) => (m.percent ?? 0) >= 80,
  );
  return over ? { token, metric: over[0] } : null;
}

/** How many alerts of the metric the user has in its current billing period. */
async function currentAlerts(token: string, metric: string): Promise<number> {
  const headers = { authorization: `Bearer ${token}` };
  const now = (await (await fetch(`${baseUrl()}/api/usage/current`, { headers })).json()) as {
    period: { from: string };
  };
  const res = await fetch(`${baseUrl()}/api/usage/alerts`, { headers });
  const { alerts } = (await res.json()) as { alerts: { metric: string; period: string }[] };
  const period = now.period.from.slice(0, 7);
  return alerts.filter((a) => a.metric === metric && a.period === period).length;
}

/** Sends events as the platform does, with a service token signed by the server's secret. */
async function ingest(events: { userId: string; type: string; value?: number }[]) {
  const secretFile = await readFile(join(inject('dataDir'), 'jwt-secret'), 'utf8');
  const service = await mintToken(
    { secret: secretFile.trim(), issuer: 'usage-insights', audience: 'usage-insights' },
    'platform',
    'ingest',
    600,
    Date.now(),
  );
  const stamp = Date.now();
  const res = await fetch(`${baseUrl()}/api/usage/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${service}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      events: events.map((e, i) => ({
        id: `e2e-${stamp}-${i}`,
        occurredAt: new Date().toISOString(),
        ...e,
      })),
    }),
  });
  expect(res.status).toBe(200);
}
