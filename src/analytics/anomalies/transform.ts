// The scale on which residuals are judged. When the noise grows with the level (usage that grows
// tenfold, seasonality that grows with it, counts whose spread is the square root of their mean)
// one robust sd for the whole series flags every busy stretch and misses every quiet one. The
// Box-Cox ladder 1 (none), 1/2 (sqrt) and 0 (log) is searched by the Box-Cox likelihood of the
// leave-one-out residuals: the n log(sd) each scale leaves, plus the log Jacobian that makes the
// scales comparable. The sd is winsorized (residuals beyond their 2.5th and 97.5th percentiles are
// pulled in to them), so a few spikes do not choose the scale, yet it is nearly as steady as a
// plain sd: the MAD's noise alone would pick a scale at random on a short, even series.
import { mean, quantileSorted } from '../stats.js';

export type Transform = 'none' | 'sqrt' | 'log';

/** Anscombe's offset: sqrt(y + 3/8) of a Poisson count has sd 1/2 whatever its mean. */
const ANSCOMBE = 3 / 8;
/** Fewer points than this cannot tell one scale from another. */
const MIN_POINTS = 30;
/** A spread below this share of the values' size is rounding, not noise (a constant series). */
const ROUNDING = 1e-9;

/** Returns v on the transform's scale. */
export function forward(t: Transform, v: number): number {
  return t === 'sqrt' ? Math.sqrt(Math.max(0, v) + ANSCOMBE) : t === 'log' ? Math.log(v) : v;
}

/** Returns a value of the transform's scale in the series' own units. */
export function inverse(t: Transform, v: number): number {
  if (t === 'sqrt') return v <= 0 ? 0 : Math.max(0, v * v - ANSCOMBE);
  return t === 'log' ? Math.exp(v) : v;
}

/** Returns log |d forward / dy| at y: what a unit of y becomes on the transform's scale. */
function logJacobian(t: Transform, y: number): number {
  return t === 'sqrt'
    ? -Math.log(2 * Math.sqrt(Math.max(0, y) + ANSCOMBE))
    : t === 'log'
      ? -Math.log(y)
      : 0;
}

/** Returns the transforms a series allows: sqrt needs no negative value, log only positive ones. */
export function candidateTransforms(values: readonly number[]): Transform[] {
  if (values.length < MIN_POINTS || values.some((v) => v < 0)) return ['none'];
  return values.every((v) => v > 0) ? ['none', 'sqrt', 'log'] : ['none', 'sqrt'];
}

/** Both tails of the residuals pulled in to these percentiles before their sd is taken. */
const WINSOR = 0.025;

function winsorizedSd(r: readonly number[]): number {
  const sorted = r.filter(Number.isFinite).sort((a, b) => a - b);
  const lo = quantileSorted(sorted, WINSOR);
  const hi = quantileSorted(sorted, 1 - WINSOR);
  const w = sorted.map((x) => Math.min(hi, Math.max(lo, x)));
  const m = mean(w);
  return Math.sqrt(mean(w.map((x) => (x - m) ** 2)));
}

/**
 * Returns the Box-Cox profile log-likelihood of a transform (up to a constant shared by all):
 * -n log(winsorized sd of the residuals on its scale) + sum of log Jacobians; -Infinity without spread.
 */
export function transformLikelihood(
  t: Transform,
  values: readonly number[],
  residual: readonly number[],
): number {
  const sd = winsorizedSd(residual);
  const size = values.reduce((m, v) => Math.max(m, Math.abs(forward(t, v))), 1);
  if (!(sd > ROUNDING * size)) return -Infinity;
  let jacobian = 0;
  for (const v of values) jacobian += logJacobian(t, v);
  return -values.length * Math.log(sd) + jacobian;
}
