// Small, dependency-light statistics used across the core. Robust estimators (median, MAD)
// are preferred wherever usage data has spikes, because a single busy day must not move a baseline.

/** Returns the arithmetic mean, or NaN for an empty list. */
export function mean(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Returns the sum of a list (0 when empty). */
export function sum(xs: readonly number[]): number {
  let s = 0;
  for (const x of xs) s += x;
  return s;
}

/** Returns the q-quantile (0..1) of an ascending list by linear interpolation (type 7), NaN when empty. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const pos = (n - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

/** Returns the q-quantile of an unsorted list. */
export function quantile(xs: readonly number[], q: number): number {
  // A typed array sorts numbers natively, several times faster than a comparator: the anomaly
  // detector takes medians of every candidate fit's residuals (200,000 minutes: 11 s of 24 s).
  return quantileSorted(Float64Array.from(xs).sort(), q);
}

/** Returns the median, NaN when empty. */
export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** Returns the median absolute deviation from the median (unscaled). */
export function mad(xs: readonly number[]): number {
  const m = median(xs);
  return median(xs.map((x) => Math.abs(x - m)));
}

/** Returns the sample standard deviation (n - 1), 0 for fewer than two values. */
export function sampleSd(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) ** 2;
  return Math.sqrt(s / (xs.length - 1));
}

// Acklam's rational approximation (relative error < 1.2e-9); simple-statistics' probit is only
// good to about 3 decimals, which shifts a 95% interval visibly.
const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

function poly(coef: readonly number[], x: number): number {
  let r = 0;
  for (const c of coef) r = r * x + c;
  return r;
}

/** Returns z such that P(Z <= z) = p for a standard normal Z (p in (0, 1)). */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  const plow = 0.02425;
  if (p < plow) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(C, q) / (poly(D, q) * q + 1);
  }
  if (p > 1 - plow) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (poly(A, r) * q) / (poly(B, r) * r + 1);
}

/** Returns the two-sided z multiplier of a central interval at `level` (0.8 -> 1.2816). */
export function zForLevel(level: number): number {
  return normalQuantile(0.5 + level / 2);
}

/** Returns the least-squares line through (x, y): intercept, slope and the slope's standard error. */
export function linearFit(
  xs: readonly number[],
  ys: readonly number[],
): { intercept: number; slope: number; slopeSe: number } {
  const n = Math.min(xs.length, ys.length);
  const mx = mean(xs.slice(0, n));
  const my = mean(ys.slice(0, n));
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] as number) - mx;
    sxx += dx * dx;
    sxy += dx * ((ys[i] as number) - my);
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  const intercept = my - slope * mx;
  let sse = 0;
  for (let i = 0; i < n; i++)
    sse += ((ys[i] as number) - intercept - slope * (xs[i] as number)) ** 2;
  const slopeSe = n > 2 && sxx > 0 ? Math.sqrt(sse / (n - 2) / sxx) : Infinity;
  return { intercept, slope, slopeSe };
}

/** Returns Welch's t statistic for a difference of means (b - a); 0 when both are constant and equal. */
export function welchT(a: readonly number[], b: readonly number[]): number {
  const va = sampleSd(a) ** 2 / a.length;
  const vb = sampleSd(b) ** 2 / b.length;
  const diff = mean(b) - mean(a);
  if (va + vb === 0) return diff === 0 ? 0 : Math.sign(diff) * Infinity;
  return diff / Math.sqrt(va + vb);
}

/** Rounds to `digits` decimals, keeping output readable without pretending to extra precision. */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Returns (b - a) / a in percent, or null when a is 0 (a change from nothing has no percentage). */
export function pctChange(a: number, b: number): number | null {
  return a === 0 ? null : round(((b - a) / a) * 100, 1);
}

/**
 * Returns the step the values are written in (1 for whole numbers, 0.1 for one decimal...), 0 when
 * they carry more than six decimals. A value cannot be told apart from its neighbour by less than
 * this, so no noise below its rounding (sd step / sqrt(12)) is believable: not in an anomaly's
 * residual scale, nor in a forecast's interval.
 */
export function resolution(values: readonly number[]): number {
  for (let d = 0; d <= 6; d++) {
    const f = 10 ** d;
    if (
      // Relative to each value: 1.5e-9 is not a whole number, however close to 0 it is.
      values.every((v) => Math.abs(v * f - Math.round(v * f)) <= 1e-9 * Math.abs(v * f))
    )
      return 1 / f;
  }
  return 0;
}
