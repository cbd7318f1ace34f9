import { describe, expect, it } from 'vitest';
import { alertsFor } from './alerts.js';

describe('alertsFor', () => {
  const base = { thresholds: [80, 100], today: '2026-11-10', withForecast: true };
  it('raises every threshold crossed, and a forecast alert only when the limit is near and not yet reached', () => {
    const r = alertsFor({
      ...base,
      usage: {
        sessions: { used: 21, limit: 25 },
        audio_minutes: { used: 30, limit: 60 },
        exports: { used: 6, limit: 5 },
        storage_mb: { used: 10, limit: null },
      },
      forecast: [
        { metric: 'audio_minutes', date: '2026-11-16' },
        { metric: 'exports', date: '2026-11-09' },
        { metric: 'sessions', date: '2026-11-30' },
      ],
    });
    expect(r.map((a) => `${a.metric}:${a.kind}`)).toEqual([
      'sessions:threshold-80',
      'exports:threshold-80',
      'exports:threshold-100',
      'audio_minutes:forecast-7d',
    ]);
    expect(r[0]!.message).toBe(
      'Sessions: 21 of 25 sessions used this billing period (84%, past the 80% alert).',
    );
  });
});
