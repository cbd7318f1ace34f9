import { describe, expect, it } from 'vitest';
import { dailySeries, hourlySeries, metricSeries } from '../testing/series.js';
import { calendarHeatmap, monthlySummaries, weeklyTrend } from './calendar.js';
import { dayOfWeekProfile, hourOfDayProfile, weekdayHourHeatmap } from './profiles.js';
import { seasonalVariation } from './seasonal.js';
import { trendOf } from './trend.js';

describe('profiles', () => {
  it('finds the busy weekday of a series busy on Wednesdays', () => {
    // 2025-01-06 is a Monday; Wednesdays get 10, other days 2.
    const daily = dailySeries('2025-01-06', 28, (i) => ({ sessions: i % 7 === 2 ? 10 : 2 }));
    const p = dayOfWeekProfile(daily, 'sessions');
    expect(p.peak?.label).toBe('Wednesday');
    expect(p.slots.map((s) => s.mean)).toEqual([2, 2, 10, 2, 2, 2, 2]);
    expect(p.slots.every((s) => s.samples === 4)).toBe(true);
  });

  it('reads hours in the user zone: 09:00 in New York is 14:00 UTC', () => {
    const hourly = hourlySeries(
      '2025-01-06',
      24 * 14,
      (_, t) => ({ sessions: t.hour === 9 ? 5 : 0 }),
      'America/New_York',
    );
    expect(hourOfDayProfile(hourly, 'sessions', 'America/New_York').peak?.slot).toBe(9);
    expect(hourOfDayProfile(hourly, 'sessions', 'UTC').peak?.slot).toBe(14);
  });

  it('has no peak when there is no usage', () => {
    const hourly = hourlySeries('2025-01-06', 48, () => ({}));
    expect(hourOfDayProfile(hourly, 'sessions', 'UTC').peak).toBeNull();
  });

  it('builds a weekday x hour matrix of means', () => {
    // Two weeks; Tuesday 10:00 has 3 then 5 -> mean 4.
    const hourly = hourlySeries('2025-01-06', 24 * 14, (i, t) =>
      t.weekday === 2 && t.hour === 10 ? { sessions: i < 168 ? 3 : 5 } : {},
    );
    const h = weekdayHourHeatmap(hourly, 'sessions', 'UTC');
    expect(h.cells[1]?.[10]).toBe(4);
    expect(h.samples[1]?.[10]).toBe(2);
    expect(h.max).toBe(4);
    expect(h.cells.flat().filter((c) => c > 0)).toHaveLength(1);
  });
});

describe('calendar views', () => {
  const clock = { now: '2025-03-10T12:00:00Z', zone: 'UTC' };

  it('covers exactly twelve months with nulls before the history', () => {
    const daily = metricSeries('2025-01-01', 'sessions', new Array(69).fill(1));
    const c = calendarHeatmap(daily, 'sessions', clock);
    expect(c.range).toEqual({ from: '2024-03-11', to: '2025-03-10' });
    expect(c.days).toHaveLength(365);
    expect(c.days[0]?.value).toBeNull();
    expect(c.days.at(-1)?.value).toBe(1);
  });

  it('sums ISO weeks, marks the current week incomplete and sees growth', () => {
    // Monday 2025-01-06 .. Monday 2025-03-10 (today): weekly totals grow by 7 each week.
    const daily = dailySeries('2025-01-06', 64, (i) => ({ sessions: 10 + Math.floor(i / 7) }));
    const w = weeklyTrend(daily, 'sessions', clock);
    expect(w.weeks[0]).toMatchObject({ week: '2025-W02', value: 70, complete: true });
    expect(w.weeks.at(-1)).toMatchObject({ start: '2025-03-10', days: 1, complete: false });
    expect(w.trend).toMatchObject({ available: true, direction: 'up' });
  });

  it('summarises months by the metric aggregation: storage is the latest reading', () => {
    const daily = dailySeries('2025-01-01', 69, (i) => ({ storage_mb: 100 + i, sessions: i % 2 }));
    const m = monthlySummaries(daily, 'storage_mb', clock);
    expect(m.months.map((x) => x.value)).toEqual([130, 158, 168]);
    expect(m.months.map((x) => x.complete)).toEqual([true, true, false]);
    const s = monthlySummaries(daily, 'sessions', clock).months[0];
    expect(s).toMatchObject({
      value: 15,
      activeDays: 15,
      days: 31,
      peak: { date: '2025-01-02', value: 1 },
    });
  });

  it('calls flat noise stable and a clear rise up', () => {
    expect(trendOf([10, 11, 9, 10, 11, 9])).toMatchObject({ direction: 'stable' });
    expect(trendOf([10, 12, 14, 16, 18])).toMatchObject({ direction: 'up' });
    expect(trendOf([10, 12])).toMatchObject({ available: false });
  });
});

describe('seasonal variation', () => {
  it('refuses with under twelve complete months', () => {
    const daily = metricSeries('2024-05-01', 'sessions', new Array(360).fill(3));
    const s = seasonalVariation(daily, 'sessions', { now: '2025-04-26T00:00:00Z', zone: 'UTC' });
    expect(s.available).toBe(false);
  });

  it('finds a December peak on top of growth', () => {
    // Two years; daily mean grows 1%/month and December is 50% busier.
    const daily = dailySeries('2023-01-01', 731, (_, date) => {
      const m = Number(date.slice(5, 7));
      const k = (Number(date.slice(0, 4)) - 2023) * 12 + m - 1;
      return { sessions: 100 * (1 + 0.01 * k) * (m === 12 ? 1.5 : 1) };
    });
    const s = seasonalVariation(daily, 'sessions', { now: '2025-01-05T00:00:00Z', zone: 'UTC' });
    if (!s.available) throw new Error(s.reason);
    expect(s.peakMonth).toBe(12);
    expect(s.months[11]?.index).toBeGreaterThan(1.35);
    expect(s.months[5]?.index).toBeGreaterThan(0.9);
    expect(s.months[5]?.index).toBeLessThan(1.0);
    expect(s.months.every((m) => m.years === 2)).toBe(true);
  });
});
