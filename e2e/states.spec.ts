// The dashboard's states: a bad or expired link says so and never shows another account; a
// brand-new user sees how to begin; insight links about the future open the forecast; numbers
// that did not follow a range change, or were loaded before going offline, are marked stale.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mintToken } from '../src/services/tokens.js';
import { baseUrl, openDashboard, ready } from './lib/app.js';
import { launch, openPage } from './lib/browser.js';

async function tokenFor(userId: string, ttl = 600, now = Date.now()) {
  const secret = (await readFile(join(inject('dataDir'), 'jwt-secret'), 'utf8')).trim();
  return mintToken(
    { secret, issuer: 'usage-insights', audience: 'usage-insights' },
    userId,
    'read',
    ttl,
    now,
  );
}

async function noAccountShown(page: Page) {
  // Give a wrongly chosen account time to appear: nothing of any account may render.
  await page.waitForTimeout(1500);
  expect(await page.locator('.card').count()).toBe(0);
  expect(await page.locator('[data-testid="billing-strip"]').count()).toBe(0);
  expect(await page.locator('.plan-badge').count()).toBe(0);
}

describe('states', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('says a garbage link is not valid, shows no account, and offers the way back', async () => {
    const { page, context, problems } = await openPage(browser);
    await page.goto(`${baseUrl()}/?token=garbage-garbage-garbage&period=7d`);
    await page.getByText('This sign-in link is not valid.').waitFor();
    expect(page.url()).not.toContain('token=');
    await noAccountShown(page);
    await page.getByRole('button', { name: 'Open the demo instead' }).click();
    await ready(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('refuses a forged or expired token without falling back to the demo account', async () => {
    const { page, context } = await openDashboard(browser); // a demo session already open
    const forged = (await tokenFor('demo-02')).replace(/.{6}$/, 'AAAAAA');
    await page.goto(`${baseUrl()}/?token=${forged}`);
    await page.getByText('Your sign-in link has expired or was refused.').waitFor();
    await noAccountShown(page);
    const expired = await tokenFor('demo-02', 60, Date.now() - 3_600_000);
    await page.goto(`${baseUrl()}/?token=${expired}`);
    await page.getByText('Your sign-in link has expired or was refused.').waitFor();
    await noAccountShown(page);
    await context.close();
  });

  it('shows a brand-new user how to begin, not zeros, and names them in the switcher', async () => {
    const { page, context, problems } = await openPage(browser);
    const user = `new-user-${Date.now()}`;
    await page.goto(`${baseUrl()}/?token=${await tokenFor(user)}`);
    const empty = page.locator('[data-testid="no-usage"]');
    await empty.waitFor({ timeout: 60_000 });
    expect(await empty.textContent()).toMatch(/No usage yet/);
    expect(await empty.textContent()).toContain('/api/usage/events');
    expect(await empty.getByRole('link', { name: /API docs/ }).getAttribute('href')).toBe('/docs');
    expect(await page.locator('.card').count()).toBe(0);
    expect(await page.getByText('Low plan utilization').count()).toBe(0);
    expect(await page.getByText('Efficiency score').count()).toBe(0);
    const switcher = page.getByRole('combobox', { name: 'Demo user' });
    expect(await switcher.inputValue()).toBe(user);
    expect(problems).toEqual([]);
    // No email on file: subscribing says what to do, not the API's words (the 400 is expected).
    const account = page.locator('[data-chart="account"]');
    await account.getByRole('button', { name: 'Subscribe' }).click();
    await account.getByText('Your account has no email address on file').waitFor();
    await context.close();
  });

  it('opens the forecast from an insight about days still to come', async () => {
    const { page, context } = await openPage(browser);
    await page.route('**/api/usage/insights*', async (route) => {
      const res = await route.fetch();
      const body = await res.json();
      const today = body.today as string;
      const later = new Date(Date.parse(`${today}T00:00:00Z`) + 28 * 86_400_000)
        .toISOString()
        .slice(0, 10);
      body.insights = [
        {
          title: 'Sessions limit expected',
          message: 'At your pace the limit is reached within the next month.',
          severity: 'warning',
          range: { from: today, to: later },
        },
      ];
      await route.fulfill({ response: res, json: body });
    });
    await page.goto(baseUrl());
    await ready(page);
    const before = page.url();
    await page.getByRole('button', { name: 'See the forecast' }).click();
    expect(page.url()).toBe(before);
    await page.waitForFunction(
      () => document.activeElement?.closest('[data-chart="forecast"]') !== null,
    );
    expect(await page.getByRole('button', { name: /^See \d/ }).count()).toBe(0);
    await context.close();
  });

  it('marks the numbers stale when a range change fails, and when offline', async () => {
    const { page, context } = await openDashboard(browser);
    const total = await page.locator('.card .card-total').first().textContent();
    await page.route('**/api/usage/history?period=7d*', (route) => route.abort('failed'));
    await page
      .getByRole('group', { name: 'Range' })
      .getByRole('button', { name: '7 days' })
      .click();
    const notice = page.locator('[data-testid="stale-notice"]');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toMatch(/could not be loaded.*may be out of date/);
    expect(await page.locator('.card .card-total').first().textContent()).toBe(total);
    await page.unroute('**/api/usage/history?period=7d*');
    await page
      .getByRole('group', { name: 'Range' })
      .getByRole('button', { name: '30 days' })
      .click();
    await notice.waitFor({ state: 'detached', timeout: 30_000 });
    await context.setOffline(true);
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/You are offline/);
    await context.setOffline(false);
    await notice.waitFor({ state: 'detached' });
    await context.close();
  });
});
