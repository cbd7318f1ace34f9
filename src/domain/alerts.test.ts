import { describe, expect, it } from 'vitest';
import { quantityProblems } from './quantity-check.js';
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
    expect(r[3]!.message).toBe(
      'Audio minutes: at the current pace the 60 minutes limit will be reached around 16 Nov 2026.',
    );
  });

  it('writes storage and its limit in the one unit rule, as every other screen does', () => {
    const r = alertsFor({
      ...base,
      usage: { storage_mb: { used: 4_100, limit: 5_000 }, exports: { used: 1, limit: 1 } },
      forecast: [{ metric: 'storage_mb', date: '2026-11-12' }],
    });
    expect(r[0]!.message).toBe(
      'Storage: 4.1 GB of 5 GB used this billing period (82%, past the 80% alert).',
    );
    expect(r.find((a) => a.metric === 'exports')!.message).toMatch(/^Exports: 1 of 1 export used/);
    expect(quantityProblems(r.map((a) => a.message).join('\n'))).toEqual([]);
  });
});
