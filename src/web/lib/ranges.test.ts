import { describe, expect, it } from 'vitest';
import { defaultGroupBy, drillTarget, rangeDays, validGroupBys, zoomOut } from './ranges.js';

describe('ranges and granularity', () => {
  it('offers hour only up to 31 days, week and month once they group something', () => {
    expect(validGroupBys(7)).toEqual(['hour', 'day']);
    expect(validGroupBys(31)).toEqual(['hour', 'day', 'week']);
    expect(validGroupBys(32)).toEqual(['day', 'week']);
    expect(validGroupBys(rangeDays('3m'))).toEqual(['day', 'week', 'month']);
    expect(validGroupBys(rangeDays('12m'))).not.toContain('hour');
    expect(validGroupBys(rangeDays('this_month'))).toContain('hour');
  });

  it('counts custom ranges inclusively, across DST and leap days', () => {
    expect(rangeDays('custom', '2026-03-29', '2026-03-29')).toBe(1);
    expect(rangeDays('custom', '2024-02-01', '2024-03-01')).toBe(30);
    expect(rangeDays('custom', '2026-03-01', '2026-03-31')).toBe(31);
  });

  it('opens short ranges by hour and long ones by week or month', () => {
    expect(defaultGroupBy(1)).toBe('hour');
    expect(defaultGroupBy(30)).toBe('day');
    expect(defaultGroupBy(366)).toBe('week');
    expect(defaultGroupBy(900)).toBe('month');
  });
});

describe('drill-down', () => {
  it('goes from a month to its days, a week to its days, a day to its hours', () => {
    expect(drillTarget('2026-02-01T00:00:00+01:00', 'month')).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
      groupBy: 'day',
      kind: 'month',
    });
    expect(drillTarget('2026-03-30T00:00:00+02:00', 'week')).toMatchObject({
      from: '2026-03-30',
      to: '2026-04-05',
    });
    expect(drillTarget('2026-03-29T00:00:00+01:00', 'day')).toEqual({
      from: '2026-03-29',
      to: '2026-03-29',
      groupBy: 'hour',
      kind: 'day',
    });
    expect(drillTarget('2026-03-29T03:00:00+02:00', 'hour')).toBeNull();
  });

  it('reads the local date from the offset string, not the browser zone', () => {
    // Midnight in Lord Howe is the previous day in UTC: still 1 November locally.
    expect(drillTarget('2026-11-01T00:00:00+11:00', 'month')?.from).toBe('2026-11-01');
  });

  it('stops at today inside the current month', () => {
    expect(drillTarget('2026-11-01T00:00:00+01:00', 'month', '2026-11-28')?.to).toBe('2026-11-28');
    expect(drillTarget('2026-10-01T00:00:00+02:00', 'month', '2026-11-28')?.to).toBe('2026-10-31');
  });

  it('zooms out from a day to its month and from a month to 12 months', () => {
    expect(zoomOut('custom', '2026-02-14', '2026-02-14')).toEqual({
      period: 'custom',
      from: '2026-02-01',
      to: '2026-02-28',
      groupBy: 'day',
    });
    expect(zoomOut('custom', '2026-02-01', '2026-02-28')).toEqual({
      period: '12m',
      groupBy: 'month',
    });
    expect(zoomOut('custom', '2026-11-01', '2026-11-28', '2026-11-28')?.period).toBe('12m');
    expect(zoomOut('custom', '2026-02-03', '2026-02-20')).toBeNull();
    // Today is the month's first day: its month so far is the day shown, so the year comes next.
    expect(zoomOut('custom', '2026-12-01', '2026-12-01', '2026-12-01')).toEqual({
      period: '12m',
      groupBy: 'month',
    });
    expect(zoomOut('30d', undefined, undefined)).toBeNull();
  });
});
