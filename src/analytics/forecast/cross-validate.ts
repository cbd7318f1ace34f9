// Rolling-origin cross-validation on the history only: every candidate is refitted on the series
// cut at a few late origins and scored on what followed. The same refits weight the combination,
// calibrate the per-step intervals and the spread of sums. Nothing outside the history is seen.
import { mean, quantile, zForLevel } from '../stats.js';
import type { Transform } from '../types.js';
import { MIN_MODEL_HISTORY } from './fallback.js';
import { fitMethods, type MethodForecast, type MethodSet } from './methods.js';
import { fromModelSpace, psiFromSd, sumVariance, toModelSpace } from './transform.js';

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

/** The weighted mean of the candidates' points and standard errors (weights renormalised over those present). */
export function combine(
  fits: readonly MethodForecast[],
  weights: ReadonlyMap<string, number>,
): { mean: number[]; sd: number[] } | null {
  const used = fits.filter((f) => (weights.get(f.key) ?? 0) > 0);
  const total = used.reduce((s, f) => s + (weights.get(f.key) as number), 0);
  if (used.length === 0 || total <= 0) return null;
  const h = (used[0] as MethodForecast).mean.length;
  const out = { mean: new Array<number>(h).fill(0), sd: new Array<number>(h).fill(0) };
  for (const f of used) {
    const w = (weights.get(f.key) as number) / total;
    for (let i = 0; i < h; i++) {
      out.mean[i] = (out.mean[i] as number) + w * (f.mean[i] as number);
      out.sd[i] = (out.sd[i] as number) + w * (f.sd[i] as number);
    }
  }
  return out;
}

/** Intervals are calibrated where they are used most: the 80% level. */
const CALIBRATION_LEVEL = 0.8;
/** A few validation stretches are a noisy judge: the per-step scale stays within these bounds. */
const CALIBRATION_RANGE = [0.5, 3] as const;
/** Prior weight, in validation origins, of the models' own width (a factor of 1). */
const PRIOR_ORIGINS = 3;

export interface Calibration {
  /** Factor on the combined per-step standard error. */
  scale: number;
  /**
   * Share of the (scaled) per-step variance moved into an error shared by all steps, so that the
   * spread of sums matches the validation sums while per-step intervals stay as calibrated.
   */
  shared: number;
}

/**
 * Calibrates the combination on the runs. Per step: the 80% quantile of |error / sd| over all
 * validation points against the normal's 1.2816 (split-conformal in spirit). Sums: ETS errors
 * ignore parameter and decomposition uncertainty, which persist over a horizon, so sums come out
 * overconfident (ADR 0003). With a share b of the variance on one shared error, the sum variance
 * is k^2 V + b (S^2 - V) (V: innovations-only sum variance, S: sum of per-step sds), so b is
 * solved from the mean squared error of the validation sums (a moment estimate).
 */
export function calibrate(
  runs: readonly CvRun[],
  weights: ReadonlyMap<string, number>,
): Calibration {
  const zs: number[] = [];
  const sums: { e2: number; v: number; s2: number }[] = [];
  for (const r of runs) {
    const c = combine(r.fits, weights);
    if (!c) continue;
    let e = 0;
    r.actual.forEach((a, i) => {
      const sd = c.sd[i] as number;
      e += a - (c.mean[i] as number);
      if (sd > 0) zs.push(Math.abs((a - (c.mean[i] as number)) / sd));
    });
    const { sigma, psi } = psiFromSd(c.sd);
    const s = c.sd.reduce((acc, x) => acc + x, 0);
    sums.push({ e2: e * e, v: sumVariance(sigma, psi), s2: s * s });
  }
  if (zs.length < 4) return { scale: 1, shared: 0 };
  // A few overlapping stretches are a small sample: the factor is shrunk (geometrically) towards
  // the models' own width, as if PRIOR_ORIGINS more stretches had agreed with it.
  const raw = quantile(zs, CALIBRATION_LEVEL) / zForLevel(CALIBRATION_LEVEL);
  const k = Math.exp((runs.length / (runs.length + PRIOR_ORIGINS)) * Math.log(raw));
  const scale =
    Number.isFinite(k) && k > 0
      ? Math.min(CALIBRATION_RANGE[1], Math.max(CALIBRATION_RANGE[0], k))
      : 1;
  const k2 = scale * scale;
  const gap = mean(sums.map((s) => s.s2 - s.v));
  const b = gap > 0 ? (mean(sums.map((s) => s.e2)) - k2 * mean(sums.map((s) => s.v))) / gap : 0;
  return { scale, shared: Math.min(1, Math.max(0, b / k2)) };
}
