import { describe, expect, it } from 'vitest';
import type { History } from '../lib/types.js';
import { anomalyMarks, anomalyText, withAnomalyNotes } from './anomaly-marks.js';

const h = {
  period: { from: '2026-10-01', to: '2026-10-03', tz: 'Europe/Berlin', groupBy: 'day' },
  buckets: [
    { start: '2026-10-01T00:00:00+02:00', end: '', sessions: 40 },
    { start: '2026-10-02T00:00:00+02:00', end: '', sessions: 215 },
    { start: '2026-10-03T00:00:00+02:00', end: '', sessions: 41 },
  ],
} as unknown as History;

const spike = {
  index: 370,
  time: '2026-10-02',
  value: 215,
  expected: 42.36,
  lower: 19.6,
  upper: 65.1,
  direction: 'spike' as const,
  severity: 'high' as const,
  score: 26.5,
};

describe('anomaly marks', () => {
  it('places unusual days on their daily buckets, and nothing on other views', () => {
    const marks = anomalyMarks(h, [{ metric: 'sessions', granularity: 'day', anomalies: [spike] }]);
    expect([...marks.sessions!.keys()]).toEqual([1]);
    const weekly = { ...h, period: { ...h.period, groupBy: 'week' } } as History;
    expect(
      anomalyMarks(weekly, [{ metric: 'sessions', granularity: 'day', anomalies: [spike] }]),
    ).toEqual({});
  });

  it('explains them in words and in the tooltip', () => {
    expect(anomalyText('sessions', spike)).toBe(
      'Unusual spike (high): expected about 42 sessions, normal range 20 sessions–65 sessions',
    );
    const marks = anomalyMarks(h, [{ metric: 'sessions', granularity: 'day', anomalies: [spike] }]);
    const fmt = withAnomalyNotes(() => '<div class="tt">x</div>', ['sessions'], marks);
    expect(fmt([{ dataIndex: 1 }])).toContain('<div class="tt-note">');
    expect(fmt([{ dataIndex: 0 }])).toBe('<div class="tt">x</div>');
  });
});
