// The user's language (issue 17 §6): `lang=de` in the link shows the dashboard in German with
// German numbers and dates, kept in the URL as the view changes; without it an English browser
// sees exactly the English dashboard; <html lang> follows the locale (axe checks it is valid).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { mintToken } from '../src/services/tokens.js';
import { baseUrl, demoToken, openDashboard, params, ready } from './lib/app.js';
import { launch, openPage } from './lib/browser.js';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

/** axe's rules about the page's language: violations by id. */
async function langViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (o: object) => Promise<{ violations: { id: string }[] }> };
      }
    ).axe;
    const r = await axe.run({ runOnly: ['html-has-lang', 'html-lang-valid', 'valid-lang'] });
    return r.violations.map((v) => v.id);
  });
}

const cardsText = (page: Page) => page.locator('.cards').innerText();

describe('the user’s language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lang=de: German text, numbers and dates, kept in the URL', async () => {
    const token = await demoToken('demo-01');
    const { page, context } = await openDashboard(
      browser,
      `/?period=12m&groupBy=month&lang=de&token=${token}`,
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await langViolations(page)).toEqual([]);
    const range = page.getByRole('group', { name: 'Zeitraum', exact: true });
    await expect(range.getByRole('button', { name: '30 Tage' }).count()).resolves.toBe(1);
    await expect(page.getByRole('group', { name: 'Auflösung' }).count()).resolves.toBe(1);
    const cards = await cardsText(page);
    expect(cards).toContain('Sitzungen');
    expect(cards).toContain('Audiominuten');
    // German grouping ("1.234 Sitzungen") and decimal comma, never the English "1,234".
    expect(cards).toMatch(/\d\.\d{3} Sitzungen/);
    expect(cards).not.toMatch(/\d,\d{3} /);
    // "1. Dez. 2025 – 30. Nov. 2026"
    const dates = await page.locator('.range-text').innerText();
    expect(dates).toMatch(
      /^\d{1,2}\. [A-ZÄÖÜ][a-zä]{2,3}\.? \d{4} – \d{1,2}\. [A-ZÄÖÜ][a-zä]{2,3}\.? \d{4}$/,
    );
    expect(await page.locator('.zone').innerText()).toMatch(/^Zeiten in\s+Europe\//);
    expect(await page.title()).toBe('12 Monate · Usage Insights');
    // Changing the view keeps the language in the link.
    await range.getByRole('button', { name: '30 Tage' }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('period') === null);
    expect(params(page).get('lang')).toBe('de');
    expect(await page.title()).toBe('30 Tage · Usage Insights');
    await context.close();
  });

  it('lang=de: German from the first paint (the catalogue is its own chunk, loaded first)', async () => {
    const token = await demoToken('demo-01');
    const w = await openPage(browser);
    const scripts: string[] = [];
    w.page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    // Every text the page ever showed, from its first node on: none of it may be English.
    await w.page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { seenTexts: string[] }).seenTexts = seen;
      new MutationObserver(() => {
        const text = document.body?.innerText;
        if (text) seen.push(text);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await w.page.goto(`${baseUrl()}/?lang=de&token=${token}`);
    await ready(w.page);
    const seen = await w.page.evaluate(
      () => (window as unknown as { seenTexts: string[] }).seenTexts,
    );
    expect(seen.length).toBeGreaterThan(0);
    const english = /\b(Loading|Signing in|Sessions|Usage over time|Range)\b/;
    expect(seen.filter((t) => english.test(t))).toEqual([]);
    expect(scripts.some((p) => /\/assets\/de-[\w-]+\.js$/.test(p))).toBe(true);
    await w.context.close();
  });

  it('lang=de: the panels, the billing strip and the account settings in German', async () => {
    const token = await demoToken('demo-01');
    const { page, context } = await openDashboard(browser, `/?lang=de&token=${token}`);
    const heading = (name: string) => page.getByRole('heading', { name, exact: true });
    await heading('Nutzung im Zeitverlauf').waitFor();
    expect(await page.locator('#billing-title').innerText()).toMatch(
      /^Dieser Abrechnungszeitraum .* · Tag \d+ von \d+$/,
    );
    // The limit states are the domain's sentences, written with the page's words.
    const strip = await page.locator('[data-testid="billing-strip"]').innerText();
    expect(strip).toMatch(/% genutzt|übrig|gesperrt|über dem Limit/);
    expect(strip).not.toMatch(/% used|\d left|blocked|over the limit/);
    // Its quantities too: "1.000 von 1.000 Sitzungen", never "1,000 von 1,000 sessions".
    expect(strip).toMatch(/\d von [\d.,]+ (Sitzungen|Min\.|Transkriptionen|Exporte|GB|MB)/);
    expect(strip).not.toMatch(/ (sessions|transcriptions|exports)\b/);
    const table = page.locator('[data-chart="over-time"]').getByRole('button', { name: 'Tabelle' });
    expect(await table.count()).toBe(1);
    const account = page.locator('[data-chart="account"]');
    await account.waitFor({ timeout: 60_000 });
    expect(await account.getByRole('heading', { level: 2 }).innerText()).toBe(
      'Berichte, API-Schlüssel und Warnungen',
    );
    await account.getByRole('heading', { name: 'API-Schlüssel', exact: true }).waitFor();
    await account.getByRole('button', { name: 'Schlüssel erstellen' }).waitFor();
    await account.getByRole('heading', { name: 'Berichte per E-Mail' }).waitFor();
    expect(await account.innerText()).not.toMatch(/Create key|Emailed reports|Spend budget/);
    await context.close();
  });

  it('lang=de: the operator console in German', async () => {
    const secret = readFileSync(join(inject('dataDir'), 'jwt-secret'), 'utf8').trim();
    const cfg = { secret, issuer: 'usage-insights', audience: 'usage-insights' };
    const service = await mintToken(cfg, 'service', 'ingest', 3600, Date.now());
    const { page, context } = await openPage(browser);
    await page.goto(`${baseUrl()}/admin?lang=de`);
    await page.getByLabel('Service-Token').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Usage Insights Betriebskonsole',
    );
    await page.goto(`${baseUrl()}/admin?lang=de&token=${service}`);
    await page.getByRole('heading', { name: 'Usage Insights · Betriebskonsole' }).waitFor();
    await page.getByRole('heading', { name: 'Erfassung und Verdichtung' }).waitFor();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
    await context.close();
  });

  it('without lang: an English browser sees the English dashboard as before', async () => {
    const token = await demoToken('demo-01');
    const { page, context } = await openDashboard(
      browser,
      `/?period=12m&groupBy=month&token=${token}`,
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
    // An English page never fetches another language's catalogue.
    const loaded = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
    );
    expect(loaded.filter((p) => /\/assets\/de-[\w-]+\.js$/.test(p))).toEqual([]);
    expect(await langViolations(page)).toEqual([]);
    expect(params(page).get('lang')).toBeNull();
    const cards = await cardsText(page);
    expect(cards).toContain('Sessions');
    expect(cards).toMatch(/\d,\d{3} sessions/);
    expect(cards).toMatch(/vs previous period|No change from the previous period/);
    const dates = await page.locator('.range-text').innerText();
    expect(dates).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4} – \d{1,2} [A-Z][a-z]{2} \d{4}$/);
    expect(await page.getByRole('group', { name: 'Range', exact: true }).innerText()).toContain(
      '30 days',
    );
    expect(await page.title()).toBe('12 months · Usage Insights');
    await context.close();
  });

  it('a German browser gets German without a parameter; lang=en overrides it', async () => {
    const token = await demoToken('demo-01');
    const de = await openDashboard(browser, `/?token=${token}`, { locale: 'de-DE' });
    expect(await de.page.evaluate(() => document.documentElement.lang)).toBe('de-DE');
    expect(await de.page.title()).toBe('30 Tage · Usage Insights');
    await de.context.close();
    const token2 = await demoToken('demo-01');
    const en = await openDashboard(browser, `/?lang=en&token=${token2}`, { locale: 'de-DE' });
    expect(await en.page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await en.page.title()).toBe('30 days · Usage Insights');
    expect(await cardsText(en.page)).toContain('Sessions');
    await en.context.close();
  });
});
