import { describe, expect, it } from 'vitest';
import { hourlySeries, metricSeries, noise } from '../testing/series.js';
import { seededNormal } from '../../domain/rng.js';
import { calendarPeriods } from './calendar.js';
import { looTrimmedMean } from './decompose.js';
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
    const found = detectAnomalies(y, null, { seasons: [7] }).anomalies;
    // The step is found as one (shifts.ts), so no day beside it is judged against the other
    // level (the day before it scored -9.2 before); on the log scale the step calls for, the quiet
    // weekends' noise of a few units is 2.5x the weekdays', and a weekend may pass as a low flag.
    expect(found.length).toBeLessThanOrEqual(5);
    expect(found.filter((a) => a.severity !== 'low')).toEqual([]);
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

  it('flags from the line, and grades severity against the alarm line: medium from 1.25x, high from 1.5x', () => {
    const y = weekly(7);
    const { scale, threshold, alarm } = detectAnomalies(y, null, { seasons: [7] });
    // The flag line lets 1 point in 200 of the series' own through, the alarm line 1 in 1000.
    expect(threshold).toBeLessThan(alarm);
    y[40] = (y[40] as number) - 1.2 * alarm * scale;
    y[60] = (y[60] as number) + 3 * alarm * scale;
    const r = detectAnomalies(y, null, { seasons: [7] });
    expect(r.anomalies.map((a) => a.index)).toContain(40);
    expect(r.anomalies.map((a) => a.index)).toContain(60);
    expect(r.anomalies.find((a) => a.index === 60)?.severity).toBe('high');
    for (const a of r.anomalies) {
      const k = Math.abs(a.score) / r.alarm;
      expect(a.severity).toBe(k >= 1.5 ? 'high' : k >= 1.25 ? 'medium' : 'low');
      expect(Math.abs(a.score)).toBeGreaterThanOrEqual(r.threshold);
    }
  });

  it('lets about 1 point in 200 of normal noise through the flag line, and 1 in 1000 reach the alarm line', () => {
    let flags = 0;
    let alarms = 0;
    let points = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const g = seededNormal(100 + seed);
      const y = Array.from({ length: 1000 }, () => 50 + 5 * g());
      const r = detectAnomalies(y, null, { seasons: [] });
      flags += r.anomalies.length;
      alarms += r.anomalies.filter((a) => Math.abs(a.score) >= r.alarm).length;
      points += y.length;
    }
    // Noise alone: leave-one-out residuals of a trimmed-mean level are a little heavier than normal.
    expect(flags / points).toBeGreaterThan(0.001);
    expect(flags / points).toBeLessThan(0.01);
    expect(alarms / points).toBeLessThan(0.003);
  });

  it('judges a series that grows tenfold with proportional noise on a log scale', () => {
    const g = seededNormal(11);
    const y = Array.from(
      { length: 280 },
      (_, i) => 10 * 10 ** (i / 280) * (i % 7 >= 5 ? 0.5 : 1) * Math.exp(0.05 * g()),
    );
    const clean = detectAnomalies(y, null, { seasons: [7] });
    expect(clean.transform).toBe('log');
    // One robust sd of the raw residuals is far more than the quiet start's noise and far less
    // than the busy end's: on the raw scale the end would be all flags and the start blind.
    // The flag line lets 1 point in 200 of noise through: 1.4 of these 280 points on average.
    expect(clean.anomalies.length).toBeLessThanOrEqual(3);
    y[30] = (y[30] as number) * 1.5;
    const found = detectAnomalies(y, null, { seasons: [7] }).anomalies.map((a) => a.index);
    expect(found).toContain(30);
    expect(found.length).toBeLessThanOrEqual(4);
  });

  it('flags a level shift rarely, and the days after it seldom above low', () => {
    let flags = 0;
    let aboveLow = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const g = seededNormal(seed);
      const y = Array.from(
        { length: 200 },
        (_, i) => 100 + 3 * g() + (i >= 120 ? 40 : 0) + (i % 7 >= 5 ? -20 : 0),
      );
      const found = detectAnomalies(y, null, { seasons: [7] }).anomalies;
      // Noise alone crosses the flag line once in 200 points anywhere (low); the window that
      // straddles the jump adds a few more near it, never a run of the new level's days.
      expect(found.filter((a) => a.index > 125).length).toBeLessThanOrEqual(2);
      flags += found.filter((a) => a.index >= 110 && a.index <= 135).length;
      aboveLow += found.filter((a) => a.index > 120 && a.severity !== 'low').length;
    }
    expect(flags / 20).toBeLessThan(1);
    expect(aboveLow).toBeLessThanOrEqual(2);
  });

  it('judges the days beside a tenfold step by their own level, and still finds a spike after it', () => {
    let beside = 0;
    let found = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const g = seededNormal(seed);
      const y = Array.from({ length: 120 }, (_, i) => (i >= 60 ? 100 : 10) + g());
      // Before: the two days before the step were "high" dips (the window held both levels).
      const plain = detectAnomalies(y, null).anomalies.map((a) => a.index);
      beside += plain.filter((i) => i >= 55 && i <= 65).length;
      y[63] = (y[63] as number) + 8;
      found += detectAnomalies(y, null).anomalies.some((a) => a.index === 63) ? 1 : 0;
    }
    expect(beside).toBeLessThanOrEqual(2);
    expect(found).toBeGreaterThanOrEqual(18);
    // Exact steps (a gauge that holds between changes): the line stays the normal one.
    const steps = Array.from({ length: 40 }, (_, i) => (i >= 20 ? 100 : 10));
    const r = detectAnomalies(steps, null);
    expect(r.anomalies).toEqual([]);
    expect(r.threshold).toBeLessThan(4);
  });

  it('recognises zero-heavy counts without being told, and reads times that are labels', () => {
    const r = noise(6);
    const y: number[] = Array.from({ length: 60 }, () => (r() > 0.6 ? 1 : 0));
    const labels = y.map((_, i) => `day ${i + 1}`);
    expect(detectAnomalies(y, labels).anomalies).toEqual([]);
    y[40] = 12;
    expect(detectAnomalies(y, labels).anomalies.map((a) => a.index)).toEqual([40]);
  });

  it('scores a spike in a constant series finitely and flags nothing in an all-zero one', () => {
    const y = Array.from({ length: 30 }, (_, i) => (i === 12 ? 50 : 5));
    const r = detectAnomalies(y, null);
    expect(r.anomalies.map((a) => a.index)).toEqual([12]);
    expect(Number.isFinite(r.anomalies[0]?.score)).toBe(true);
    expect(r.anomalies[0]?.score).toBeLessThan(1e4);
    expect(detectAnomalies(Array(30).fill(0), null).anomalies).toEqual([]);
  });

  it('flags a spike on a steady climb alone, not the days its first expected values leaned on', () => {
    // One round of replacing suspects left the spike's neighbours 3 too high (their expected values
    // still held it), and the two days after them were flagged as high dips.
    const y = Array.from({ length: 120 }, (_, i) => 5 + 2 * i + (i === 80 ? 60 : 0));
    // Without times every calendar period is tried: a 24-step "season" that soaked up part of the
    // spike looked better than none while the spike's neighbours decided the comparison.
    const r = detectAnomalies(y, null);
    expect(r.season).toBeNull();
    expect(r.anomalies.map((a) => [a.index, a.direction])).toEqual([[80, 'spike']]);
    // Within the rounding of whole numbers (sd 0.29) of the line itself.
    expect(Math.abs((r.anomalies[0]?.expected ?? 0) - 165)).toBeLessThan(0.29);
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

  it('marks a gauge change high only when it moves the level by 5% or more', () => {
    // Steady storage: a 3 MB day on 5,000 MB is certain but small; 1,000 MB is news.
    const storage = Array.from(
      { length: 60 },
      (_, i) => 5000 + (i % 7 === 0 ? 0.5 : 0) + (i >= 30 ? 3 : 0),
    );
    storage[50] = 6003;
    storage[51] = 6003;
    const found = dailyUsageAnomalies(
      metricSeries('2025-01-31', 'storage_mb', storage),
      'storage_mb',
      clock,
    ).anomalies.filter((a) => a.direction === 'spike');
    expect(found.map((a) => [a.index, a.severity])).toEqual([
      [30, 'medium'],
      [50, 'high'],
    ]);
  });

  it('marks a day high only when it is also a material change: worth a message', () => {
    const r = noise(9);
    // A very regular heavy user: 10,000 minutes a weekday, 4,000 a weekend day, +-20.
    const minutes = Array.from(
      { length: 59 },
      (_, i) => (i % 7 >= 5 ? 4000 : 10000) + Math.round(20 * r()),
    );
    minutes[44] = 11500; // 15% more: far outside this user's band, but not news worth an email
    minutes[51] = 25000;
    const daily = metricSeries('2025-01-31', 'audio_minutes', [...minutes, 0]);
    const found = dailyUsageAnomalies(daily, 'audio_minutes', clock).anomalies;
    expect(found.map((a) => [a.index, a.direction, a.severity])).toEqual([
      [44, 'spike', 'medium'],
      [51, 'spike', 'high'],
    ]);
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

describe('looTrimmedMean', () => {
  it('judges a series as steady as its rounding by that rounding: a bend is not a spike', () => {
    const bend = [...Array.from({ length: 60 }, (_, i) => i), ...new Array<number>(60).fill(60)];
    expect(detectAnomalies(bend, null).anomalies).toEqual([]);
    const steady = new Array<number>(120).fill(24);
    steady[70] = 25;
    expect(detectAnomalies(steady, null).anomalies.map((a) => a.severity)).toEqual(['low']);
    steady[70] = 40;
    expect(detectAnomalies(steady, null).anomalies.map((a) => a.severity)).toEqual(['high']);
  });

  it('finds nothing in noise-free compounding growth, and still puts a spike in it first', () => {
    // Full-precision floats: no rounding to judge by; the curve's own bends are 0.01% of its level.
    const growth = Array.from({ length: 200 }, (_, i) => 100 * 1.01 ** i);
    expect(detectAnomalies(growth, null).anomalies).toEqual([]);
    growth[120] = 2 * (growth[120] as number);
    const found = detectAnomalies(growth, null).anomalies;
    const top = found.reduce((a, b) => (Math.abs(b.score) > Math.abs(a.score) ? b : a));
    expect(top).toMatchObject({ index: 120, direction: 'spike', severity: 'high' });
  });

  it('predicts each point from its neighbours, ignoring a spike among them', () => {
    expect(looTrimmedMean([1, 1, 100, 1, 1, 1, 1], 7)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    // Two neighbours cannot outvote each other: their mean.
    expect(looTrimmedMean([0, 2, 4], 3)).toEqual([3, 2, 1]);
  });
});

describe('calendarPeriods', () => {
  it('reads a day and a week of steps from sub-daily times, and the calendar of longer steps', () => {
    const at = (stepMs: number) =>
      Array.from({ length: 10 }, (_, i) =>
        new Date(Date.UTC(2026, 0, 5) + i * stepMs).toISOString(),
      );
    expect(calendarPeriods(at(1_800_000))).toEqual([48, 336]);
    expect(calendarPeriods(at(3_600_000))).toEqual([24, 168]);
    expect(calendarPeriods(at(86_400_000))).toEqual([7, 365]);
    expect(calendarPeriods(['1949-01', '1949-02', '1949-03'])).toEqual([12]);
    expect(calendarPeriods(['week 1', 'week 2'])).toEqual([4, 7, 12, 24, 52]);
  });
});
