// Monte Carlo paths of a path model: the honest way to get intervals of sums, maxima and
// crossing dates when daily errors are correlated (they are: a level error persists).
import { seededNormal, seededUniform } from '../../domain/rng.js';
import { quantileSorted, round } from '../stats.js';
import type { Projected } from '../types.js';
import { fromModelSpace, type PathModel } from './model.js';

/** Enough paths that a 2.5% quantile rests on 50 of them. */
export const DEFAULT_PATHS = 2000;

/** Returns `count` simulated paths on the data's scale (floored), reproducible for a given seed. */
export function simulatePaths(model: PathModel, count: number, seed: number): Float64Array[] {
  const h = model.mean.length;
  const normal = seededNormal(seed);
  const eps = new Float64Array(h);
  const paths: Float64Array[] = [];
  for (let p = 0; p < count; p++) {
    for (let i = 0; i < h; i++) eps[i] = normal();
    const shared = normal();
    const path = new Float64Array(h);
    for (let t = 0; t < h; t++) {
      let e = 0;
      for (let k = 0; k <= t; k++) e += (model.psi[t - k] as number) * (eps[k] as number);
      const v = fromModelSpace(
        (model.mean[t] as number) + model.sigma * e + (model.shared[t] as number) * shared,
        model.transform,
      );
      path[t] = model.floor === null ? v : Math.max(model.floor, v);
    }
    paths.push(path);
  }
  return paths;
}

/**
 * Adds one-off bursts to simulated paths (in place, and returns them): each step bursts with the
 * history's burst rate, by an excess drawn from the history's bursts. A burst is not a trend (it is
 * removed before fitting) but it recurs, and a month total or a limit date must allow for it.
 */
export function withBursts(
  paths: Float64Array[],
  excess: readonly number[],
  rate: number,
  seed: number,
): Float64Array[] {
  if (excess.length === 0 || !(rate > 0)) return paths;
  const u = seededUniform(seed ^ 0x5bd1e995);
  for (const p of paths) {
    for (let t = 0; t < p.length; t++) {
      if (u() < rate) p[t] = (p[t] as number) + (excess[Math.floor(u() * excess.length)] as number);
    }
  }
  return paths;
}

/** Returns the requested quantiles (0..1) of a sample. */
export function sampleQuantiles(sample: readonly number[], qs: readonly number[]): number[] {
  const sorted = [...sample].sort((a, b) => a - b);
  return qs.map((q) => quantileSorted(sorted, q));
}

/** Percentile levels 1..99 as fractions, the resolution of a Demand. */
export const PERCENTILES = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

/**
 * Returns a projection from a statistic of the paths: the point from the model's mean path
 * (`null`, index -1), the 80% and 95% bands from the quantiles of the paths' values.
 */
export function projectedFrom(
  paths: readonly Float64Array[],
  stat: (path: Float64Array | null, k: number) => number,
): Projected {
  const [l95, l80, u80, u95] = sampleQuantiles(
    paths.map((p, k) => stat(p, k)),
    [0.025, 0.1, 0.9, 0.975],
  ) as number[];
  return {
    point: round(stat(null, -1)),
    p80: { lower: round(l80 as number), upper: round(u80 as number) },
    p95: { lower: round(l95 as number), upper: round(u95 as number) },
  };
}
