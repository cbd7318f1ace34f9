import { describe, expect, it } from 'vitest';
import { seededNormal } from '../../domain/rng.js';
import { noise } from '../testing/series.js';
import { detectAnomalies } from './detect.js';
import { edgeIndices, edgeTrend, nearTrend } from './edges.js';

/** A steady climb of `slope` a day from 100, with noise of sd `sd` (0: a clean line). */
function climb(n: number, slope: number, sd: number, seed = 1): number[] {
  const r = noise(seed);
  return Array.from({ length: n }, (_, i) => 100 + slope * i + sd * r());
}

describe('edges of a trending series', () => {
  it('names the points whose level window is clamped to one side', () => {
    expect(edgeIndices(20, 5)).toEqual([0, 1, 18, 19]);
    expect(edgeIndices(20, 3)).toEqual([0, 19]);
  });

  it('reads the line through the neighbours, undisturbed by one spike among them', () => {
    const y = climb(30, 2, 0);
    y[2] = 500;
    expect(edgeTrend(y, 0, 9)).toBeCloseTo(100, 6);
    expect(edgeTrend(y, 29, 9)).toBeCloseTo(158, 6);
  });

  it('does not flag the first and last days of a clean climb (they scored 47 to 94 sd, high)', () => {
    expect(detectAnomalies(climb(120, 2, 0), null).anomalies).toEqual([]);
    expect(detectAnomalies(climb(120, 3, 0), null, { seasons: [7] }).anomalies).toEqual([]);
  });

  it('does not flag the ends of a noisy steep climb, in any of 20 series', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const n = 90;
      const found = detectAnomalies(climb(n, 5, 2, seed), null).anomalies.map((a) => a.index);
      expect(found.filter((i) => i < 3 || i > n - 4)).toEqual([]);
    }
  });

  it('still flags a spike or a dip on the last day of a climb', () => {
    for (const [seed, jump] of [
      [1, 30],
      [2, -30],
    ] as const) {
      const y = climb(90, 5, 2, seed);
      y[89] = (y[89] as number) + jump;
      const last = detectAnomalies(y, null).anomalies.find((a) => a.index === 89);
      expect(last?.direction).toBe(jump > 0 ? 'spike' : 'dip');
    }
  });

  it('judges a point beyond both the one-sided level and the line by the line', () => {
    // A climb of 0.5 a day with normal noise of 3: a dip of 5 sd on the last day sits 15 under
    // the line and only ~7 under the lagging level of the days before it (found in 12 of 20).
    let found = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const g = seededNormal(seed);
      const y = Array.from({ length: 400 }, (_, i) => 100 + 0.5 * i + 3 * g());
      y[399] = (y[399] as number) - 15;
      if (detectAnomalies(y, null).anomalies.some((a) => a.index === 399)) found++;
    }
    expect(found).toBeGreaterThanOrEqual(17);
  });
  it('reads the line through the nearest neighbours but the suspects, for a bend at the end', () => {
    // Square numbers: the window's line misses the first day by the bend, the nearest six less.
    const y = Array.from({ length: 30 }, (_, i) => i * i);
    expect(Math.abs(nearTrend(y, 0))).toBeLessThan(Math.abs(edgeTrend(y, 0, 15)));
    expect(nearTrend([0, 1, 500, 3, 4, 5, 6, 7, 8], 0, new Set([2]))).toBeCloseTo(0, 6);
  });

  it('does not flag the first days of a new user ramping up as high or medium dips, in 20 series', () => {
    // From nothing to about 60 a day over the first two months, counts with Poisson-like noise:
    // the window's line through a bend put the first day near 13 where 0 is expected.
    for (let seed = 1; seed <= 20; seed++) {
      const g = seededNormal(seed);
      const y = Array.from({ length: 150 }, (_, i) => {
        const mean = 60 * (1 - Math.exp(-i / 20));
        return Math.max(0, Math.round(mean + Math.sqrt(mean) * g()));
      });
      const first = detectAnomalies(y, null).anomalies.filter((a) => a.index < 5);
      expect(first.filter((a) => a.severity !== 'low')).toEqual([]);
    }
  });
});
