// Sign-in: a token handed over in the URL is kept for the session and removed from the address;
// the demo's user switcher changes user; without a token outside demo mode, an explanation.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, openDashboard, ready } from './lib/app.js';
import { launch, openPage } from './lib/browser.js';

// A demo user's token, as the platform would hand one over in a link.
async function demoToken(userId: string): Promise<string> {
  const res = await fetch(`${baseUrl()}/api/demo/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  return ((await res.json()) as { token: string }).token;
}

describe('sign-in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('takes a token from the URL once and keeps it for the session', async () => {
    const token = await demoToken('demo-03');
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/?token=${token}&period=7d`);
    await ready(page);
    expect(page.url()).not.toContain('token=');
    expect(new URL(page.url()).searchParams.get('period')).toBe('7d');
    expect(await page.evaluate(() => sessionStorage.getItem('usage-insights.token'))).toBe(token);
    await expect(page.getByRole('combobox', { name: 'Demo user' }).inputValue()).resolves.toBe(
      'demo-03',
    );
    await page.reload();
    await ready(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("sends the first view's history request once, before the app has loaded, and shows its answer", async () => {
    const token = await demoToken('demo-02');
    const { page, problems, context } = await openPage(browser);
    const order: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.pathname === '/api/usage/history') order.push(`history ${u.search}`);
      if (/\/assets\/render-app-[^/]+\.js$/.test(u.pathname)) order.push('app');
    });
    await page.goto(`${baseUrl()}/?token=${token}&period=7d`);
    await ready(page);
    const seven = order.filter((o) => o.startsWith('history') && o.includes('period=7d'));
    // Once: the app's own first request took the early answer instead of asking again.
    expect(seven).toHaveLength(1);
    expect(order.indexOf(seven[0]!)).toBeLessThan(order.indexOf('app'));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches demo users', async () => {
    const { page, context } = await openDashboard(browser);
    const switcher = page.getByRole('combobox', { name: 'Demo user' });
    expect(await switcher.inputValue()).toBe('demo-01');
    const plan = await page.locator('.plan-badge').textContent();
    await switcher.selectOption('demo-03');
    await page.waitForFunction(
      (p) => document.querySelector('.plan-badge')?.textContent !== p,
      plan,
      { timeout: 20_000 },
    );
    await ready(page);
    expect(await switcher.inputValue()).toBe('demo-03');
    await context.close();
  });

  it('explains how to sign in when there is no token and no demo', async () => {
    const { page, context } = await openPage(browser);
    await page.route('**/api/demo/users', (route) =>
      route.fulfill({ status: 404, contentType: 'application/json', body: '{"error":{}}' }),
    );
    await page.goto(baseUrl());
    await page.getByText('It has no password of its own').waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain('open it from');
    expect(await page.locator('.card').count()).toBe(0);
    await context.close();
  });
});
