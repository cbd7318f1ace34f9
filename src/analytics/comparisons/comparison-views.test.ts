import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dailySeries, metricSeries } from '../testing/series.js';
import { isoWeekday } from '../time.js';
import { annualTotals } from './annual.js';
import { monthOverMonthView } from './month-over-month.js';
import { firstUsageDay, metricComparisons } from './views.js';
import { rangeYearOverYear } from './year-over-year.js';

// Weekdays 10 a day in 2024, 15 in 2025; weekends nothing.
const weekly = dailySeries('2024-02-01', 420, (_, d) => ({
  sessions: isoWeekday(d) >= 6 ? 0 : d >= '2025-01-01' ? 15 : 10,
}));

describe('a range against the same weekdays a year earlier', () => {
  it('steps back 364 days, over a leap day: Monday 3 March 2025 meets Monday 4 March 2024', () => {
    const y = rangeYearOverYear(weekly, [], 'sessions', {
      range: { from: '2025-03-03', to: '2025-03-16' },
      today: '2025-03-20',
      since: '2024-02-01',
      bucket: 'week',
    });
    // 10 weekdays: 10 x 15 = 150 against 10 x 10 = 100. Two weeks with empty weekends are too
    // few for the Welch test (t = 3.57 / 2.26 = 1.58 < 2): +50% but "stable", as every comparison rules.
    expect(y.comparison).toMatchObject({
      available: true,
      current: { from: '2025-03-03', to: '2025-03-16', days: 14, value: 150 },
      previous: { from: '2024-03-04', to: '2024-03-17', days: 14, value: 100 },
      change: 50,
      changePct: 50,
      direction: 'stable',
    });
    expect(y.buckets).toEqual([
      {
        from: '2025-03-03',
        to: '2025-03-09',
        days: 7,
        value: 75,
        previous: 50,
        previousFrom: '2024-03-04',
        previousTo: '2024-03-10',
        changePct: 50,
      },
      expect.objectContaining({ from: '2025-03-10', value: 75, previous: 50 }),
    ]);
  });

  it('compares 29 February 2024 with Thursday 2 March 2023', () => {
    const series = dailySeries('2023-01-01', 500, (_, d) => ({
      sessions: d === '2024-02-29' ? 7 : 1,
    }));
    const y = rangeYearOverYear(series, [], 'sessions', {
      range: { from: '2024-02-26', to: '2024-03-03' },
      today: '2024-06-01',
      since: '2023-01-01',
      bucket: 'day',
    });
    const leap = y.buckets.find((b) => b.from === '2024-02-29');
    expect(leap).toMatchObject({
      value: 7,
      previous: 1,
      previousFrom: '2023-03-02',
      changePct: 600,
    });
    expect(y.comparison).toMatchObject({ current: { value: 13 }, previous: { value: 7 } });
  });

  it('leaves out today and later days of a range that runs on (a partial month)', () => {
    const y = rangeYearOverYear(weekly, [], 'sessions', {
      range: { from: '2025-03-01', to: '2025-03-31' },
      today: '2025-03-10',
      since: '2024-02-01',
      bucket: 'month',
    });
    // 1-9 March 2025: 5 weekdays (3-7 March) x 15; 2-10 March 2024 holds 4-8 March: 5 x 10.
    expect(y.comparison).toMatchObject({
      current: { to: '2025-03-09', days: 9, value: 75 },
      previous: { from: '2024-03-02', to: '2024-03-10', value: 50 },
    });
    expect(y.buckets).toHaveLength(1);
    expect(y.buckets[0]).toMatchObject({ days: 9, value: 75, previous: 50 });
  });

  it('says so when the history does not reach a year back, and shows no earlier values', () => {
    const y = rangeYearOverYear(weekly, [], 'sessions', {
      range: { from: '2025-03-03', to: '2025-03-09' },
      today: '2025-03-20',
      since: '2024-12-02',
      bucket: 'day',
    });
    expect(y.comparison).toEqual({
      available: false,
      reason: 'the history does not reach back to the same weekdays a year earlier',
    });
    expect(y.buckets.map((b) => b.previous)).toEqual(new Array(7).fill(null));
    expect(y.buckets[0]).toMatchObject({ value: 15, changePct: null });
  });

  it('counts local days across DST: each window holds one 23-hour day (Berlin, 2025 and 2024)', () => {
    // One event per local hour: a spring-forward day has 23.
    const hours = (d: string) => {
      const midnight = DateTime.fromISO(d, { zone: 'Europe/Berlin' });
      return midnight.plus({ days: 1 }).diff(midnight, 'hours').hours;
    };
    const series = dailySeries(
      '2024-03-01',
      420,
      (_, d) => ({ sessions: hours(d) }),
      'Europe/Berlin',
    );
    expect(series.find((p) => p.date === '2025-03-30')?.values.sessions).toBe(23);
    expect(series.find((p) => p.date === '2024-03-31')?.values.sessions).toBe(23);
    const y = rangeYearOverYear(series, [], 'sessions', {
      range: { from: '2025-03-24', to: '2025-04-06' },
      today: '2025-04-10',
      since: '2024-03-01',
      bucket: 'week',
    });
    expect(y.comparison).toMatchObject({
      current: { value: 14 * 24 - 1 },
      previous: { from: '2024-03-25', to: '2024-04-07', value: 14 * 24 - 1 },
      changePct: 0,
      direction: 'stable',
    });
  });

  it('reads the earlier window from a separate series (a range older than the history read)', () => {
    const current = metricSeries('2025-03-03', 'sessions', [2, 2, 2]);
    const earlier = metricSeries('2024-03-04', 'sessions', [1, 1, 1]);
    const y = rangeYearOverYear(current, earlier, 'sessions', {
      range: { from: '2025-03-03', to: '2025-03-05' },
      today: '2025-06-01',
      since: '2024-01-01',
      bucket: 'day',
    });
    expect(y.comparison).toMatchObject({
      current: { value: 6 },
      previous: { value: 3 },
      changePct: 100,
    });
  });
});

