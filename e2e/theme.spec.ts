// Dark and light themes: the system's by default, the viewer's choice kept, charts redrawn.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard, ready } from './lib/app.js';
import { launch } from './lib/browser.js';

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('themes', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('follows the system, switches on demand and remembers the choice', async () => {
    const { page, problems, context } = await openDashboard(browser, '/', { colorScheme: 'light' });
    expect(await theme(page)).toBe('light');
    const light = await background(page);
    await page.getByRole('button', { name: 'Switch to dark theme' }).click();
    expect(await theme(page)).toBe('dark');
    expect(await background(page)).not.toBe(light);
    await page.reload();
    await ready(page);
    expect(await theme(page)).toBe('dark');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    expect(await theme(page)).toBe('light');
    expect(problems).toEqual([]);
    await context.close();
  });
});
