import { describe, expect, it } from 'vitest';
import {
  DEFAULT_METRICS,
  historyQuery,
  parseViewState,
  serializeViewState,
  withRange,
} from './url-state.js';

describe('view state in the URL', () => {
  it('opens on 30 days by day with the default metrics, and writes nothing for defaults', () => {
    const s = parseViewState('');
    expect(s).toEqual({ period: '30d', groupBy: 'day', metrics: DEFAULT_METRICS });
    expect(serializeViewState(s)).toBe('');
  });

  it('round-trips a custom range, granularity, metrics and zone', () => {
    const search =
      'period=custom&from=2026-03-01&to=2026-03-31&groupBy=hour&metrics=exports,storage_mb&tz=Asia/Kolkata';
    const s = parseViewState(search);
    expect(s).toEqual({
      period: 'custom',
      from: '2026-03-01',
      to: '2026-03-31',
      groupBy: 'hour',
      metrics: ['exports', 'storage_mb'],
      tz: 'Asia/Kolkata',
    });
    expect(parseViewState(serializeViewState(s))).toEqual(s);
    expect(serializeViewState(s)).toContain('metrics=exports,storage_mb');
    expect(serializeViewState(s)).toContain('tz=Asia/Kolkata');
  });

  it('falls back to defaults for anything invalid instead of failing', () => {
    expect(parseViewState('period=forever').period).toBe('30d');
    expect(parseViewState('period=custom&from=2026-02-30&to=2026-03-01').period).toBe('30d');
    expect(parseViewState('period=custom&from=2026-03-02&to=2026-03-01').period).toBe('30d');
    expect(parseViewState('period=custom&from=2020-01-01&to=2026-01-01').period).toBe('30d');
    expect(parseViewState('metrics=nope,sessions,sessions').metrics).toEqual(['sessions']);
    expect(parseViewState('metrics=nope').metrics).toEqual(DEFAULT_METRICS);
    expect(parseViewState('tz=../../etc').tz).toBeUndefined();
    expect(parseViewState('groupBy=decade').groupBy).toBe('day');
  });

  it('never keeps hourly buckets for ranges over 31 days', () => {
    expect(parseViewState('period=12m&groupBy=hour').groupBy).toBe('week');
    expect(parseViewState('period=3m&groupBy=hour').groupBy).toBe('day');
    expect(parseViewState('period=7d&groupBy=hour').groupBy).toBe('hour');
    expect(parseViewState('period=custom&from=2026-01-01&to=2026-02-01&groupBy=hour').groupBy).toBe(
      'day',
    );
  });

  it('changing the range picks a granularity that fits it', () => {
    const hourly = parseViewState('period=7d&groupBy=hour');
    expect(withRange(hourly, '12m').groupBy).toBe('week');
    expect(withRange(hourly, '30d').groupBy).toBe('day');
    expect(withRange(hourly, 'custom', '2026-03-04', '2026-03-04').groupBy).toBe('hour');
    expect(withRange(hourly, 'custom', '2026-03-01', '2026-03-31', 'day')).toMatchObject({
      period: 'custom',
      from: '2026-03-01',
      to: '2026-03-31',
      groupBy: 'day',
    });
    expect(withRange(hourly, '12m', undefined, undefined, 'hour').groupBy).toBe('week');
  });

  it('builds the history query the API expects', () => {
    expect(historyQuery(parseViewState('period=7d&groupBy=hour'))).toBe('period=7d&groupBy=hour');
    expect(historyQuery(parseViewState('period=custom&from=2026-03-01&to=2026-03-02&tz=UTC'))).toBe(
      'period=custom&groupBy=hour&from=2026-03-01&to=2026-03-02&tz=UTC',
    );
  });
});
