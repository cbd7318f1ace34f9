// Live numbers: an open dashboard shows an event ingested through the API within 5 s, without a
// reload, by asking again with the ETag (304 while nothing changed), and asks nothing while the
// tab is hidden.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mintToken } from '../src/services/tokens.js';
import { baseUrl, openDashboard } from './lib/app.js';
import { launch } from './lib/browser.js';

async function serviceToken() {
  const secret = await readFile(join(inject('dataDir'), 'jwt-secret'), 'utf8');
  return mintToken(
    { secret: secret.trim(), issuer: 'usage-insights', audience: 'usage-insights' },
    'platform',
    'ingest',
    600,
    Date.now(),
  );
}

describe('live dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows new usage within 5 s without a reload, and pauses while hidden', async () => {
    const { page, problems, context } = await openDashboard(browser, '/?period=7d');
    let loads = 0;
    page.on('load', () => loads++);
    const statuses: number[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/api/usage/history?')) statuses.push(r.status());
    });
    // Unchanged answers come back as 304.
    await expect.poll(() => statuses.includes(304), { timeout: 15_000 }).toBe(true);
    const card = page.locator('.card[data-metric="exports"] .card-total');
    const before = (await card.textContent())!;
    const ingest = await fetch(`${baseUrl()}/api/usage/events`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await serviceToken()}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        events: [
          {
            id: `live-${Date.now()}`,
            userId: 'demo-01',
            type: 'export.generated',
            occurredAt: new Date().toISOString(),
            value: 1000,
            clientId: 'web-app',
          },
        ],
      }),
    });
    expect(ingest.status).toBe(200);
    const at = Date.now();
    await page.waitForFunction(
      (b) => document.querySelector('.card[data-metric="exports"] .card-total')?.textContent !== b,
      before,
      { timeout: 5_000 },
    );
    expect(Date.now() - at).toBeLessThan(5_000);
    expect(loads).toBe(0);

    // Hidden: no polling.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      Object.defineProperty(document, 'hidden', { value: true, configurable: true });
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    });
    await page.waitForTimeout(500);
    const asked = statuses.length;
    await page.waitForTimeout(7_000);
    expect(statuses.length).toBe(asked);
    expect(problems).toEqual([]);
    await context.close();
  });
});
