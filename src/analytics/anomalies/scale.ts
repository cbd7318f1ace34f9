// How far is far: the robust sd of the residuals, and the threshold on residual / sd.
import { mad, mean, median, normalQuantile, quantileSorted } from '../stats.js';

const MAD_TO_SD = 1.4826;
/** Mean absolute deviation to sd for a normal: the fallback when more than half the residuals tie. */
const MEANAD_TO_SD = 1.2533;

/**
 * The false-alarm rate of the alarm line that severity is graded on: one point in a thousand on
 * noise alone (|z| >= 3.29 when the residuals are normal). Medium and high start above it.
 */
export const FALSE_ALARM_RATE = 0.001;
/**
 * The share of a series' own points the flag line lets through: one in 200 (|z| >= 2.81 on normal
 * residuals), half the 1% a person reading every flag accepts (issue 10), the other half left for
 * the neighbours of real anomalies and for tails heavier than the line's estimate. Flags between
 * this line and 1.25x the alarm line are low.
 */
export const FLAG_RATE = 0.005;
/** Residual count from which the 98th percentile (not only the 95th) informs the tail factor. */
const TAIL_98_MIN = 250;

/**
 * 1.4826 x MAD (the sd of a normal), or, when the MAD is 0, the scaled mean absolute deviation of
 * the smallest `keep` share of the deviations.
 */
function madOrMeanDeviation(r: readonly number[], keep: number): number {
  const finite = r.filter(Number.isFinite);
  if (finite.length === 0) return 0;
  const m = mad(finite);
  if (m > 0) return MAD_TO_SD * m;
  const c = median(finite);
  const dev = finite.map((x) => Math.abs(x - c));
  if (keep < 1) dev.sort((a, b) => a - b);
  return MEANAD_TO_SD * mean(keep < 1 ? dev.slice(0, Math.ceil(dev.length * keep)) : dev);
}

/** Returns 1.4826 x MAD (the sd of a normal), or the scaled mean absolute deviation when the MAD is 0. */
export function robustSd(r: readonly number[]): number {
  return madOrMeanDeviation(r, 1);
}

/** Share of the largest deviations a noise-free fit's comparison leaves out (see selectionScale). */
const SELECTION_TRIM = 0.05;

/**
 * Returns what candidate fits are compared by: the robust sd, or, when more than half the
 * residuals tie (a noise-free series), the mean absolute deviation of all but the largest 5%. The
 * untrimmed mean there is decided by a few points: on a clean line with one spike, the spike's
 * neighbours made a 24-step "season" that absorbed part of it look better than no season.
 */
export function selectionScale(r: readonly number[]): number {
  return madOrMeanDeviation(r, 1 - SELECTION_TRIM);
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

/** Returns the |z| that normal residuals exceed at `rate` (3.29 at the alarm rate). */
export function normalThreshold(rate = FALSE_ALARM_RATE): number {
  return normalQuantile(1 - rate / 2);
}

/** Returns the flag threshold on |z| for a false-alarm rate, widened by the tail factor. */
export function flagThreshold(absZ: readonly number[], rate = FALSE_ALARM_RATE): number {
  return normalThreshold(rate) * tailFactor(absZ);
}

/**
 * Returns the |z| that the series' own residuals exceed at `rate`, read from its tail: the normal
 * line widened by the tail factor, or, where larger, the line of an exponential tail through two
 * percentiles of |z| (the 95th and 98th from TAIL_98_MIN points, else the 90th and 95th). An
 * exponential tail is what a heavier-than-normal residual has in the far tail; it is a little
 * above the normal line on normal residuals (2.89 for 2.81 at 1 in 200).
 */
export function budgetThreshold(absZ: readonly number[], rate: number): number {
  const z = absZ.filter(Number.isFinite).sort((a, b) => a - b);
  const normal = flagThreshold(z, rate);
  if (z.length < 20) return normal;
  const [pLo, pHi] = z.length >= TAIL_98_MIN ? [0.05, 0.02] : [0.1, 0.05];
  const qLo = quantileSorted(z, 1 - pLo);
  const qHi = quantileSorted(z, 1 - pHi);
  const expo = qHi + ((qHi - qLo) * Math.log(pHi / rate)) / Math.log(pLo / pHi);
  return Math.max(normal, expo);
}
