// Opening the dashboard as a person would, and reading what it shows.
import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { chartReady, openPage, type Watched } from './browser.js';

export const baseUrl = () => inject('baseUrl');

/** Opens a path of the app in a fresh context and waits for the cards and the first chart. */
export async function openDashboard(
  browser: Browser,
  path = '/',
  opts: Parameters<typeof openPage>[1] = {},
): Promise<Watched> {
  const w = await openPage(browser, opts);
  await w.page.goto(`${baseUrl()}${path}`);
  await ready(w.page);
  return w;
}

/** Waits until the dashboard has data and its first chart has drawn. */
export async function ready(page: Page) {
  // The first page of a run meets a cold server (first queries, first analyses): allow for it.
  await page.waitForSelector('.card .card-total', { timeout: 60_000 });
  await chartReady(page, 'over-time', 60_000);
}

/** The query parameters of the current address. */
export function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Waits for the range the app shows to change to something else than `before`. */
export async function rangeTextChange(page: Page, before: string) {
  await page.waitForFunction(
    (b) => document.querySelector('.range-text')?.textContent?.trim() !== b,
    before,
    { timeout: 20_000 },
  );
}

export const rangeText = (page: Page) =>
  page.locator('.range-text').evaluate((e) => e.textContent?.trim() ?? '');

/** A read token for a demo user, from the demo sign-in the switcher uses. */
export async function demoToken(userId: string): Promise<string> {
  const res = await fetch(`${baseUrl()}/api/demo/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  return ((await res.json()) as { token: string }).token;
}

/**
 * Hovers the first small chart of "Usage over time" (the middle of the canvas is the gap between
 * the per-unit charts; the pointer is linked) and returns the tooltip's text.
 */
export async function overTimeTooltip(page: Page): Promise<string> {
  const canvas = page.locator('[data-chart="over-time"] canvas').first();
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.3);
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.3, { steps: 4 });
  const tooltip = page.locator('.chart-tooltip .tt');
  await tooltip.waitFor({ state: 'visible', timeout: 10_000 });
  return (await tooltip.textContent()) ?? '';
}
