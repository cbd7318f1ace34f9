// After a large level shift (a team joins and usage goes tenfold), the history before it says
// nothing about the level to come, yet its errors widened every interval: on 60 days of 20
// sessions and 20 days of 100, the 80% interval of the next day was 42 to 149 where Poisson noise
// alone gives 87 to 113. The model is fitted on the new level's history when there is enough of it.
import { fitSeries } from '../anomalies/fit.js';
import { FLAG_RATE, normalThreshold } from '../anomalies/scale.js';
import { levelShifts } from '../anomalies/shifts.js';
import { median } from '../stats.js';

/** Bands a step must span (the detector's own 6 would miss a Poisson 20 to 100 on the square-root scale, 11 sd). */
const SHIFT_BANDS = 3;
/** Longer histories are not searched: the decomposition grid costs seconds on a year of hours. */
const MAX_SEARCHED = 1000;

/**
 * Returns where the history to fit starts: the first point of the last level found by the
 * anomaly detector's step finder (SHIFT_BANDS bands between two flat levels, anomalies/shifts.ts) when
 * at least `need` points follow it and no earlier stretch was at that level, else 0 (the whole history).
 */
export function sinceLastShift(
  y: readonly number[],
  periods: readonly number[],
  need: number,
): number {
  if (y.length > MAX_SEARCHED || y.length < need + 8) return 0;
  const fit = fitSeries(y, periods);
  const band = normalThreshold(FLAG_RATE) * fit.scale;
  const flat = fit.z.map((v, i) => v - (fit.seasonal[i] as number));
  const breaks = levelShifts(flat, fit.window, () => band, SHIFT_BANDS);
  const last = breaks[breaks.length - 1] ?? 0;
  if (last === 0 || y.length - last < need) return 0;
  // Back at a level seen before (an outage or a burst has ended): the whole history is this level's.
  const cuts = [0, ...breaks, y.length];
  const level = (k: number) => median(flat.slice(cuts[k] as number, cuts[k + 1] as number));
  const now = level(breaks.length);
  for (let k = 0; k < breaks.length; k++)
    if (Math.abs(level(k) - now) < SHIFT_BANDS * band) return 0;
  return last;
}
