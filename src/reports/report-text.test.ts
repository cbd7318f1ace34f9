// The email and PDF of demo users, read as text (the PDF through pdftotext), hold no number the
// quantity rules forbid: fractional counts, wrong plurals, storage in odd units, ranges whose
// ends read the same. The clock stands on the last day of a month, where storage barely moves.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { demoProfiles } from '../domain/demo/profiles.js';
import { quantityProblems } from '../domain/quantity-check.js';
import { monthPeriod } from '../domain/report-periods.js';
import { runPendingRollups } from '../services/rebuild-rollups.js';
import { reportData } from '../services/report-data.js';
import { seedDemo } from '../services/seed-demo.js';
import { serviceTest } from '../services/testing.js';
import { reportEmail } from './emails/report-email.js';
import { reportPdf } from './pdf-report.js';

const test = serviceTest('2026-11-30T15:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'report-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfText(pdf: Buffer, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

test('demo users’ report emails and PDFs keep to the quantity rules', async ({ ctx }) => {
  const users = demoProfiles(4);
  await seedDemo({ ctx, input: { users: users.length, months: 2 } });
  await runPendingRollups({ ctx, input: { retentionDays: 400 } });
  const seen: Record<string, string[]> = {};
  for (const u of users) {
    const d = await reportData({
      ctx,
      input: { userId: u.userId, period: monthPeriod('2026-11', u.timeZone) },
    });
    const email = reportEmail(d, { unsubscribeUrl: 'https://usage.example.com/u' });
    const pdf = pdfText(await reportPdf(d), u.userId);
    // The texts hold the numbers at all (a check of an empty text passes anything).
    expect(email.text).toMatch(/Sessions: [\d,]+ session/);
    expect(pdf).toMatch(/Storage\s+[\d.,]+ [GM]B/);
    expect(pdf).toContain('Forecast and limits');
    if (process.env.SHOW_REPORT_TEXT) console.log(email.text, pdf);
    // Dates as the dashboard writes them ("26 Nov 2026"); ISO dates only inside links.
    expect(`${email.text}\n${pdf}`).not.toMatch(
      /(?<![=\d-])\d{4}-\d{2}-\d{2}|(?<![:\d-])\d{2}-\d{2}(?![:\d-])/,
    );
    // Money as the dashboard writes it: no "$0.00" beside "$19".
    expect(pdf).not.toMatch(/\$\d+\.00\b/);
    const problems = [...quantityProblems(email.text), ...quantityProblems(pdf)];
    if (problems.length) seen[u.userId] = problems;
  }
  expect(seen).toEqual({});
}, 240_000);
