import { describe, expect, it } from 'vitest';
import { noise } from '../testing/series.js';
import { fitPathModel, stepIntervals } from './model.js';
import { withoutIsolatedOutliers } from './outliers.js';

const weekly = (n: number, seed: number) => {
  const r = noise(seed);
  return Array.from({ length: n }, (_, i) => 100 + (i % 7 >= 5 ? -30 : 0) + 3 * r());
};

describe('isolated outliers before fitting', () => {
  it('does not repeat a one-off spike on the last day every week', () => {
    const y = weekly(120, 4);
    y[119] = 2000;
    const m = fitPathModel(y, { horizon: 14, periods: [7] });
    const { point } = stepIntervals(m, 0.8);
    // Day 126 is the last day's weekday again: before, a share of the spike came back there.
    for (const p of point) expect(p).toBeLessThan(130);
    expect(m.note).toMatch(/1 isolated outlier was replaced/);
  });

  it('replaces a spike inside the history and keeps everything else', () => {
    const y = weekly(120, 6);
    y[60] = 900;
    const { values, replaced } = withoutIsolatedOutliers(y, [7]);
    expect(replaced).toEqual([60]);
    expect(values[60]).toBeGreaterThan(80);
    expect(values[60]).toBeLessThan(120);
    values.forEach((v, i) => i !== 60 && expect(v).toBe(y[i]));
  });

  it('follows a new level that holds for a few days at the end', () => {
    const y = weekly(120, 8).map((v, i) => (i >= 116 ? v + 400 : v));
    expect(withoutIsolatedOutliers(y, [7]).replaced).toEqual([]);
    const { point } = stepIntervals(fitPathModel(y, { horizon: 7, periods: [7] }), 0.8);
    expect(Math.min(...point)).toBeGreaterThan(300);
  });

  it('keeps a gauge whole: a storage upload is a step, not an outlier', () => {
    const y = Array.from({ length: 60 }, (_, i) => 10 + i * 0.1);
    y[59] = 500;
    const m = fitPathModel(y, { horizon: 5, periods: [], kind: 'level' });
    expect(m.note ?? '').not.toMatch(/outlier/);
  });
});
