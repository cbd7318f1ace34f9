// The forecast of a level (a gauge such as storage): the last reading plus a bounded drift.
// A level is not a flow: tomorrow's storage is today's plus what is uploaded minus what is
// cleaned up, so it is forecast as a random walk from the last reading, not by models of daily
// totals (their combined errors gave a 2-day storage interval of ±20% and a month's 90th
// percentile at 4.7 times a stable level). The drift is today's pace, extrapolated no further
// than it was measured and damped after that; clean-ups (deliberate drops) are not a pace.
import { mean, median, sampleSd } from '../stats.js';
import type { PathModel } from './model.js';

/** Days of recent changes the pace and the day-to-day noise are read from. */
export const LEVEL_WINDOW = 28;
/** Beyond the window, each further day keeps this share of the previous day's drift. */
const DAMPING = 0.9;
/** A daily change this many robust sds below the usual one is a clean-up, not a pace. */
const CLEANUP_Z = 5;
/** The day-to-day noise is never taken below this share of the level (readings are rounded, sampled). */
const MIN_NOISE_SHARE = 0.002;
/** Scales a median absolute deviation to a normal sd. */
const MAD_TO_SD = 1.4826;

/** Cumulative drift multiplier per step: h for h within the window, then damped. */
export function driftSteps(horizon: number): number[] {
  const out: number[] = [];
  let acc = 0;
  let w = 1;
  for (let h = 1; h <= horizon; h++) {
    if (h > LEVEL_WINDOW) w *= DAMPING;
    acc += w;
    out.push(acc);
  }
  return out;
}

/**
 * Returns a level's path model: mean = last reading + drift × driftSteps(h), a random walk of
 * the recent daily noise (psi = 1) and the drift's own uncertainty shared by every step.
 */
export function levelModel(y: readonly number[], horizon: number, floor: number | null): PathModel {
  const n = y.length;
  const last = y[n - 1] as number;
  const recent = y.slice(-(LEVEL_WINDOW + 1));
  const diffs = recent.slice(1).map((v, i) => v - (recent[i] as number));
  const minNoise = Math.max(Math.abs(last) * MIN_NOISE_SHARE, 1e-9);
  const mid = diffs.length ? median(diffs) : 0;
  const robust = diffs.length ? MAD_TO_SD * median(diffs.map((d) => Math.abs(d - mid))) : 0;
  const kept = diffs.filter((d) => d >= mid - CLEANUP_Z * Math.max(robust, minNoise));
  const drift = kept.length ? mean(kept) : 0;
  const s = Math.max(kept.length > 1 ? sampleSd(kept) : 0, minNoise);
  const driftSe = s / Math.sqrt(Math.max(kept.length, 1));
  const steps = driftSteps(horizon);
  const cleanups = diffs.length - kept.length;
  return {
    method: 'level-drift',
    transform: 'none',
    periods: [],
    mean: steps.map((c) => last + drift * c),
    sigma: s,
    psi: steps.map(() => 1),
    shared: steps.map((c) => driftSe * c),
    floor,
    calibration: 1,
    ...(cleanups > 0
      ? {
          note: `${cleanups} clean-up${cleanups === 1 ? '' : 's'} in the last ${diffs.length} days left out of the pace`,
        }
      : {}),
  };
}
