// Account changes show at once and roll back with a clear message when the server fails: a key
// revoked while the server answers 500 leaves the list at once, comes back, and the panel says so;
// a report subscription added while the server answers 500 is listed at once and goes again.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard } from './lib/app.js';
import { launch } from './lib/browser.js';

describe('optimistic account changes', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('rolls a failed key revocation back with a message', async () => {
    const { page, context } = await openDashboard(browser);
    const panel = page.locator('[data-chart="account"]');
    await panel.waitFor({ timeout: 30_000 });
    const name = `opt-${Date.now()}`;
    await panel.getByRole('textbox', { name: 'Name' }).fill(name);
    await panel.getByRole('button', { name: 'Create key' }).click();
    const keys = panel.getByRole('list', { name: 'Your API keys' });
    // Listed at once, before the server answered.
    await keys.getByText(name).waitFor({ timeout: 2_000 });
    await panel.getByRole('button', { name: 'Done' }).click();
    // The server fails the revocation (slowly, so the optimistic state can be seen).
    await page.route('**/api/keys/*', async (route) => {
      if (route.request().method() !== 'DELETE') return route.continue();
      await new Promise((r) => setTimeout(r, 800));
      await route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal', message: 'Something broke.' } }),
      });
    });
    await panel.getByRole('button', { name: `Revoke key ${name}` }).click();
    await keys.getByRole('button', { name: `Yes, revoke key ${name}` }).click();
    await keys.getByText(name).waitFor({ state: 'detached', timeout: 700 });
    const alert = panel.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toContain(
      'Revoking the key did not work, so it is back as it was.',
    );
    await keys.getByText(name).waitFor({ timeout: 5_000 });
    // Without the failure the key goes for good.
    await page.unroute('**/api/keys/*');
    await panel.getByRole('button', { name: `Revoke key ${name}` }).click();
    await keys.getByRole('button', { name: `Yes, revoke key ${name}` }).click();
    await keys.getByText(name).waitFor({ state: 'detached', timeout: 10_000 });
    await context.close();
  });

  it('lists a new report subscription at once and takes it back when the server fails', async () => {
    const { page, context } = await openDashboard(browser);
    const panel = page.locator('[data-chart="account"]');
    await panel.waitFor({ timeout: 30_000 });
    const email = `opt-${Date.now()}@example.com`;
    const subs = panel.getByRole('list', { name: 'Your report subscriptions' });
    // The server fails the subscription (slowly, so the optimistic state can be seen).
    await page.route('**/api/usage/subscribe', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      await new Promise((r) => setTimeout(r, 800));
      await route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal', message: 'Something broke.' } }),
      });
    });
    await panel.getByRole('combobox', { name: 'Every' }).selectOption('monthly');
    await panel.getByRole('combobox', { name: 'Attachment' }).selectOption('csv');
    await panel.getByRole('textbox', { name: 'Email (optional)' }).fill(email);
    await panel.getByRole('button', { name: 'Subscribe' }).click();
    // Listed at once, before the server answered, waiting for the address to confirm.
    const row = subs.getByRole('listitem').filter({ hasText: email });
    await row.waitFor({ timeout: 700 });
    expect(await row.textContent()).toContain('waiting for this address to confirm');
    const alert = panel.getByRole('alert');
    await alert.waitFor({ timeout: 10_000 });
    expect(await alert.textContent()).toContain(
      'Subscribing did not work, so it is back as it was.',
    );
    await row.waitFor({ state: 'detached', timeout: 5_000 });
    // Without the failure it stays, with the id the server gave it (so it can be stopped).
    await page.unroute('**/api/usage/subscribe');
    const created = page.waitForResponse(
      (r) => r.url().endsWith('/api/usage/subscribe') && r.request().method() === 'POST',
    );
    await panel.getByRole('button', { name: 'Subscribe' }).click();
    await row.waitFor({ timeout: 700 });
    expect((await created).status()).toBe(201);
    expect(await panel.getByRole('alert').count()).toBe(0);
    await panel
      .getByRole('button', { name: `Stop the monthly report to ${email}` })
      .click({ timeout: 10_000 });
    await subs.getByRole('button', { name: 'Yes, stop it' }).click();
    await row.waitFor({ state: 'detached', timeout: 10_000 });
    await context.close();
  });
});
