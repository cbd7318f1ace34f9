// The account panel as a person uses it: an API key created (shown once, then working), revoked
// (then refused); a report subscription, a test report sent now (the demo server writes it to its
// outbox), and the subscription stopped.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { baseUrl, openDashboard } from './lib/app.js';
import { launch } from './lib/browser.js';

async function outbox(): Promise<string[]> {
  return readdir(join(inject('dataDir'), 'outbox')).catch(() => []);
}

describe('account panel', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('creates an API key, shows it once, and revokes it', async () => {
    const { page, problems, context } = await openDashboard(browser);
    const panel = page.locator('[data-chart="account"]');
    await panel.waitFor({ timeout: 30_000 });
    const name = `e2e-${Date.now()}`;
    await panel.getByRole('textbox', { name: 'Name' }).fill(name);
    await panel.getByRole('button', { name: 'Create key' }).click();
    const keyBox = panel.getByRole('textbox', { name: `The new key ${name}` });
    await keyBox.waitFor({ timeout: 10_000 });
    const key = await keyBox.inputValue();
    expect(key.length).toBeGreaterThan(20);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await panel.getByRole('button', { name: 'Copy' }).click();
    await panel.getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    const keys = panel.getByRole('list', { name: 'Your API keys' });
    await keys.getByText(name).waitFor();
    // The key works where a sign-in does.
    const ok = await fetch(`${baseUrl()}/api/usage/current`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(ok.status).toBe(200);
    // Shown once: gone after "Done", and never in the list.
    await panel.getByRole('button', { name: 'Done' }).click();
    expect(await panel.getByText(key).count()).toBe(0);
    // Revoking asks first; "Keep" changes nothing.
    await panel.getByRole('button', { name: `Revoke key ${name}` }).click();
    await keys.getByRole('button', { name: 'Keep' }).click();
    await keys.getByRole('button', { name: `Revoke key ${name}` }).waitFor();
    expect(
      (
        await fetch(`${baseUrl()}/api/usage/current`, {
          headers: { authorization: `Bearer ${key}` },
        })
      ).status,
    ).toBe(200);
    await panel.getByRole('button', { name: `Revoke key ${name}` }).click();
    await keys.getByRole('button', { name: `Yes, revoke key ${name}` }).click();
    await keys.getByText(name).waitFor({ state: 'detached', timeout: 10_000 });
    const refused = await fetch(`${baseUrl()}/api/usage/current`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(refused.status).toBe(401);
    // A key revoked while its "copy it now" box is still open takes the box with it.
    const other = `${name}-b`;
    await panel.getByRole('textbox', { name: 'Name' }).fill(other);
    await panel.getByRole('button', { name: 'Create key' }).click();
    const otherBox = panel.getByRole('textbox', { name: `The new key ${other}` });
    await otherBox.waitFor({ timeout: 10_000 });
    await panel.getByRole('button', { name: `Revoke key ${other}` }).click();
    await keys.getByRole('button', { name: `Yes, revoke key ${other}` }).click();
    await otherBox.waitFor({ state: 'detached', timeout: 10_000 });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('subscribes to a weekly report, sends one now, and stops it', async () => {
    const { page, problems, context } = await openDashboard(browser);
    const panel = page.locator('[data-chart="account"]');
    await panel.waitFor({ timeout: 30_000 });
    await panel.getByRole('combobox', { name: 'Every' }).selectOption('weekly');
    await panel.getByRole('combobox', { name: 'Attachment' }).selectOption('pdf');
    await panel.getByRole('button', { name: 'Subscribe' }).click();
    const subs = panel.getByRole('list', { name: 'Your report subscriptions' });
    await subs.getByText('Weekly').first().waitFor({ timeout: 10_000 });
    // The identical subscription again: refused with a reason, nothing added.
    const weekly = await subs.getByText('Weekly').count();
    await panel.getByRole('button', { name: 'Subscribe' }).click();
    await panel.getByText('You already get this report').waitFor();
    expect(await subs.getByText('Weekly').count()).toBe(weekly);
    const before = await outbox();
    await panel.getByRole('button', { name: 'Send me one now' }).click();
    await panel.getByText(/A report was sent to \S+@/).waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => (await outbox()).length, { timeout: 10_000 })
      .toBeGreaterThan(before.length);
    const stop = panel.getByRole('button', { name: /Stop the weekly report/ });
    const n = await stop.count();
    await stop.first().click();
    // Stopping asks first; keeping changes nothing.
    await panel.getByRole('button', { name: 'Keep' }).click();
    expect(await stop.count()).toBe(n);
    await stop.first().click();
    await panel.getByRole('button', { name: 'Yes, stop it' }).click();
    await expect.poll(() => stop.count(), { timeout: 10_000 }).toBe(n - 1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('downloads the range as a PDF report', async () => {
    const { page, problems, context } = await openDashboard(browser, '/?period=7d');
    const [dl] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page
        .getByRole('group', { name: 'Download this range' })
        .getByRole('button', { name: 'PDF', exact: true })
        .click(),
    ]);
    expect(dl.suggestedFilename()).toMatch(/\.pdf$/);
    const { readFile } = await import('node:fs/promises');
    const bytes = await readFile((await dl.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(problems).toEqual([]);
    await context.close();
  });
});
