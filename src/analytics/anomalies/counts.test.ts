import { describe, expect, it } from 'vitest';
import { seededNormal, seededUniform } from '../../domain/rng.js';
import { countScore, fitSize } from './counts.js';
import { detectAnomalies } from './detect.js';

/** Poisson draw by inversion (small means). */
function poisson(u: () => number, mu: number): number {
  let k = 0;
  let p = Math.exp(-mu);
  let c = p;
  const x = u();
  while (x > c && k < 1000) {
    k++;
    p *= mu / k;
    c += p;
  }
  return k;
}

describe('countScore', () => {
  it('is the normal score of the mid-p Poisson tail when the size is huge', () => {
    // mu = 2, y = 6: P(Y > 6) + P(Y = 6) / 2 = 0.004534 + 0.012030 / 2 = 0.010549 -> z = 2.306.
    expect(countScore(6, 2, 1e9)).toBeCloseTo(2.306, 2);
    // A zero where 2 are expected: P(Y = 0) / 2 = 0.06767 -> z = -1.493.
    expect(countScore(0, 2, 1e9)).toBeCloseTo(-1.493, 2);
    expect(Math.abs(countScore(2, 2, 1e9))).toBeLessThan(0.3);
  });

  it('keeps ranking spikes far beyond double precision of the upper tail', () => {
    const a = countScore(60, 2, 1e9);
    const b = countScore(90, 2, 1e9);
    expect(a).toBeGreaterThan(9);
    expect(b).toBeGreaterThan(a);
  });

  it('judges the same count less extreme when the rate itself varies (small size)', () => {
    expect(countScore(8, 2, 1)).toBeLessThan(countScore(8, 2, 1e9) - 1);
  });
});

describe('fitSize', () => {
  it('finds Poisson counts Poisson (large size) and gamma-mixed counts overdispersed', () => {
    const u = seededUniform(11);
    const mu = Array.from({ length: 2000 }, (_, i) => 1 + (i % 24) / 3);
    const plain = mu.map((m) => poisson(u, m));
    expect(fitSize(plain, mu)).toBeGreaterThan(30);
    // Rate times a lognormal of sd 0.6: variance mu + ~0.43 mu^2, a size near 2.3.
    const g = seededNormal(12);
    const mixed = mu.map((m) => poisson(u, m * Math.exp(0.6 * g() - 0.18)));
    const size = fitSize(mixed, mu);
    expect(size).toBeGreaterThan(1);
    expect(size).toBeLessThan(5);
  });
});

describe('detectAnomalies on counts', () => {
  it('finds 5 events at a quiet night hour without flagging the busy hours', () => {
    const u = seededUniform(5);
    // Four weeks of hours: about 0.2 events at night, 12 in the day.
    const rate = (i: number) => (i % 24 >= 8 && i % 24 < 18 ? 12 : 0.2);
    const y = Array.from({ length: 24 * 28 }, (_, i) => poisson(u, rate(i)));
    y[24 * 14 + 3] = 5; // 3 a.m.
    const r = detectAnomalies(y, null, { seasons: [24], countData: true });
    expect(r.anomalies.map((a) => a.index)).toContain(24 * 14 + 3);
    // Ordinary busy hours (12 +- 3.5) are not news: at most 1% of points flagged.
    expect(r.anomalies.length).toBeLessThanOrEqual(0.01 * y.length + 1);
  });
});