describe('annual totals with growth', () => {
  const ones = dailySeries('2023-01-01', 800, () => ({ sessions: 1, storage_mb: 0 }));

  it('compares complete years (366 days of 2024 against 365) and this year so far against the same dates', () => {
    const a = annualTotals(ones, 'sessions', '2025-03-11', '2023-01-01');
    expect(a.years.map((y) => [y.year, y.from, y.to, y.days, y.complete, y.value])).toEqual([
      [2023, '2023-01-01', '2023-12-31', 365, true, 365],
      [2024, '2024-01-01', '2024-12-31', 366, true, 366],
      [2025, '2025-01-01', '2025-03-10', 69, false, 69],
    ]);
    expect(a.years[0]?.growth).toEqual({
      available: false,
      reason: 'the history does not cover the year before',
    });
    expect(a.years[1]?.growth).toMatchObject({ basis: 'full-year', change: 1, changePct: 0.3 });
    // 1 January - 10 March 2024 has the leap day: 70 days.
    expect(a.years[2]?.growth).toMatchObject({
      basis: 'same-dates',
      previous: { from: '2024-01-01', to: '2024-03-10', days: 70, value: 70 },
      changePct: -1.4,
    });
  });

  it('compares a year to 29 February with 1 January - 28 February of the year before', () => {
    const a = annualTotals(ones, 'sessions', '2024-03-01', '2023-01-01');
    expect(a.years[1]).toMatchObject({
      year: 2024,
      to: '2024-02-29',
      value: 60,
      growth: { previous: { to: '2023-02-28', value: 59 }, changePct: 1.7 },
    });
  });

  it('gives a history that starts mid-year its totals but no growth', () => {
    const a = annualTotals(ones, 'sessions', '2025-03-11', '2024-06-15');
    expect(a.years.map((y) => [y.year, y.from, y.complete, y.value])).toEqual([
      [2024, '2024-06-15', false, 200],
      [2025, '2025-01-01', false, 69],
    ]);
    expect(a.years.map((y) => y.growth.available)).toEqual([false, false]);
    expect(annualTotals(ones, 'sessions', '2025-03-11', null).years).toEqual([]);
  });

  it('takes a gauge at its latest reading, not a sum', () => {
    const s = dailySeries('2024-01-01', 400, (i) => ({ storage_mb: 100 + i }));
    const a = annualTotals(s, 'storage_mb', '2025-01-20', '2024-01-01');
    expect(a.years.map((y) => y.value)).toEqual([465, 484]);
    // 19 January 2025 (484) against 19 January 2024 (118).
    expect(a.years[1]?.growth).toMatchObject({ previous: { value: 118 }, change: 366 });
  });
});

describe('month over month', () => {
  const clock = { now: '2025-03-10T15:00:00Z', zone: 'UTC' };
  // Zero-filled before the history starts (15 November), as the history service answers.
  const series = dailySeries('2024-06-01', 283, (_, d) => ({
    sessions:
      d < '2024-11-15'
        ? 0
        : d < '2024-12-01'
          ? 5
          : d < '2025-01-01'
            ? 10
            : d < '2025-02-01'
              ? 20
              : d < '2025-03-01'
                ? 15
                : 30,
  }));

  it('lists months from the history start, each against the one before when both are complete', () => {
    const m = monthOverMonthView(series, 'sessions', clock, '2024-11-15');
    expect(
      m.months.map((x) => [x.month, x.days, x.complete, x.value, x.previous, x.changePct]),
    ).toEqual([
      ['2024-11', 16, false, 80, null, null],
      ['2024-12', 31, true, 310, null, null],
      ['2025-01', 31, true, 620, 310, 100],
      ['2025-02', 28, true, 420, 620, -32.3],
      ['2025-03', 10, false, 300, null, null],
    ]);
    // 1-9 March (30 a day) against 1-9 February (15 a day).
    expect(m.monthToDate).toMatchObject({
      current: { value: 270 },
      previous: { value: 135 },
      changePct: 100,
    });
    expect(m.fullMonth).toMatchObject({ current: { value: 420 }, previous: { value: 620 } });
    expect(m.trend).toMatchObject({ available: false });
  });
});

describe('comparisons of one metric', () => {
  it('starts the history at the first day with usage, so seasonality waits for 12 real months', () => {
    const series = dailySeries('2024-02-05', 400, (_, d) => ({
      sessions: d < '2025-01-10' ? 0 : 3,
      storage_mb: 0,
    }));
    const since = firstUsageDay(series);
    expect(since).toBe('2025-01-10');
    const c = metricComparisons(
      {
        now: '2025-03-10T15:00:00Z',
        zone: 'UTC',
        history: series,
        range: { from: '2025-02-10', to: '2025-03-09' },
        current: series,
        yearEarlier: [],
        since,
        bucket: 'week',
      },
      'sessions',
    );
    expect(c.seasonal).toEqual({
      available: false,
      reason: 'seasonal variation needs 12 complete months of history; there are 1',
    });
    expect(c.yearOverYear.comparison.available).toBe(false);
    expect(c.annual.years.map((y) => y.year)).toEqual([2025]);
    expect(c.weekly.weeks[0]).toMatchObject({ start: '2025-01-06', days: 3, complete: false });
    expect(c.monthOverMonth.months.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03']);
  });
});
