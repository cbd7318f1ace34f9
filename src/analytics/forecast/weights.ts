// How much each candidate counts in the combination, and which candidates are thrown out as
// runaways. Combinations won the M3 and M4 competitions because the errors of different methods
// partly cancel; weighting by cross-validated accuracy keeps a method that fails on this series
// from dragging the others down, and the trimming drops it altogether.
import type { Transform } from '../types.js';
import { cvError, type CvRun } from './cross-validate.js';
import type { MethodForecast } from './methods.js';

/** A candidate whose validation error is more than this multiple of the best gets no weight. */
const TRIM = 2;

/**
 * Returns false when a forecast leaves the envelope the history allows: beyond its range by more
 * than the range itself (or by twice the horizon's share of the history, for long horizons). In
 * model space, so compounding growth on a log scale is a straight line and not a runaway.
 */
export function withinEnvelope(ys: readonly number[], mean: readonly number[]): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of ys) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const reach = (hi - lo) * Math.max(1, (2 * mean.length) / ys.length);
  return mean.every((m) => m >= lo - reach && m <= hi + reach);
}

export interface Weighting {
  weights: Map<string, number>;
  /** Validation MAE per candidate key (data scale). */
  errors: Map<string, number>;
  /** Keys dropped because their final forecast ran away. */
  runaways: string[];
}

/**
 * Weights the final candidates by 1 / MAE^2 on the validation runs, trimming those worse than
 * TRIM x the best and those whose final forecast runs away; without runs, the model-based
 * candidates share equally. Seasonal naive is kept as the last resort when everything ran away.
 */
export function chooseWeights(
  ys: readonly number[],
  final: readonly MethodForecast[],
  runs: readonly CvRun[],
  t: Transform,
  floor: number | null,
): Weighting {
  const runaways = final.filter((f) => !withinEnvelope(ys, f.mean)).map((f) => f.key);
  const sane = final.filter((f) => !runaways.includes(f.key));
  const errors = new Map(
    final.map((f) => [f.key, runs.length ? cvError(runs, f.key, t, floor) : NaN]),
  );
  const weights = new Map<string, number>();
  if (runs.length === 0) {
    const models = sane.filter((f) => f.method !== 'seasonal-naive');
    for (const f of models.length ? models : sane) weights.set(f.key, 1);
  } else {
    const scored = sane.filter((f) => Number.isFinite(errors.get(f.key)));
    const best = Math.min(...scored.map((f) => errors.get(f.key) as number));
    for (const f of scored) {
      const e = errors.get(f.key) as number;
      if (e <= TRIM * best) weights.set(f.key, best === 0 ? (e === 0 ? 1 : 0) : 1 / (e * e));
    }
  }
  if (weights.size === 0) {
    const naive = final.find((f) => f.method === 'seasonal-naive') ?? final[0];
    if (naive) weights.set(naive.key, 1);
  }
  return { weights, errors, runaways };
}
