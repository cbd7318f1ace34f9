// The API reference at /docs: it renders the operations under the app's CSP, with no violation
// and no console error on a load (Swagger UI inserts one inline style, allowed by its hash).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl } from './lib/app.js';
import { launch, openPage } from './lib/browser.js';

describe('/docs', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('loads with no CSP violation or console error', async () => {
    const { page, problems, context } = await openPage(browser);
    const res = await page.goto(`${baseUrl()}/docs`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['content-security-policy']).not.toContain('unsafe-inline');
    // The operations have rendered: the inline style is inserted while they are.
    await page.locator('.opblock').first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
    await context.close();
  });
});
