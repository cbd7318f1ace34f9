// Classical seasonal decomposition (R's `decompose`) and the seasonality test of R forecast's
// `thetaf`: the deseasonalising step that Theta and ETS share. Kept as in R so that Theta can be
// checked against R's published output; a moving-average trend and one fixed seasonal figure per
// phase are crude next to STL, which is exactly why MSTL is a separate candidate.
import { normalQuantile } from '../stats.js';

/** Returns the sample autocorrelations at lags 1..maxLag (R's `acf`, biased denominator). */
export function acf(x: readonly number[], maxLag: number): number[] {
  const n = x.length;
  let m = 0;
  for (const v of x) m += v;
  m /= n;
  let c0 = 0;
  for (const v of x) c0 += (v - m) ** 2;
  const out: number[] = [];
  for (let k = 1; k <= maxLag; k++) {
    let c = 0;
    for (let i = k; i < n; i++) c += ((x[i] as number) - m) * ((x[i - k] as number) - m);
    out.push(c0 === 0 ? 0 : c / c0);
  }
  return out;
}

/**
 * Returns whether the lag-m autocorrelation is significant at 90% (two-sided) with Bartlett's
 * standard error, the test `thetaf` uses before deseasonalising; needs more than two cycles.
 */
export function isSeasonal(x: readonly number[], m: number): boolean {
  const n = x.length;
  if (m < 2 || n <= 2 * m) return false;
  const r = acf(x, m);
  let s = 0;
  for (let k = 0; k < m - 1; k++) s += (r[k] as number) ** 2;
  const stat = Math.sqrt((1 + 2 * s) / n);
  return Math.abs(r[m - 1] as number) / stat > normalQuantile(0.95);
}

export type DecompositionType = 'additive' | 'multiplicative';

/** Seasonal figure per phase; phase i is the position i mod m counted from the series' start. */
export interface Decomposition {
  type: DecompositionType;
  period: number;
  figure: number[];
}

/** Returns the centred moving average of R's `decompose` (2 x m for even m), NaN at both ends. */
function centredTrend(x: readonly number[], m: number): number[] {
  const w =
    m % 2 === 0 ? [0.5, ...new Array<number>(m - 1).fill(1), 0.5] : new Array<number>(m).fill(1);
  const half = Math.floor(w.length / 2);
  return x.map((_, i) => {
    if (i - half < 0 || i + half >= x.length) return NaN;
    let s = 0;
    for (let k = 0; k < w.length; k++) s += (w[k] as number) * (x[i - half + k] as number);
    return s / m;
  });
}

/** Returns the classical decomposition's seasonal figure of `x` for period m (R's `decompose`). */
export function classicalDecompose(
  x: readonly number[],
  m: number,
  type: DecompositionType,
): Decomposition {
  const trend = centredTrend(x, m);
  const sums = new Array<number>(m).fill(0);
  const counts = new Array<number>(m).fill(0);
  x.forEach((v, i) => {
    const t = trend[i] as number;
    if (Number.isNaN(t)) return;
    sums[i % m] = (sums[i % m] as number) + (type === 'additive' ? v - t : v / t);
    counts[i % m] = (counts[i % m] as number) + 1;
  });
  const raw = sums.map((s, i) => s / (counts[i] as number));
  const avg = raw.reduce((a, b) => a + b, 0) / m;
  const figure = raw.map((f) => (type === 'additive' ? f - avg : f / avg));
  return { type, period: m, figure };
}

/** Returns the seasonal component at index i (0-based from the series' start, may lie beyond it). */
export function seasonalAt(d: Decomposition, i: number): number {
  return d.figure[i % d.period] as number;
}

/** Removes the seasonal components (applied in order) from x. */
export function deseasonalise(x: readonly number[], parts: readonly Decomposition[]): number[] {
  return x.map((v, i) =>
    parts.reduce(
      (acc, d) => (d.type === 'additive' ? acc - seasonalAt(d, i) : acc / seasonalAt(d, i)),
      v,
    ),
  );
}

/** Puts the seasonal components back on forecasts of steps n, n+1, ... of a series of length n. */
export function reseasonalise(
  forecast: readonly number[],
  n: number,
  parts: readonly Decomposition[],
): number[] {
  return forecast.map((v, h) =>
    parts.reduce(
      (acc, d) => (d.type === 'additive' ? acc + seasonalAt(d, n + h) : acc * seasonalAt(d, n + h)),
      v,
    ),
  );
}

/**
 * Decomposes x by each period in ascending order, each on what the shorter ones left, keeping a
 * period only when the thetaf test finds it. Multiplicative falls back to additive when a phase's
 * index is near zero (a weekend without usage), where dividing would explode.
 */
export function seasonalParts(
  x: readonly number[],
  periods: readonly number[],
  type: DecompositionType,
): Decomposition[] {
  const parts: Decomposition[] = [];
  let rest = [...x];
  for (const m of [...periods].sort((a, b) => a - b)) {
    if (!isSeasonal(rest, m)) continue;
    let d = classicalDecompose(rest, m, type);
    if (type === 'multiplicative' && d.figure.some((f) => !(f > 1e-4)))
      d = classicalDecompose(rest, m, 'additive');
    parts.push(d);
    rest = deseasonalise(rest, [d]);
  }
  return parts;
}
