import { describe, expect, it } from 'vitest';
import { wordsFor } from './i18n/index.js';
import {
  annualTexts,
  monthOverMonthText,
  seasonalText,
  signedPct,
  weeklyText,
  yearOverYearText,
} from './comparison-text.js';

describe('comparison wording', () => {
  it('says year over year with both spans, or why there is none', () => {
    const c = {
      available: true as const,
      current: { from: '2026-11-02', to: '2026-11-15', value: 42 },
      previous: { from: '2025-11-03', to: '2025-11-16', value: 28 },
      changePct: 50,
      direction: 'up',
    };
    const range = { from: '2026-11-02', to: '2026-11-15' };
    expect(yearOverYearText('sessions', c, range, '2025-01-01')).toBe(
      'Sessions, 2 Nov 2026 – 15 Nov 2026: 42 sessions, +50% on the same weekdays a year earlier (3 Nov 2025 – 16 Nov 2025: 28 sessions).',
    );
    expect(
      yearOverYearText('sessions', { available: false, reason: 'x' }, range, '2026-08-01'),
    ).toBe(
      'Sessions, 2 Nov 2026 – 15 Nov 2026: no year-over-year comparison, the history does not reach a year back (your history starts 1 Aug 2026).',
    );
  });

  it('gives the earlier total instead of a percentage against a small base', () => {
    const year = (y: number, value: number, previous: number, basis: string) => ({
      year: y,
      from: `${y}-01-01`,
      to: basis === 'full-year' ? `${y}-12-31` : `${y}-06-30`,
      complete: basis === 'full-year',
      value,
      growth: {
        available: true as const,
        changePct: ((value - previous) / previous) * 100,
        basis,
        previous: { value: previous },
      },
    });
    expect(
      annualTexts('sessions', [year(2025, 50, 1, 'full-year'), year(2026, 90, 12, 'same-dates')]),
    ).toEqual([
      '2025: 50 sessions, against 1 session in 2024',
      '2026 so far (to 30 Jun 2026): 90 sessions, against 12 sessions on the same dates of 2025',
    ]);
    expect(annualTexts('sessions', [year(2025, 50, 25, 'full-year')])).toEqual([
      '2025: 50 sessions, +100% on 2024',
    ]);
  });

  it('names partial years and the basis of growth', () => {
    const g = (changePct: number, basis: string) => ({
      available: true as const,
      changePct,
      basis,
    });
    expect(
      annualTexts('sessions', [
        {
          year: 2024,
          from: '2024-03-05',
          to: '2024-12-31',
          complete: false,
          value: 10,
          growth: { available: false, reason: '' },
        },
        {
          year: 2025,
          from: '2025-01-01',
          to: '2025-12-31',
          complete: true,
          value: 1200,
          growth: g(12.34, 'full-year'),
        },
        {
          year: 2026,
          from: '2026-01-01',
          to: '2026-11-29',
          complete: false,
          value: 900,
          growth: g(-4, 'same-dates'),
        },
      ]),
    ).toEqual([
      '2024 (from 5 Mar 2024): 10 sessions; no growth figure, the history starts during the year',
      '2025: 1,200 sessions, +12.3% on 2024',
      '2026 so far (to 29 Nov 2026): 900 sessions, −4% on the same dates of 2025',
    ]);
  });

  it('reads month over month, seasonality and the weekly trend', () => {
    const months = [
      { month: '2026-09', value: 90, complete: true, changePct: null, previous: null },
      { month: '2026-10', value: 93, complete: true, changePct: 3.3, previous: 90 },
      { month: '2026-11', value: 57, complete: false, changePct: null, previous: null },
    ];
    expect(
      monthOverMonthText('sessions', {
        months,
        monthToDate: { available: false, reason: '' },
        trend: { available: false, reason: '' },
      }),
    ).toBe('Sessions month over month: October 2026 93 sessions, +3.3% on September 2026.');
    // On the first of a month, 12 sessions against 1: the earlier amount, not "+1,100%".
    const firstDay = (prev: number) =>
      monthOverMonthText('sessions', {
        months,
        monthToDate: {
          available: true,
          current: { from: '2026-12-01', to: '2026-12-01', value: 12 },
          previous: { from: '2026-11-01', to: '2026-11-01', value: prev },
          changePct: ((12 - prev) / prev) * 100,
          direction: 'up',
        },
        trend: { available: false, reason: '' },
      });
    expect(firstDay(1)).toBe(
      'Sessions month over month: October 2026 93 sessions, +3.3% on September 2026; this month so far (1 Dec 2026) 12 sessions, against 1 session on the same days of last month.',
    );
    expect(firstDay(40)).toMatch(/12 sessions, −70% on the same days of last month/);
    expect(
      seasonalText(
        'sessions',
        { available: false, reason: 'needs 12 …; there are 1' },
        '2026-10-09',
      ),
    ).toBe(
      'Sessions: seasonal variation needs 12 complete months of history; there is 1 (your history starts 9 Oct 2026).',
    );
    expect(
      weeklyText('audio_minutes', {
        weeks: [
          { week: 'W45', start: '2026-11-02', end: '2026-11-08', value: 100, complete: true },
          { week: 'W46', start: '2026-11-09', end: '2026-11-15', value: 110, complete: true },
        ],
        trend: { available: true, direction: 'up', changePctPerPeriod: 2.04, periods: 12 },
      }),
    ).toBe(
      'Audio minutes per week: rising over the last 12 complete weeks (+2% a week); week of 9 Nov 2026: 110 minutes, +10% on the week before.',
    );
    expect(signedPct(-0.04)).toBe('0%');
  });

  it('gives the earlier amount, not a percentage, for a complete month or week below a base of 20', () => {
    const months = [
      { month: '2026-09', value: 3, complete: true, changePct: null, previous: null },
      { month: '2026-10', value: 9, complete: true, changePct: 200, previous: 3 },
    ];
    expect(
      monthOverMonthText('exports', {
        months,
        monthToDate: { available: false, reason: '' },
        trend: { available: false, reason: '' },
      }),
    ).toBe(
      'Exports month over month: October 2026 9 exports, against 3 exports in September 2026.',
    );
    expect(
      weeklyText('exports', {
        weeks: [
          { week: 'W45', start: '2026-11-02', end: '2026-11-08', value: 2, complete: true },
          { week: 'W46', start: '2026-11-09', end: '2026-11-15', value: 7, complete: true },
        ],
        trend: { available: false, reason: '' },
      }),
    ).toBe(
      'Exports per week: too few complete weeks for a trend; week of 9 Nov 2026: 7 exports, against 2 exports the week before.',
    );
  });

  it('says it in German for a German reader', () => {
    const de = wordsFor('de');
    const c = {
      available: true as const,
      current: { from: '2026-11-02', to: '2026-11-15', value: 1234 },
      previous: { from: '2025-11-03', to: '2025-11-16', value: 28 },
      changePct: 12.5,
      direction: 'up',
    };
    const range = { from: '2026-11-02', to: '2026-11-15' };
    expect(yearOverYearText('sessions', c, range, null, de)).toBe(
      'Sitzungen, 2. Nov. 2026 – 15. Nov. 2026: 1.234 Sitzungen, +12,5 % gegenüber denselben Wochentagen ein Jahr zuvor (3. Nov. 2025 – 16. Nov. 2025: 28 Sitzungen).',
    );
    const trend = {
      available: true as const,
      direction: 'down',
      changePctPerPeriod: -4,
      periods: 6,
    };
    const weeks = [{ week: 'w', start: '2026-11-16', end: '2026-11-22', value: 1, complete: true }];
    expect(weeklyText('sessions', { weeks, trend }, de)).toBe(
      'Sitzungen pro Woche: fallend über die letzten 6 vollständigen Wochen (−4 % pro Woche); Woche vom 16. Nov. 2026: 1 Sitzung.',
    );
  });
});
