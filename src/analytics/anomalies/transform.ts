// The scale on which residuals are judged. When the noise grows with the level (usage that grows
// tenfold, seasonality that grows with it, counts whose spread is sqrt of their mean) one robust sd
// for the whole series flags every busy stretch and misses every quiet one. Tukey's spread-versus-
// level rule picks the power: if the spread grows as level^b, y^(1 - b) has constant spread; b is
// read from a first decomposition and snapped to the Box-Cox ladder 1 (none), 1/2 (sqrt), 0 (log).
import { linearFit, median, quantileSorted } from '../stats.js';

export type Transform = 'none' | 'sqrt' | 'log';

/** Anscombe's offset: sqrt(y + 3/8) of a Poisson count has sd 1/2 whatever its mean. */
const ANSCOMBE = 3 / 8;
/** Points needed to fit a slope of spread on level. */
const MIN_POINTS = 30;
/** Below this ratio of highest to lowest level, a slope of spread on level says nothing. */
const MIN_LEVEL_RANGE = 2;

/** Returns v on the transform's scale. */
export function forward(t: Transform, v: number): number {
  return t === 'sqrt' ? Math.sqrt(Math.max(0, v) + ANSCOMBE) : t === 'log' ? Math.log(v) : v;
}

/** Returns a value of the transform's scale in the series' own units. */
export function inverse(t: Transform, v: number): number {
  if (t === 'sqrt') return v <= 0 ? 0 : Math.max(0, v * v - ANSCOMBE);
  return t === 'log' ? Math.exp(v) : v;
}

/**
 * Returns b in spread ~ level^b: the slope of log |residual| on log expected level over all points
 * (as in a Box-Cox spread-versus-level plot), or 0 unless it is clearly above 0.
 */
export function spreadLevelSlope(expected: readonly number[], residual: readonly number[]): number {
  const centre = median(residual.filter(Number.isFinite));
  const xs: number[] = [];
  const ys: number[] = [];
  expected.forEach((e, i) => {
    const r = Math.abs((residual[i] as number) - centre);
    if (e > 0 && r > 0 && Number.isFinite(r)) {
      xs.push(Math.log(e));
      ys.push(Math.log(r));
    }
  });
  if (xs.length < MIN_POINTS) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  const range = quantileSorted(sorted, 0.95) - quantileSorted(sorted, 0.05);
  if (Math.exp(range) < MIN_LEVEL_RANGE) return 0;
  // A short series gives a noisy slope: only a clear one (two standard errors above 0) says that
  // the spread grows with the level at all.
  const { slope, slopeSe } = linearFit(xs, ys);
  return slope - 2 * slopeSe > 0 ? slope : 0;
}

/**
 * Returns the transform for a spread ~ level^slope: log when the spread grows in proportion to the
 * level (and every value is positive), sqrt when it grows as its square root (Poisson counts), none
 * when it does not grow, or when the series has negative values (daily changes of a gauge).
 */
export function chooseTransform(values: readonly number[], slope: number): Transform {
  if (values.some((v) => v < 0)) return 'none';
  if (slope >= 0.75 && values.every((v) => v > 0)) return 'log';
  return slope >= 0.25 ? 'sqrt' : 'none';
}
