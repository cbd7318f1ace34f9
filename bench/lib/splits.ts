// Held-out splits and their scores, shared by bench/forecast-accuracy.ts and
// bench/forecast-breadth.ts so that both judge forecasts the same way: several origins in each
// series' tail, MASE against the in-sample seasonal naive (Hyndman & Koehler 2006), R's baselines
// run on the very same splits.
import type { BenchSeries } from '../lib-series.js';
import { runRBaselines } from './r-baselines.js';

export interface Split {
  series: BenchSeries;
  k: number;
  train: number[];
  test: number[];
  /** In-sample MAE of the seasonal naive forecast on the training part: MASE's denominator. */
  scale: number;
}

const naiveScale = (train: readonly number[], m: number): number => {
  let s = 0;
  for (let i = m; i < train.length; i++) s += Math.abs(train[i]! - train[i - m]!);
  return s / (train.length - m);
};

/** Mean absolute error of a forecast. */
export const mae = (a: readonly number[], p: readonly number[]): number =>
  a.reduce((s, x, i) => s + Math.abs(x - p[i]!), 0) / a.length;

/** How many actual points lie inside an interval. */
export const covered = (a: readonly number[], f: { lower: number[]; upper: number[] }): number =>
  a.filter((x, i) => x >= f.lower[i]! && x <= f.upper[i]!).length;

/** The series' origins, `step` apart, the last `horizon` before the end. */
export function splits(s: BenchSeries): Split[] {
  return Array.from({ length: s.origins }, (_, k) => {
    const origin = s.values.length - s.horizon - (s.origins - 1 - k) * s.step;
    const train = s.values.slice(0, origin);
    const test = s.values.slice(origin, origin + s.horizon);
    return { series: s, k, train, test, scale: naiveScale(train, s.period) };
  });
}

/** A split's name in the R baselines' answers. */
export const splitId = (sp: { series: BenchSeries; k: number }): string =>
  `${sp.series.name}#${sp.k}`;

/** R's baselines on every split (one Rscript), with the time they took. */
export function baselinesOn(all: readonly Split[]) {
  const t0 = performance.now();
  const r = runRBaselines(
    all.map((sp) => ({
      id: splitId(sp),
      period: sp.series.period,
      horizon: sp.series.horizon,
      train: sp.train,
    })),
  );
  return { r, ms: performance.now() - t0 };
}
