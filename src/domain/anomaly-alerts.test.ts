import { describe, expect, it } from 'vitest';
import { anomalyAlertsFor, type DayAnomaly } from './anomaly-alerts.js';

const spike = (over: Partial<DayAnomaly> = {}): DayAnomaly => ({
  metric: 'sessions',
  time: '2026-11-09',
  value: 57,
  expected: 12.4,
  lower: 4,
  upper: 20.6,
  direction: 'spike',
  severity: 'high',
  score: 9.1,
  ...over,
});

describe('anomalyAlertsFor', () => {
  it('messages high spikes of the recent days only, in whole counts with the numbers', () => {
    const r = anomalyAlertsFor(
      [
        spike(),
        spike({ time: '2026-11-01' }),
        spike({ severity: 'medium' }),
        spike({ direction: 'dip', value: 0 }),
        spike({ metric: 'storage_mb' }),
      ],
      ['2026-11-09', '2026-11-08'],
    );
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ kind: 'anomaly-spike', periodKey: '2026-11-09', value: 57 });
    expect(r[0]!.message).toBe(
      'Sessions: 57 sessions on 9 Nov 2026, where about 12 were expected (usual range up to 21): 4.6 times the usual day.',
    );
  });
});
