// One-off points are not the future. A spike in the last cycle of a history would otherwise be
// repeated by seasonal naive every cycle (a single 50x day came back every 7th day at half its
// height) and would lift every smoothed level after it. As R's tsclean does, isolated points the
// anomaly detector rates high are replaced by what their neighbours expect before any candidate
// is fitted or validated. Two or more flags in a row in one direction may be a new level, which
// the forecast must follow: those stay.
import { detectAnomalies } from '../anomalies/detect.js';
import { robustSd } from '../anomalies/scale.js';
import { fitWindow } from './cross-validate.js';

/**
 * How far from its expected value a point must be, in sd of the step-to-step noise, to be
 * replaced. The detector's own scale is not enough on smooth series: on a decade-by-decade
 * population count it is so small that the bend at the end is "high"; the steps themselves vary
 * by far more than that, and a real one-off leaves them far behind.
 */
const GROSS_STEPS = 8;
/** The points at either end, judged from one side only, where the flag must also be gross. */
const EDGE = 2;
/** Multiple of the alarm line (1 in 1000 on noise) an end point's score must reach. */
const GROSS_ALARM = 3;

export interface Cleaned {
  values: number[];
  /** Positions (in the history given) whose values were replaced. */
  replaced: number[];
}

/** Robust sd of the noise from one step to the next (the differences' robust sd / sqrt 2). */
function stepSd(y: readonly number[]): number {
  return robustSd(y.slice(1).map((v, i) => v - (y[i] as number))) / Math.SQRT2;
}

/** Returns the history with its isolated, gross, high-severity spikes and dips replaced by their expected values (only within the points the fits read). */
export function withoutIsolatedOutliers(y: readonly number[], periods: readonly number[]): Cleaned {
  const tail = fitWindow(y, periods);
  const offset = y.length - tail.length;
  const result = detectAnomalies(tail, null, { seasons: periods });
  const found = result.anomalies;
  const direction = new Map(found.map((a) => [a.index, a.direction]));
  const far = GROSS_STEPS * stepSd(tail);
  const values = [...y];
  const replaced: number[] = [];
  for (const a of found) {
    if (a.severity !== 'high' || !(Math.abs(a.value - a.expected) > far)) continue;
    // At the ends a turn can look like a dip against the climb before it.
    const edge = a.index < EDGE || a.index >= tail.length - EDGE;
    if (edge && Math.abs(a.score) < GROSS_ALARM * result.alarm) continue;
    const isolated = [a.index - 1, a.index + 1].every((j) => direction.get(j) !== a.direction);
    if (!isolated) continue;
    values[offset + a.index] = a.expected;
    replaced.push(offset + a.index);
  }
  return { values, replaced };
}
