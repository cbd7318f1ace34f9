// Anomalies as a robust residual test: a value is unusual when it is far from what its neighbours
// (seasonal phase and local level, see fit.ts) lead one to expect, "far" in robust sd of those
// leave-one-out errors, on a scale where the noise does not grow with the level (transform.ts).
// Not 3 sigma of the raw series: a weekly cycle alone would trip that every weekend, and a single
// spike inflates the sd it is judged by. Details and measurements: docs/adr/0007-anomaly-detection.md.
import { AnalyticsInputError } from '../errors.js';
import { median, resolution, round } from '../stats.js';
import type { Anomaly, AnomalyOptions, AnomalyResult, Severity } from '../types.js';
import { calendarPeriods, looksLikeCounts } from './calendar.js';
import { withEdgeTrend, withNearStart } from './edges.js';
import { fitSeries, refit, usableSeasons, type Fit } from './fit.js';
import { withMonthDays } from './month-days.js';
import { levelShifts } from './shifts.js';
import { budgetThreshold, FLAG_RATE, flagThreshold, normalThreshold } from './scale.js';
import { inverse } from './transform.js';

/** The flag line on normal residuals (1 point in 200 flagged on noise alone); heavy-tailed series get a higher one. */
export const DEFAULT_THRESHOLD = round(normalThreshold(FLAG_RATE), 2);
/** Below this many points the residuals carry too little information to judge anything. */
const MIN_POINTS = 8;
/** Multiples of the alarm line (1 in 1000 on noise alone) from which an anomaly is medium and high. */
const MEDIUM = 1.25;
const HIGH = 1.5;

function severityOf(absZ: number, alarm: number): Severity {
  return absZ >= HIGH * alarm ? 'high' : absZ >= MEDIUM * alarm ? 'medium' : 'low';
}

/** Poisson noise on the transform's scale: counts are never judged less noisy than that. */
function countFloor(fit: Fit, i: number): number {
  const level = Math.max(1, inverse(fit.transform, fit.expected[i] as number));
  return fit.transform === 'sqrt'
    ? 0.5
    : fit.transform === 'log'
      ? 1 / Math.sqrt(level)
      : Math.sqrt(level);
}

/** An sd on the data's scale at `level`, on the transform's scale (the transform's slope there). */
function onScale(fit: Fit, level: number, sd: number): number {
  return fit.transform === 'sqrt'
    ? sd / (2 * Math.sqrt(level + 3 / 8))
    : fit.transform === 'log'
      ? sd / level
      : sd;
}

/** Rounding noise of values written in steps of `step`, on the transform's scale at point i. */
function roundingFloor(fit: Fit, i: number, step: number): number {
  const level = Math.max(step, inverse(fit.transform, fit.expected[i] as number));
  return onScale(fit, level, step / Math.sqrt(12));
}

/**
 * No usage is read closer than this share of its level: a noise-free curve's own bends (0.01% off
 * the local fit on compounding growth, a sine at its turns) are not anomalies; real usage is never
 * that quiet, so only noise-free series meet this floor.
 */
const PRECISION = 2e-4;

/** The precision floor at point i, on the transform's scale. */
function precisionFloor(fit: Fit, i: number): number {
  const level = Math.abs(inverse(fit.transform, fit.expected[i] as number));
  return level > 0 ? onScale(fit, level, PRECISION * level) : 0;
}

/**
 * Robust z of every point (counts: on at least their Poisson sd; any series: on at least the
 * rounding noise of the step its values are written in), the flag line (the series' own
 * residuals cross it once in 200 points) and the alarm line severity is graded on (once in 1000),
 * both read from the tail of the points not in `clear`.
 */
function scoreFit(
  fit: Fit,
  opts: AnomalyOptions,
  countData: boolean,
  step: number,
  clear: ReadonlySet<number> = new Set(),
) {
  const centre = median(fit.residual);
  const sd = fit.residual.map((_, i) =>
    Math.max(
      fit.scale,
      countData ? countFloor(fit, i) : 0,
      step > 0 ? roundingFloor(fit, i, step) : 0,
      precisionFloor(fit, i),
    ),
  );
  const z = fit.residual.map((r, i) => (r - centre) / (sd[i] as number));
  const bulk = z.filter((_, i) => !clear.has(i)).map(Math.abs);
  if (opts.threshold !== undefined)
    return { centre, sd, z, threshold: opts.threshold, alarm: opts.threshold };
  return {
    centre,
    sd,
    z,
    threshold: budgetThreshold(bulk, FLAG_RATE),
    alarm: flagThreshold(bulk),
  };
}

