// How far is far: the robust sd of the residuals, and the threshold on residual / sd.
import { mad, mean, median, normalQuantile, quantileSorted } from '../stats.js';

const MAD_TO_SD = 1.4826;
/** Mean absolute deviation to sd for a normal: the fallback when more than half the residuals tie. */
const MEANAD_TO_SD = 1.2533;

/**
 * The false-alarm rate the flag threshold aims at: one point in a thousand on noise alone
 * (|z| >= 3.29 when the residuals are normal). A person reads every flag.
 */
export const FALSE_ALARM_RATE = 0.001;
/** Residual count from which the 98th percentile (not only the 95th) informs the tail factor. */
const TAIL_98_MIN = 250;

/** Returns 1.4826 x MAD (the sd of a normal), or the scaled mean absolute deviation when the MAD is 0. */
export function robustSd(r: readonly number[]): number {
  const finite = r.filter(Number.isFinite);
  if (finite.length === 0) return 0;
  const m = mad(finite);
  if (m > 0) return MAD_TO_SD * m;
  const c = median(finite);
  return MEANAD_TO_SD * mean(finite.map((x) => Math.abs(x - c)));
}

/**
 * Returns how much heavier than normal the tail of |z| is, from its 95th (and, with enough points,
 * 98th) percentile against a normal's, never below 1. A series whose ordinary residuals reach
 * 5 robust sd once in fifty points needs a higher line to keep its false-alarm rate; percentiles this
 * far in are not moved by a few real anomalies, as an estimate from the extreme points would be.
 */
export function tailFactor(absZ: readonly number[]): number {
  const z = absZ.filter(Number.isFinite).sort((a, b) => a - b);
  if (z.length < 20) return 1;
  const at95 = quantileSorted(z, 0.95) / normalQuantile(0.975);
  const at98 = z.length >= TAIL_98_MIN ? quantileSorted(z, 0.98) / normalQuantile(0.99) : 0;
  return Math.max(1, at95, at98);
}

/** Returns the |z| that normal residuals exceed at the target false-alarm rate (3.29). */
export function normalThreshold(): number {
  return normalQuantile(1 - FALSE_ALARM_RATE / 2);
}

/** Returns the flag threshold on |z| for the target false-alarm rate, widened by the tail factor. */
export function flagThreshold(absZ: readonly number[]): number {
  return normalThreshold() * tailFactor(absZ);
}
