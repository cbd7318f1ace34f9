// Forecasts for histories a model cannot fit: too short (run rate) or never changing (constant).
import { mean, sampleSd } from '../stats.js';
import type { PathModel } from './model.js';

/** Two weekly cycles: the least MSTL with period 7 can decompose. */
export const MIN_MODEL_HISTORY = 14;
/** A run rate knows neither trend nor weekly rhythm; its daily noise is never taken below this share of the rate. */
const RUN_RATE_MIN_CV = 0.5;

/** Returns a forecast that repeats a constant history with no uncertainty. */
export function constantModel(
  value: number,
  horizon: number,
  periods: number[],
  floor: number | null,
): PathModel {
  return {
    method: 'constant',
    transform: 'none',
    periods,
    mean: new Array<number>(horizon).fill(value),
    sigma: 0,
    psi: Array.from({ length: horizon }, (_, i) => (i === 0 ? 1 : 0)),
    shared: new Array<number>(horizon).fill(0),
    floor,
    calibration: 1,
    note: 'the history is constant, so the forecast repeats it, uncertain only by the rounding of its values',
  };
}

/**
 * Returns a run-rate forecast for a short history. flow: every future day is the mean day, with the
 * rate's own uncertainty (s / sqrt(n)) shared by all days plus day-to-day noise s, s never below half
 * the rate. level (a gauge): the last reading drifts by the mean daily change as a random walk.
 */
export function runRateModel(
  y: readonly number[],
  horizon: number,
  kind: 'flow' | 'level',
  floor: number | null,
  under = MIN_MODEL_HISTORY,
): PathModel {
  const n = y.length;
  const steps = Array.from({ length: horizon }, (_, i) => i + 1);
  const note =
    `only ${n} point${n === 1 ? '' : 's'} of history (under ${under}): a run rate ` +
    'with deliberately wide intervals, blind to trend and weekly rhythm';
  const common = {
    method: 'run-rate' as const,
    transform: 'none' as const,
    periods: [],
    floor,
    calibration: 1,
    note,
  };
  if (kind === 'level') {
    const diffs = y.slice(1).map((v, i) => v - (y[i] as number));
    const drift = diffs.length ? mean(diffs) : 0;
    const last = y[n - 1] as number;
    const s = Math.max(sampleSd(diffs), RUN_RATE_MIN_CV * Math.abs(drift), Math.abs(last) * 0.01);
    const driftSe = diffs.length ? s / Math.sqrt(diffs.length) : s;
    return {
      ...common,
      mean: steps.map((h) => last + drift * h),
      sigma: s,
      psi: steps.map(() => 1),
      shared: steps.map((h) => driftSe * h),
    };
  }
  const rate = mean(y);
  const s = Math.max(sampleSd(y), RUN_RATE_MIN_CV * Math.abs(rate));
  return {
    ...common,
    mean: steps.map(() => rate),
    sigma: s,
    psi: steps.map((h) => (h === 1 ? 1 : 0)),
    shared: steps.map(() => s / Math.sqrt(n)),
  };
}
