// A residual scale that follows the level: sd_i = scale x (level_i / typical level)^b, b read from
// the series' own residuals by profile likelihood, for noise that grows (or shrinks) with the level
// more or less than the transform's rung of the ladder (none, sqrt, log) allows.
import { median } from '../stats.js';
import { robustSd } from './scale.js';

/** Exponents tried: from noise shrinking with the level to noise growing with its square. */
const EXPONENTS = [-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 1.5];
/** A level-dependent scale must beat a constant one by the 1% point of a one-parameter likelihood-ratio test. */
const GAIN = 3.3;

/**
 * Returns each point's scale multiplier (level_i / median level)^b, b by the profile likelihood of
 * the residuals not in `clear` (n log of their robust sd after dividing by the multiplier, plus the
 * multipliers' log), 1 everywhere unless a b other than 0 gains GAIN; levels must be positive.
 */
export function levelMultipliers(
  residual: readonly number[],
  level: readonly number[],
  clear: ReadonlySet<number>,
): number[] {
  const ones = residual.map(() => 1);
  if (!level.every((l) => l > 0)) return ones;
  const logs = level.map(Math.log);
  const mid = median(logs);
  const x = logs.map((l) => l - mid);
  const keep = residual.flatMap((_, i) => (clear.has(i) ? [] : [i]));
  if (keep.length < 30) return ones;
  const ll = (b: number) => {
    const sd = robustSd(keep.map((i) => (residual[i] as number) / Math.exp(b * (x[i] as number))));
    if (!(sd > 0)) return -Infinity;
    let sumX = 0;
    for (const i of keep) sumX += x[i] as number;
    return -keep.length * Math.log(sd) - b * sumX;
  };
  const base = ll(0);
  let best = { b: 0, ll: base };
  for (const b of EXPONENTS) {
    const l = ll(b);
    if (l > best.ll) best = { b, ll: l };
  }
  if (best.ll < base + GAIN) return ones;
  // The multipliers are normalised so that the residuals divided by them keep their robust sd.
  const m = x.map((v) => Math.exp(best.b * v));
  const norm =
    robustSd(keep.map((i) => (residual[i] as number) / (m[i] as number))) /
    robustSd(keep.map((i) => residual[i] as number));
  return m.map((v) => v * norm);
}
