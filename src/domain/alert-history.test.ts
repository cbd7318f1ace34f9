import { describe, expect, it } from 'vitest';
import { pastThresholdAlerts } from './alert-history.js';

const ev = (occurredAt: string, type = 'session.created', value = 1) => ({
  type,
  occurredAt,
  value,
});

describe('pastThresholdAlerts', () => {
  it('raises each threshold once, at the event that crossed it, with the usage right after it', () => {
    const events = Array.from({ length: 12 }, (_, i) =>
      ev(`2026-10-${String(10 + i).padStart(2, '0')}T12:00:00Z`),
    );
    const alerts = pastThresholdAlerts({
      events: [...events].reverse(), // any order
      limits: { sessions: 10 },
      thresholds: [100, 80],
      zone: 'UTC',
      periods: new Set(['2026-10']),
    });
    expect(alerts.map((a) => [a.kind, a.value, new Date(a.at).toISOString()])).toEqual([
      ['threshold-80', 8, '2026-10-17T12:00:00.000Z'],
      ['threshold-100', 10, '2026-10-19T12:00:00.000Z'],
    ]);
    expect(alerts[0]!.message).toBe(
      'Sessions: 8 of 10 sessions used this billing period (80%, past the 80% alert).',
    );
  });

  it('counts each local month apart, only the periods asked for, and skips unlimited and gauge metrics', () => {
    const events = [
      // 23:30 UTC on 31 Oct is 1 Nov in Berlin: November's usage there.
      ev('2026-10-31T23:30:00Z', 'export.generated', 5),
      ev('2026-10-15T10:00:00Z', 'export.generated', 4),
      ev('2026-11-02T10:00:00Z', 'export.generated', 5),
      ev('2026-12-02T10:00:00Z', 'export.generated', 9),
      ev('2026-11-02T10:00:00Z', 'storage.measured', 999),
      ev('2026-11-02T10:00:00Z', 'session.created', 999),
    ];
    const alerts = pastThresholdAlerts({
      events,
      limits: { exports: 10, storage_mb: 100, sessions: null },
      thresholds: [80, 100],
      zone: 'Europe/Berlin',
      periods: new Set(['2026-10', '2026-11']),
    });
    expect(alerts.map((a) => [a.periodKey, a.metric, a.kind, a.value])).toEqual([
      ['2026-11', 'exports', 'threshold-80', 10],
      ['2026-11', 'exports', 'threshold-100', 10],
    ]);
  });

  it('a single event past both lines raises both', () => {
    const alerts = pastThresholdAlerts({
      events: [ev('2026-10-03T09:00:00Z', 'audio.processed', 130.5)],
      limits: { audio_minutes: 120 },
      thresholds: [80, 100],
      zone: 'UTC',
      periods: new Set(['2026-10']),
    });
    expect(alerts.map((a) => a.kind)).toEqual(['threshold-80', 'threshold-100']);
  });
});
