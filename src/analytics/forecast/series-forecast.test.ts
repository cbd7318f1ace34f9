import { describe, expect, it } from 'vitest';
import { noise } from '../testing/series.js';
import { fitPathModel, stepIntervals } from './model.js';
import { sampleQuantiles, simulatePaths, withBursts } from './paths.js';
import { detectSeasonality } from './seasonality.js';
import { forecastSeries } from './series-forecast.js';

const day = (i: number): string => new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);

/** 2024-01-01 is a Monday: weekdays ~100, weekends ~40, small noise. */
function weekly(n: number, seed = 1): number[] {
  const r = noise(seed);
  return Array.from({ length: n }, (_, i) => (i % 7 >= 5 ? 40 : 100) + 3 * r());
}

describe('forecastSeries', () => {
  it('carries the weekend dip forward and brackets the truth', () => {
    const y = weekly(140);
    const f = forecastSeries(y, { horizon: 14, times: y.map((_, i) => day(i)) });
    expect(f.seasons).toEqual([7]);
    // A validated combination (or one candidate that won the validation outright).
    expect(f.method).toMatch(/^(combination|mstl-ets|ets|theta|seasonal-naive)/);
    expect(f.point).toHaveLength(14);
    // Steps 0..4 are Monday..Friday (day 140 is a Monday), 5 and 6 the weekend.
    for (let i = 0; i < 14; i++) {
      const truth = i % 7 >= 5 ? 40 : 100;
      expect(Math.abs((f.point[i] as number) - truth)).toBeLessThan(6);
      expect(f.lower[i]).toBeLessThan(truth + 0.01);
      expect(f.upper[i]).toBeGreaterThan(truth - 0.01);
    }
  });

  it('widens with the level', () => {
    const y = weekly(70, 3);
    const a = forecastSeries(y, { horizon: 7, seasons: [7], level: 0.8 });
    const b = forecastSeries(y, { horizon: 7, seasons: [7], level: 0.95 });
    expect((b.upper[3] as number) - (b.lower[3] as number)).toBeGreaterThan(
      (a.upper[3] as number) - (a.lower[3] as number),
    );
  });

  it('falls back to a run rate under 8 points and says so', () => {
    const f = forecastSeries([5, 7, 6, 5, 8], { horizon: 3 });
    expect(f.method).toBe('run-rate');
    expect(f.note).toMatch(/only 5 points of history \(under 8\): a run rate/);
    expect(f.point[0]).toBeCloseTo(6.2);
    // Wide: at least half the rate either side at 80%.
    expect((f.upper[0] as number) - (f.point[0] as number)).toBeGreaterThan(3);
  });

  it('follows the trend of 8 to 13 points with the models, where a run rate gave their mean', () => {
    // Ten days of a climb of 3 a day: the run rate forecast 33.5 for the 11th (the mean), 20 short.
    const f = forecastSeries(
      Array.from({ length: 10 }, (_, i) => 20 + 3 * i + (i % 2 ? 1 : -1)),
      { horizon: 3 },
    );
    expect(f.method).not.toBe('run-rate');
    expect(f.note).toMatch(/only 10 points of history: the models share equally/);
    expect(f.point[0]).toBeGreaterThan(47);
    expect(f.point[2]).toBeGreaterThan(f.point[0] as number);
    expect(f.lower[0]).toBeLessThan(f.point[0] as number);
  });

  it('never promises more than the rounding of the values: an exact line gets its width', () => {
    const line = Array.from({ length: 30 }, (_, i) => 100 + i);
    const f = forecastSeries(line, { horizon: 3, times: line.map((_, i) => day(i)) });
    f.point.forEach((p, i) => {
      expect(p).toBeCloseTo(130 + i, 6);
      // 80%: 1.2816 x 1 / sqrt(12) on each side of whole numbers.
      expect(f.upper[i]! - f.lower[i]!).toBeGreaterThanOrEqual(0.73);
    });
    // Tenths are rounded ten times finer; a count near zero stays at or above zero.
    const tenths = forecastSeries(
      line.map((v) => v / 10),
      { horizon: 1 },
    );
    expect(tenths.upper[0]! - tenths.lower[0]!).toBeGreaterThanOrEqual(0.073);
    expect(forecastSeries(Array(20).fill(0), { horizon: 2 }).lower).toEqual([0, 0]);
  });

  it('rejects a bad level or horizon', () => {
    expect(() => forecastSeries([1, 2, 3], { horizon: 2, level: 1.2 })).toThrow(/level/);
    expect(() => forecastSeries([1, 2, 3], { horizon: 0 })).toThrow(/horizon/);
    expect(() => forecastSeries([1, NaN, 3], { horizon: 2 })).toThrow(/non-finite/);
  });

  it('follows multiplicative growth better with log1p chosen automatically', () => {
    // 3%/week compound growth with a weekly cycle whose amplitude grows with the level.
    const r = noise(9);
    const y = Array.from(
      { length: 180 },
      (_, i) => 20 * 1.03 ** (i / 7) * (i % 7 >= 5 ? 0.4 : 1.1) * (1 + 0.03 * r()),
    );
    const f = forecastSeries(y.slice(0, 166), { horizon: 14, seasons: [7] });
    const mape =
      y.slice(166).reduce((s, a, i) => s + Math.abs(a - (f.point[i] as number)) / a, 0) / 14;
    expect(f.method).toMatch(/-log1p$/);
    // The untransformed model misses by about 7.5% here.
    expect(mape).toBeLessThan(0.04);
  });
});

