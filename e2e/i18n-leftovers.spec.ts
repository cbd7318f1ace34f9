// The German dashboard without English leftovers (issue 17 §6): text that reached a German page
// from the API (the efficiency score's words, stored alert messages, evidence names) or from an
// English-only formatter (feature use, the weekly heatmap's rate, month names, the calendar's
// months) is written in the page's language, and plans by their names, not their ids. Every panel,
// table and detail is opened and read as a whole.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoToken, openDashboard } from './lib/app.js';
import { chartReady, launch } from './lib/browser.js';

/** English that once reached the German dashboard; any of it back fails the spec. */
const ENGLISH_LEFTOVERS = new RegExp(
  [
    // The efficiency score's details and formula.
    'of the limit',
    'for 30 days',
    'in the last 30 (complete )?days',
    'no complete month',
    'your plan',
    'score = 100',
    // Quantities by the English formatter ("0 sessions von 1,000 sessions", "0 calls").
    '\\d (sessions|minutes|transcriptions|exports|calls)\\b',
    // Rates ("about 6.3 an hour").
    'an hour\\b',
    'a day\\b',
    // Limit alerts as stored in English.
    'used this billing period',
    'past the \\d+% alert',
    // Forecast, budget and anomaly alerts as stored in English.
    'will be reached around',
    'Spend budget:',
    'were expected \\(usual range',
    // Evidence by the API's keys.
    'minutesPerSession|audioMinutes|sessionLimit|apiCalls|storageMb',
    // Month names of the seasonal view.
    '\\b(January|February|March|May|June|July|October|December)\\b',
    // German plurals after "von" not in the dative ("0 von 250 Exporte").
    'von [\\d.,]+ (Exporte|Aufrufe)\\b',
    // German nouns lowercased the English way ("Einbruch bei sitzungen").
    'bei (sitzungen|audiominuten|transkriptionen|exporte)\\b',
    // Plan ids where the plan's display name belongs ("% Ihres Tarifs pro", "Nutzern von starter").
    '(Tarifs?|Nutzern von|Limit von) (free|starter|pro|business|enterprise)\\b',
    // ISO months where a month name belongs (the calendar's month table once said "2026-11").
    '\\b\\d{4}-(0[1-9]|1[0-2])\\b(?!-\\d)',
  ].join('|'),
);

describe('the German dashboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('has no English from the API or a formatter in any panel, table or detail', async () => {
    // Demo users with limit alerts, best practices and unusual days.
    for (const user of ['demo-02', 'demo-10']) {
      const token = await demoToken(user);
      const { page, context, problems } = await openDashboard(
        browser,
        `/?period=30d&groupBy=day&lang=de&token=${token}`,
      );
      for (const chart of ['plan', 'weekday-hour', 'calendar'])
        await chartReady(page, chart, 90_000);
      const features = page.getByTestId('features-panel');
      await features.waitFor({ timeout: 90_000 });
      await page.locator('[data-chart="account"]').waitFor({ timeout: 60_000 });
      // Everything a reader can open: details (evidence, the score's formula), every table.
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => (d.open = true)),
      );
      for (const b of await page.getByRole('button', { name: 'Tabelle', exact: true }).all())
        await b.click();
      expect(await page.locator('.score-detail').count()).toBeGreaterThan(0);
      expect(await page.locator('details.formula p').innerText()).toMatch(/^Wert = 100 × /);
      // The calendar's month table names its months ("November 2026"), never "2026-11".
      const calendar = page.locator('[data-chart="calendar"]');
      expect(await calendar.locator('tbody tr th, tbody tr td').first().innerText()).toMatch(
        /^(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}$/,
      );
      expect(await features.locator('.feature-used').first().innerText()).toMatch(
        /^[\d.]+ Sitzung(en)? von [\d.]+ Sitzungen$/,
      );
      const text = await page.locator('body').innerText();
      expect(text.match(ENGLISH_LEFTOVERS)?.[0] ?? null, user).toBeNull();
      expect(problems).toEqual([]);
      await context.close();
    }
  }, 300_000);
});