/** Returns the values outside the robust band of a seasonal + local-level fit, with expected value and band. */
export function detectAnomalies(
  values: readonly number[],
  times: readonly (string | number)[] | null,
  opts: AnomalyOptions = {},
): AnomalyResult {
  if (opts.threshold !== undefined && !(opts.threshold > 0))
    throw new AnalyticsInputError(`threshold must be positive, got ${opts.threshold}`);
  if (times && times.length !== values.length)
    throw new AnalyticsInputError('times and values must have the same length');
  if (!values.every(Number.isFinite))
    throw new AnalyticsInputError('series holds a non-finite value');
  const method = 'robust-decomposition-mad';
  if (values.length < MIN_POINTS) {
    return {
      method,
      threshold: opts.threshold ?? DEFAULT_THRESHOLD,
      alarm: opts.threshold ?? round(normalThreshold(), 2),
      anomalies: [],
      season: null,
      scale: 0,
      transform: 'none',
      note: `needs at least ${MIN_POINTS} points, has ${values.length}`,
    };
  }
  const seasons = opts.seasons ?? calendarPeriods(times);
  const countData = opts.countData ?? looksLikeCounts(values);
  const step = resolution(values);
  // The ends are predicted from one side; on a trend the line through their neighbours is fairer.
  const plain = fitSeries(values, seasons);
  const unbroken = withEdgeTrend(plain);
  // Where the level steps, the fit is chosen again with no window across the step (shifts.ts),
  // each step found against the normal line, as the series' own is not known yet.
  const sd0 = scoreFit(unbroken, { threshold: DEFAULT_THRESHOLD }, countData, step).sd;
  const breaks = levelShifts(
    unbroken.z.map((v, i) => v - (unbroken.seasonal[i] as number)),
    unbroken.window,
    (i) => DEFAULT_THRESHOLD * (sd0[i] as number),
  );
  // Recurring days of the month join the seasonal effect before the ends are judged (edges.ts).
  const first = withEdgeTrend(
    withMonthDays(breaks.length > 0 ? fitSeries(values, seasons, breaks) : plain, times),
  );
  // Two passes, as STL's robustness loop: the first finds the suspects, the second judges every
  // point against neighbours with the suspects replaced, and reads the tail of ordinary residuals
  // without the suspects (real anomalies would otherwise raise the line that is meant to find
  // them; leaving out the 1 in 200 beyond the line moves the 98th percentile very little).
  const pass1 = scoreFit(first, opts, countData, step);
  const suspects = new Set(
    pass1.z.flatMap((zi, i) => (Math.abs(zi) >= pass1.threshold ? [i] : [])),
  );
  const scored = withEdgeTrend(withMonthDays(refit(first, suspects), times), suspects);
  const { centre, sd, threshold, alarm } = scoreFit(scored, opts, countData, step, suspects);
  // A bend at the start is judged by its nearest neighbours once the lines are read (edges.ts).
  const fit = withNearStart(scored, suspects);
  const z = fit.residual.map((r, i) => (r - centre) / (sd[i] as number));
  // Where the levels before and after a point differ by twice the band, the level shifted there; a
  // point well within the band of either side is the shift itself (the first day of the new level),
  // not a spike. The two-sided window alone would flag one to three points at every large shift.
  // (A looser rule, any point within the band of either side, also passes the points of a steep
  // smooth climb: on WWWusage it cost 12 points of recall.)
  const shiftEdge = (i: number) => {
    const band = threshold * (sd[i] as number);
    const l = (fit.left[i] as number) - centre;
    const r = (fit.right[i] as number) - centre;
    if (!Number.isFinite(l) || !Number.isFinite(r) || Math.abs(l - r) < 2 * band) return false;
    return Math.abs(l) < band / 2 || Math.abs(r) < band / 2;
  };
  const nonNegative = values.every((v) => v >= 0);
  const anomalies: Anomaly[] = [];
  values.forEach((value, i) => {
    const zi = z[i] as number;
    if (!((sd[i] as number) > 0) || Math.abs(zi) < threshold) return;
    if (shiftEdge(i)) return;
    const mid = (fit.expected[i] as number) + centre;
    const band = threshold * (sd[i] as number);
    const back = (v: number) => {
      const x = inverse(fit.transform, v);
      const w = nonNegative ? Math.max(0, x) : x;
      // Three decimals, or four significant digits below 1 (1.5e-9 is not 0).
      return Math.abs(w) >= 1 || w === 0 ? round(w, 3) : Number(w.toPrecision(4));
    };
    anomalies.push({
      index: i,
      time: times ? (times[i] as string | number) : null,
      value,
      expected: back(mid),
      lower: back(mid - band),
      upper: back(mid + band),
      direction: zi > 0 ? 'spike' : 'dip',
      severity: severityOf(Math.abs(zi), alarm),
      score: round(zi, 2),
    });
  });
  const out: AnomalyResult = {
    method,
    anomalies,
    season: fit.periods[0] ?? null,
    threshold: round(threshold, 2),
    alarm: round(alarm, 2),
    scale: round(fit.scale, 4),
    transform: fit.transform,
  };
  if (usableSeasons(seasons, values.length).length === 0 && opts.seasons?.length)
    out.note = `too little history for the seasons ${opts.seasons.join(', ')}`;
  return out;
}