describe('seasonality detection', () => {
  it('finds the weekly cycle in daily data and nothing in noise', () => {
    const y = weekly(120);
    expect(detectSeasonality(y, { times: y.map((_, i) => day(i)) }).periods).toEqual([7]);
    const r = noise(5);
    const flat = Array.from({ length: 400 }, () => 50 + 10 * r());
    expect(detectSeasonality(flat, { times: flat.map((_, i) => day(i)) }).periods).toEqual([]);
  });

  it('keeps 168 on top of 24 only when weekdays differ', () => {
    const r = noise(2);
    const hours = 24 * 7 * 6;
    const times = Array.from({ length: hours }, (_, i) =>
      new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
    );
    const daily = Array.from(
      { length: hours },
      (_, i) => 10 + 8 * Math.sin((2 * Math.PI * (i % 24)) / 24) + r(),
    );
    expect(detectSeasonality(daily, { times }).periods).toEqual([24]);
    const weeklyToo = daily.map((v, i) => (Math.floor(i / 24) % 7 >= 5 ? v * 0.3 : v));
    expect(detectSeasonality(weeklyToo, { times }).periods).toEqual([24, 168]);
  });

  it('tries the periods of a business calendar and of 28-day steps, not the civil ones', () => {
    const r = noise(3);
    const weekdays = Array.from({ length: 300 }, (_, i) => day(i)).filter(
      (d) => new Date(d).getUTCDay() % 6 !== 0,
    );
    const fridays = weekdays.map((d) => (new Date(d).getUTCDay() === 5 ? 60 : 100) + 3 * r());
    const bday = detectSeasonality(fridays, { times: weekdays });
    expect(bday.periods).toEqual([5]);
    const fourWeekly = Array.from({ length: 65 }, (_, i) => day(28 * i));
    const yearly = fourWeekly.map((_, i) => 100 + 30 * Math.sin((2 * Math.PI * i) / 13) + r());
    expect(detectSeasonality(yearly, { times: fourWeekly }).scores.map((s) => s.period)).toEqual([
      13,
    ]);
  });
});

describe('path model', () => {
  it('simulates paths whose per-step spread matches the intervals', () => {
    const y = weekly(120, 4).map((v, i) => v + i * 0.5);
    const m = fitPathModel(y, { horizon: 20, periods: [7] });
    const iv = stepIntervals(m, 0.8);
    const paths = simulatePaths(m, 4000, 7);
    for (const step of [0, 9, 19]) {
      const [lo, hi] = sampleQuantiles(
        paths.map((p) => p[step] as number),
        [0.1, 0.9],
      ) as [number, number];
      const width = (iv.upper[step] as number) - (iv.lower[step] as number);
      expect(Math.abs(lo - (iv.lower[step] as number))).toBeLessThan(0.08 * width);
      expect(Math.abs(hi - (iv.upper[step] as number))).toBeLessThan(0.08 * width);
    }
  });

  it('adds bursts back at their historical rate and size', () => {
    const flat = (): Float64Array[] => Array.from({ length: 2000 }, () => new Float64Array(30));
    const paths = withBursts(flat(), [10, 30], 0.05, 3);
    const cells = paths.flatMap((p) => [...p]);
    const bursts = cells.filter((v) => v > 0);
    expect(bursts.length / cells.length).toBeGreaterThan(0.045);
    expect(bursts.length / cells.length).toBeLessThan(0.055);
    expect(new Set(bursts)).toEqual(new Set([10, 30]));
    expect(withBursts(flat(), [10, 30], 0.05, 3)).toEqual(paths);
    expect(withBursts(flat(), [], 0.05, 3).every((p) => p.every((v) => v === 0))).toBe(true);
  });

  it('is reproducible for a seed', () => {
    const m = fitPathModel(weekly(60), { horizon: 5, periods: [7] });
    expect(simulatePaths(m, 3, 11)).toEqual(simulatePaths(m, 3, 11));
  });
});
