// Rolling-origin cross-validation on the history only: every candidate is refitted on the series
// cut at a few late origins and scored on what followed. The same refits weight the combination
// and calibrate its intervals (calibrate.ts). Nothing outside the history is seen.
import { mean } from '../stats.js';
import type { Transform } from '../types.js';
import { MIN_MODEL_HISTORY } from './fallback.js';
import { fitMethods, type MethodForecast, type MethodSet } from './methods.js';
import { fromModelSpace, toModelSpace } from './transform.js';

export interface CvRun {
  origin: number;
  /** What followed the origin, in model space. */
  actual: number[];
  fits: MethodForecast[];
}

/** Origins spaced half a validation stretch apart, latest first; each leaves two cycles per period. */
export function cvOrigins(
  n: number,
  horizon: number,
  periods: readonly number[],
  count: number,
): { origins: number[]; v: number } {
  const maxP = Math.max(1, ...periods);
  const v = Math.min(Math.max(horizon, maxP), Math.floor(n / 4));
  const step = Math.max(1, Math.ceil(v / 2));
  const minTrain = Math.max(MIN_MODEL_HISTORY, ...periods.map((p) => 2 * p));
  const origins = Array.from({ length: count }, (_, k) => n - v - k * step).filter(
    (o) => o >= minTrain,
  );
  return { origins: v >= 2 ? origins : [], v };
}

/**
 * Points a fit sees at most (four cycles of the longest period if more): the latest 12 weeks of a
 * year of hours forecast the next days as well as the whole year and keep the CLI within seconds
 * (augurs' fits grow linearly, 0.2 ms a point). Validation refits judge the recent past only.
 */
const MAX_FIT_POINTS = 2000;
const MAX_REFIT_POINTS = 1000;

/** Returns the latest points a fit uses (see MAX_FIT_POINTS). */
export function fitWindow(
  y: readonly number[],
  periods: readonly number[],
  refit = false,
): number[] {
  const keep = Math.max(refit ? MAX_REFIT_POINTS : MAX_FIT_POINTS, 4 * Math.max(1, ...periods));
  return y.slice(Math.max(0, y.length - keep));
}

/** Refits the candidates at each origin; returns the runs in model space. */
export function crossValidate(
  y: readonly number[],
  t: Transform,
  origins: readonly number[],
  v: number,
  set: MethodSet,
): CvRun[] {
  return origins.map((o) => ({
    origin: o,
    actual: toModelSpace(y.slice(o, o + v), t),
    fits: fitMethods(toModelSpace(fitWindow(y.slice(0, o), set.periods, true), t), v, set),
  }));
}

/** Mean absolute error on the data's scale of one candidate over the runs (Infinity if it ever failed). */
export function cvError(
  runs: readonly CvRun[],
  key: string,
  t: Transform,
  floor: number | null,
): number {
  const errs: number[] = [];
  for (const r of runs) {
    const f = r.fits.find((x) => x.key === key);
    if (!f) return Infinity;
    r.actual.forEach((a, i) => {
      const p = fromModelSpace(f.mean[i] as number, t);
      errs.push(Math.abs(fromModelSpace(a, t) - (floor === null ? p : Math.max(floor, p))));
    });
  }
  return errs.length ? mean(errs) : Infinity;
}

/** A combination's forecast in model space, per step. */
export interface Combined {
  mean: number[];
  /** Weighted mean of the candidates' own standard errors: the noise each expects. */
  sd: number[];
  /**
   * Weighted standard deviation of the candidates' points around the mean: how much they disagree.
   * A combination's predictive variance is the mixture's, sd^2 + spread^2; leaving the spread out
   * made intervals narrowest exactly where the candidates disagree about a trend.
   */
  spread: number[];
}

/** Combines the candidates' points and standard errors with the weights (renormalised over those present). */
export function combine(
  fits: readonly MethodForecast[],
  weights: ReadonlyMap<string, number>,
): Combined | null {
  const used = fits.filter((f) => (weights.get(f.key) ?? 0) > 0);
  const total = used.reduce((s, f) => s + (weights.get(f.key) as number), 0);
  if (used.length === 0 || total <= 0) return null;
  const h = (used[0] as MethodForecast).mean.length;
  const zeros = (): number[] => new Array<number>(h).fill(0);
  const out: Combined = { mean: zeros(), sd: zeros(), spread: zeros() };
  for (const f of used) {
    const w = (weights.get(f.key) as number) / total;
    for (let i = 0; i < h; i++) {
      out.mean[i] = (out.mean[i] as number) + w * (f.mean[i] as number);
      out.sd[i] = (out.sd[i] as number) + w * (f.sd[i] as number);
    }
  }
  for (const f of used) {
    const w = (weights.get(f.key) as number) / total;
    for (let i = 0; i < h; i++) {
      out.spread[i] =
        (out.spread[i] as number) + w * ((f.mean[i] as number) - (out.mean[i] as number)) ** 2;
    }
  }
  out.spread = out.spread.map(Math.sqrt);
  return out;
}
