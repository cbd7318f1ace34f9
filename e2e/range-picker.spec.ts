// The custom range picker (issue 12 §4): the first click starts a new range, dates read as the rest
// of the app writes them, and weeks or months only partly in a range are marked partial.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, openDashboard, params, rangeText, rangeTextChange, ready } from './lib/app.js';
import { launch } from './lib/browser.js';

describe('custom range picker', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  const SEPT = '/?period=custom&from=2026-09-01&to=2026-09-30';

  it('starts a new range with the first click instead of extending the open one', async () => {
    const { page, problems, context } = await openDashboard(browser, SEPT);
    const before = await rangeText(page);
    await page.getByRole('button', { name: 'Custom…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Custom range' });
    const day = (label: string) => dialog.getByRole('button', { name: new RegExp(`^${label},`) });
    // A click inside the open range (which react-day-picker would make its new end).
    await day('15 September 2026').click();
    await expect(dialog.getByLabel('From', { exact: true }).inputValue()).resolves.toBe(
      '15 Sept 2026',
    );
    await expect(dialog.getByLabel('To', { exact: true }).inputValue()).resolves.toBe('');
    await expect(dialog.getByTestId('range-choice').textContent()).resolves.toBe(
      'From 15 Sept 2026: now pick the last day.',
    );
    // The second click ends it, even before the start.
    await day('20 August 2026').click();
    await expect(dialog.getByLabel('From', { exact: true }).inputValue()).resolves.toBe(
      '20 Aug 2026',
    );
    await expect(dialog.getByLabel('To', { exact: true }).inputValue()).resolves.toBe(
      '15 Sept 2026',
    );
    await expect(dialog.getByTestId('range-choice').textContent()).resolves.toBe(
      '20 Aug 2026 – 15 Sept 2026, 27 days',
    );
    // A third click starts again.
    await day('3 August 2026').click();
    await expect(dialog.getByLabel('To', { exact: true }).inputValue()).resolves.toBe('');
    await day('9 August 2026').click();
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await rangeTextChange(page, before);
    expect([params(page).get('from'), params(page).get('to')]).toEqual([
      '2026-08-03',
      '2026-08-09',
    ]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('writes and reads dates as the rest of the app does', async () => {
    const { page, problems, context } = await openDashboard(browser, SEPT);
    const shown = await rangeText(page);
    expect(shown).toBe('1 Sept 2026 – 30 Sept 2026');
    await page.getByRole('button', { name: 'Custom…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Custom range' });
    const from = dialog.getByLabel('From', { exact: true });
    const to = dialog.getByLabel('To', { exact: true });
    // The fields hold the dates exactly as the range line above the charts writes them.
    expect(`${await from.inputValue()} – ${await to.inputValue()}`).toBe(shown);
    // Typed in the app's way (or as day/month/year), tidied to it when the field is left.
    await from.fill('2 oct 2026');
    await to.fill('12/10/2026');
    await from.focus();
    await expect(to.inputValue()).resolves.toBe('12 Oct 2026');
    await expect(dialog.getByTestId('range-choice').textContent()).resolves.toBe(
      '2 Oct 2026 – 12 Oct 2026, 11 days',
    );
    await to.fill('12 Smarch 2026');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog.getByText('Enter both dates, like 1 Sept 2026.').isVisible()).resolves.toBe(
      true,
    );
    await to.fill('12 October 2026');
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await rangeTextChange(page, shown);
    expect(await rangeText(page)).toBe('2 Oct 2026 – 12 Oct 2026');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('marks weeks and months only partly inside the range as partial', async () => {
    const { page, problems, context } = await openDashboard(
      browser,
      '/?period=custom&from=2026-09-03&to=2026-10-14&groupBy=week',
    );
    const panel = page.locator('[data-chart="over-time"]');
    const note = panel.getByTestId('partial-note');
    // Thursday 3 Sept to Sunday 6 Sept; Monday 12 Oct to Wednesday 14 Oct.
    await expect(note.textContent()).resolves.toBe(
      '* Partial weeks, not comparable with whole ones: Week of 3 Sept 2026 (partial: 4 of 7 days); Week of 12 Oct 2026 (partial: 3 of 7 days).',
    );
    await panel.getByRole('button', { name: 'Table' }).click();
    const first = panel.locator('tbody tr').first().locator('th, td').first();
    await expect(first.textContent()).resolves.toBe('Week of 3 Sept 2026 (partial: 4 of 7 days)');
    const second = panel.locator('tbody tr').nth(1).locator('th, td').first();
    await expect(second.textContent()).resolves.toBe('Week of 7 Sept 2026');

    // By month (offered from 56 days): August from the 12th, October up to the 14th.
    await page.goto(`${baseUrl()}/?period=custom&from=2026-08-12&to=2026-10-14&groupBy=month`);
    await ready(page);
    expect(params(page).get('groupBy')).toBe('month');
    await expect(note.textContent()).resolves.toBe(
      '* Partial months, not comparable with whole ones: August 2026 (partial: 20 of 31 days); October 2026 (partial: 14 of 31 days).',
    );
    // Whole months have no note.
    await page.goto(`${baseUrl()}/?period=custom&from=2026-08-01&to=2026-10-31&groupBy=month`);
    await ready(page);
    expect(params(page).get('groupBy')).toBe('month');
    await expect(note.count()).resolves.toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
