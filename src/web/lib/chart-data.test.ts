import { describe, expect, it } from 'vitest';
import { bucketTable, changeText, overTimeSummary } from './chart-data.js';
import { bucketCoverage, partialFootnote } from './partial-buckets.js';
import type { History } from './types.js';

function history(p: {
  groupBy: History['period']['groupBy'];
  from: string;
  to: string;
  buckets: [string, string, number][];
  total: number;
  previous: number;
  coverage: number;
}): History {
  const none = { sessions: null } as History['totals'];
  return {
    period: { from: p.from, to: p.to, tz: 'UTC', groupBy: p.groupBy },
    metrics: ['sessions'],
    buckets: p.buckets.map(([start, end, v]) => ({ start, end, sessions: v })),
    totals: { ...none, sessions: p.total },
    previousTotals: { ...none, sessions: p.previous },
    previousPeriod: { from: p.from, to: p.to },
    previousCoverage: p.coverage,
    change: { ...none, sessions: ((p.total - p.previous) / p.previous) * 100 },
    trend: { sessions: p.total >= p.previous ? 'up' : 'down' },
    peaks: { sessions: null },
    limits: { plan: 'pro', planName: 'Pro', values: { sessions: 1000 } },
  } as unknown as History;
}

describe('changes in the summaries', () => {
  it('gives the amount, not "+1,400.3%", when the history starts inside the previous period', () => {
    const h = history({
      groupBy: 'month',
      from: '2025-12-01',
      to: '2026-11-30',
      buckets: [],
      total: 11_312,
      previous: 754,
      coverage: 0.08,
    });
    expect(changeText(h, 'sessions')).toBe(
      '+10,558 sessions on the previous period (your history starts inside the previous period)',
    );
    expect(overTimeSummary(h, ['sessions'])).not.toMatch(/%/);
  });

  it('gives a percentage on a covered, meaningful base', () => {
    const h = history({
      groupBy: 'day',
      from: '2026-11-01',
      to: '2026-11-30',
      buckets: [],
      total: 1126,
      previous: 1513,
      coverage: 1,
    });
    expect(changeText(h, 'sessions')).toBe('−25.6% on the previous period (falling)');
  });
});

describe('partial weeks and months', () => {
  const weeks = history({
    groupBy: 'week',
    from: '2026-09-03',
    to: '2026-09-16',
    buckets: [
      ['2026-09-03T00:00:00+00:00', '2026-09-07T00:00:00+00:00', 10],
      ['2026-09-07T00:00:00+00:00', '2026-09-14T00:00:00+00:00', 20],
      ['2026-09-14T00:00:00+00:00', '2026-09-17T00:00:00+00:00', 5],
    ],
    total: 35,
    previous: 30,
    coverage: 1,
  });

  it('names clipped weeks in the table and the note, not whole ones', () => {
    expect(bucketTable(weeks, ['sessions']).rows.map((r) => r[0])).toEqual([
      'Week of 3 Sept 2026 (partial: 4 of 7 days)',
      'Week of 7 Sept 2026',
      'Week of 14 Sept 2026 (partial: 3 of 7 days)',
    ]);
    expect(partialFootnote(weeks)).toBe(
      '* Partial weeks, not comparable with whole ones: Week of 3 Sept 2026 (partial: 4 of 7 days); Week of 14 Sept 2026 (partial: 3 of 7 days).',
    );
  });

  it('counts a week or month still under way only up to today', () => {
    const week = { start: '2026-11-30T00:00:00+01:00', end: '2026-12-07T00:00:00+01:00' };
    expect(bucketCoverage(week, 'week', '2026-12-02')).toEqual({ days: 3, of: 7, open: true });
    expect(bucketCoverage(week, 'week', '2026-12-06')).toBeNull();
    const month = { start: '2026-11-01T00:00:00+01:00', end: '2026-12-01T00:00:00+01:00' };
    expect(bucketCoverage(month, 'month', '2026-11-12')).toEqual({ days: 12, of: 30, open: true });
    expect(bucketCoverage(month, 'month', '2026-11-30')).toBeNull();
    expect(bucketCoverage(month, 'day', '2026-11-12')).toBeNull();
  });
});
