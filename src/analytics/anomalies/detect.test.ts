import { describe, expect, it } from 'vitest';
import { hourlySeries, metricSeries, noise } from '../testing/series.js';
import { rollingMedian } from './decompose.js';
import { detectAnomalies } from './detect.js';
import { dailyUsageAnomalies, hourlyUsageAnomalies } from './usage.js';

/** Twelve weeks: weekdays ~100, weekends ~40 (a normal dip), noise of a few units. */
function weekly(seed = 1, weeks = 12): number[] {
  const r = noise(seed);
  return Array.from({ length: weeks * 7 }, (_, i) => Math.round((i % 7 >= 5 ? 40 : 100) + 4 * r()));
}

describe('detectAnomalies', () => {
  it('finds nothing in a weekly series whose weekends are simply quieter', () => {
    for (const seed of [1, 2, 3])
      expect(detectAnomalies(weekly(seed), null, { seasons: [7] }).anomalies).toEqual([]);
  });

  it('finds an injected spike and a weekday dip to weekend level, and nothing else', () => {
    const y = weekly();
    y[30] = (y[30] as number) + 60; // a Wednesday
    y[45] = 40; // a Thursday as quiet as a Sunday
    const r = detectAnomalies(y, null, { seasons: [7] });
    expect(r.anomalies.map((a) => [a.index, a.direction])).toEqual([
      [30, 'spike'],
      [45, 'dip'],
    ]);
    const dip = r.anomalies[1];
    expect(dip?.expected).toBeGreaterThan(90);
    expect(dip?.upper).toBeGreaterThan(dip?.expected as number);
    expect(dip?.lower).toBeGreaterThan(40);
    // The same spike is invisible to 3 sigma of the raw series, which the weekly cycle inflates.
    const m = y.reduce((s, v) => s + v, 0) / y.length;
    const sd = Math.sqrt(y.reduce((s, v) => s + (v - m) ** 2, 0) / y.length);
    expect(Math.abs((y[30] as number) - m)).toBeLessThan(3 * sd);
  });

  it('detects the weekly season itself when not told', () => {
    const y = weekly(4);
    y[50] = 0;
    const times = y.map((_, i) => new Date(Date.UTC(2025, 0, 6 + i)).toISOString().slice(0, 10));
    const r = detectAnomalies(y, times, {});
    expect(r.season).toBe(7);
    expect(r.anomalies).toHaveLength(1);
    expect(r.anomalies[0]).toMatchObject({
      index: 50,
      time: times[50],
      direction: 'dip',
      severity: 'high',
    });
  });

  it('treats a lasting level shift as a new normal, not a run of anomalies', () => {
    const y = weekly(5).map((v, i) => (i >= 42 ? v * 2 : v));
    const found = detectAnomalies(y, null, { seasons: [7] }).anomalies.map((a) => a.index);
    // The jump itself is news (and blurs the days around it); the six weeks after it are not.
    expect(found.length).toBeLessThanOrEqual(5);
    expect(found.every((i) => i >= 42 - 8 && i <= 42 + 8)).toBe(true);
  });

  it('does not call a single session news for a light user, but does a burst', () => {
    const r = noise(6);
    const y: number[] = Array.from({ length: 60 }, () => (r() > 0.6 ? 1 : 0));
    expect(detectAnomalies(y, null, { seasons: [7], countData: true }).anomalies).toEqual([]);
    y[40] = 12;
    expect(
      detectAnomalies(y, null, { seasons: [7], countData: true }).anomalies.map((a) => a.index),
    ).toEqual([40]);
  });

  it('grades severity by robust z', () => {
    const y = weekly(7);
    const { scale } = detectAnomalies(y, null, { seasons: [7] });
    y[40] = (y[40] as number) - 6.5 * scale;
    y[60] = (y[60] as number) + 12 * scale;
    const r = detectAnomalies(y, null, { seasons: [7] });
    expect(r.anomalies.map((a) => [a.index, a.severity])).toEqual([
      [40, 'medium'],
      [60, 'high'],
    ]);
    for (const a of r.anomalies) {
      const z = Math.abs(a.score);
      expect(a.severity).toBe(z >= 8 ? 'high' : z >= 5 ? 'medium' : 'low');
      expect(z).toBeGreaterThanOrEqual(3.5);
    }
  });

  it('declines a series too short to judge', () => {
    expect(detectAnomalies([1, 2, 3], null).note).toMatch(/at least/);
  });
});

describe('usage anomalies', () => {
  const clock = { now: '2025-03-31T12:00:00Z', zone: 'UTC' };

  it('judges complete days only and a gauge by its daily change', () => {
    const r = noise(8);
    const storage = Array.from(
      { length: 60 },
      (_, i) => 1000 + 10 * i + (i >= 40 ? 5000 : 0) + r(),
    );
    const daily = metricSeries('2025-01-31', 'storage_mb', storage); // last day = 2025-03-31 (today)
    const a = dailyUsageAnomalies(daily, 'storage_mb', clock);
    expect(a.anomalies.map((x) => [x.time, x.direction])).toEqual([['2025-03-12', 'spike']]);
    expect(a.note).toMatch(/change/);
  });

  it('finds a 3 a.m. burst in an office-hours hourly series', () => {
    const hourly = hourlySeries('2025-03-03', 24 * 28, (i, t) => ({
      sessions: i === 24 * 20 + 3 ? 15 : t.hour >= 9 && t.hour < 17 && t.weekday <= 5 ? 10 : 0,
    }));
    const a = hourlyUsageAnomalies(hourly, 'sessions', clock);
    expect(a.season).toBe(168);
    expect(a.anomalies.map((x) => x.index)).toEqual([24 * 20 + 3]);
  });
});

describe('rollingMedian', () => {
  it('ignores a single outlier and clamps its window at the edges', () => {
    expect(rollingMedian([1, 1, 100, 1, 1], 3)).toEqual([1, 1, 1, 1, 1]);
    expect(rollingMedian([5, 1, 2, 3, 4], 3)).toEqual([2, 2, 2, 3, 3]);
  });
});
