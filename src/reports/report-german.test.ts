// The report email and PDF in the recipient's language: a German locale gives German text,
// numbers ("1.234 Sitzungen") and dates ("1. Nov. 2026"); no locale gives the English report.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { demoProfiles } from '../domain/demo/profiles.js';
import { monthPeriod } from '../domain/report-periods.js';
import { runPendingRollups } from '../services/rebuild-rollups.js';
import { reportData } from '../services/report-data.js';
import { seedDemo } from '../services/seed-demo.js';
import { serviceTest } from '../services/testing.js';
import { reportEmail } from './emails/report-email.js';
import { reportPdf } from './pdf-report.js';

const test = serviceTest('2026-11-30T15:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'report-de-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfText(pdf: Buffer, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

test('a German recipient gets the email and PDF in German', async ({ ctx }) => {
  const [u] = demoProfiles(1);
  await seedDemo({ ctx, input: { users: 1, months: 2 } });
  await runPendingRollups({ ctx, input: { retentionDays: 400 } });
  const d = await reportData({
    ctx,
    input: { userId: u!.userId, period: monthPeriod('2026-11', u!.timeZone) },
  });
  const links = { unsubscribeUrl: 'https://usage.example.com/u' };

  const de = reportEmail({ ...d, locale: 'de' }, links);
  expect(de.subject).toBe('Ihr Nutzungsbericht für November 2026');
  expect(de.html).toContain('<html lang="de">');
  expect(de.html).toContain('Prognose für diesen Abrechnungsmonat');
  expect(de.html).toContain('Abbestellen');
  expect(de.text).toMatch(
    /^Nutzungsbericht für November 2026 \(1\. Nov\. 2026 – 30\. Nov\. 2026, /,
  );
  expect(de.text).toMatch(/\nSitzungen: \d{1,3}(\.\d{3})* Sitzung(en)? \(/);
  expect(de.text).toMatch(/\nAudiominuten: [\d.]+(,\d)? Minuten? \(/);
  // The report's own text is German (the sentences below come from reportData's locale).
  const own = de.text.split('\n\n').slice(0, 3).join('\n\n');
  expect(own).not.toMatch(/ sessions| vs the period before|Forecast for| of \d/);

  const pdf = pdfText(await reportPdf({ ...d, locale: 'de-DE' }), 'de');
  for (const words of [
    'Nutzungsbericht: November 2026',
    'Übersicht',
    'Kennzahl',
    'Vorheriger Zeitraum',
    'Tägliche Nutzung',
    'Prognose und Limits',
    'Seite 1 von',
  ]) {
    expect(pdf).toContain(words);
  }
  expect(pdf).toMatch(/Sitzungen\s+\d{1,3}(\.\d{3})* Sitzung/);
  expect(pdf).toMatch(/1\. Nov\. 2026 – 30\. Nov\. 2026/);

  // Asked for in German, reportData has the analyses' sentences in German too: comparisons, cost
  // lines and insights.
  const period = monthPeriod('2026-11', u!.timeZone);
  const dd = await reportData({ ctx, input: { userId: u!.userId, period, locale: 'de' } });
  expect(dd.insights.map((i) => i.id)).toEqual(d.insights.map((i) => i.id));
  // Its link opens the dashboard in German too (an English browser would otherwise get English).
  expect(dd.dashboardUrl).toMatch(/\?period=custom&from=2026-11-01&to=2026-11-30&lang=de$/);
  expect(d.dashboardUrl).not.toContain('lang=');
  if (d.insights.length) expect(dd.insights[0]!.title).not.toBe(d.insights[0]!.title);
  const full = reportEmail(dd, links).text;
  expect(full).toContain('Vergleich mit früheren Zeiträumen:');
  expect(full).toMatch(/\n- Sitzungen pro Woche: /);
  expect(full).toMatch(/\n- Sitzungen im Monatsvergleich: /);
  expect(full).not.toMatch(/ on the same weekdays| per week:|Projected bill|billing period so far/);
  const fullPdf = pdfText(await reportPdf(dd), 'de-full');
  for (const words of ['Vorjahresvergleich', 'Jahressummen', 'Wochentrend', 'Dieser Zeitraum'])
    expect(fullPdf).toContain(words);
  expect(fullPdf).not.toMatch(/Annual totals|Weekly trend|per week:/);
  // The charts too (their SVG text is the PDF's text): titles, legends, axis names, date ticks.
  writeFileSync(join(dir, 'de-full.txt'), fullPdf);
  for (const words of ['Anzahl', 'Prognose', 'pro Woche (Montag bis Sonntag)', '3. Nov.'])
    expect(fullPdf).toContain(words);
  expect(fullPdf).not.toMatch(
    /\b(count|minutes|forecast|actual|a year earlier|this period|per week \(Monday)\b/,
  );
  expect(fullPdf).not.toMatch(/\b\d{1,2} (Nov|Oct|Dec)\b(?! 2026)/);

  // Without a locale: the English report as before.
  const en = reportEmail(d, links);
  expect(en.subject).toBe('Your usage report for November 2026');
  expect(en.html).toContain('<html lang="en">');
  expect(en.text).toMatch(/\nSessions: [\d,]+ sessions? \(/);
  const enPdf = pdfText(await reportPdf(d), 'en');
  expect(enPdf).toContain('Usage report: November 2026');
  expect(enPdf).toMatch(/1 Nov 2026 – 30 Nov 2026/);
}, 240_000);
