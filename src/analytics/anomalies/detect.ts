// Anomalies as a robust residual test: a value is unusual when it is far from what its neighbours
// (seasonal phase and local level, see fit.ts) lead one to expect, "far" in robust sd of those
// leave-one-out errors, on a scale where the noise does not grow with the level (transform.ts).
// Not 3 sigma of the raw series: a weekly cycle alone would trip that every weekend, and a single
// spike inflates the sd it is judged by. Details and measurements: docs/adr/0007-anomaly-detection.md.
import { AnalyticsInputError } from '../errors.js';
import { median, round } from '../stats.js';
import type { Anomaly, AnomalyOptions, AnomalyResult, Severity } from '../types.js';
import { calendarPeriods, looksLikeCounts } from './calendar.js';
import { fitSeries, refit, usableSeasons, type Fit } from './fit.js';
import { countScore, countSd, fitSize } from './counts.js';
import { levelMultipliers } from './level-scale.js';
import { budgetThreshold, FLAG_RATE, flagThreshold, normalThreshold } from './scale.js';
import { inverse, type Transform } from './transform.js';

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

/** Poisson noise on the transform's scale: counts that are not whole are never judged less noisy than that. */
function countFloor(fit: Fit, i: number): number {
  const level = Math.max(1, inverse(fit.transform, fit.expected[i] as number));
  return fit.transform === 'sqrt'
    ? 0.5
    : fit.transform === 'log'
      ? 1 / Math.sqrt(level)
      : Math.sqrt(level);
}

/** Mean count of a point whose expected value on the transform's scale is `m` (noise of sd `s` there). */
function countMean(t: Transform, m: number, s: number): number {
  // Back-transforming an average of transformed counts undershoots their mean (Jensen): add back
  // the noise's share, as for a lognormal or a squared normal.
  return t === 'sqrt'
    ? Math.max(0, m) ** 2 + s * s - 3 / 8
    : t === 'log'
      ? Math.exp(m + (s * s) / 2)
      : m;
}

/** d transform / d y at a count of mean mu: what one event is on the transform's scale. */
function slopeAt(t: Transform, mu: number): number {
  return t === 'sqrt' ? 1 / (2 * Math.sqrt(mu + 3 / 8)) : t === 'log' ? 1 / Math.max(mu, 1) : 1;
}

/**
 * Counts: normal scores of every point against a negative binomial around its expected count
 * (counts.ts), the size fitted on the points not in `clear`; sd is that noise on the transform's
 * scale (for the band). An expected count is never taken below half an event per level window:
 * neighbours that are all zero do not show that the rate is zero.
 */
function countScores(
  fit: Fit,
  values: readonly number[],
  centre: number,
  clear: ReadonlySet<number>,
) {
  const floor = 0.5 / fit.window;
  const mu = fit.expected.map((e) =>
    Math.max(floor, countMean(fit.transform, e + centre, fit.scale)),
  );
  const keep = values.flatMap((_, i) => (clear.has(i) ? [] : [i]));
  const size = fitSize(
    keep.map((i) => values[i] as number),
    keep.map((i) => mu[i] as number),
  );
  const z = values.map((v, i) => countScore(v, mu[i] as number, size));
  const sd = mu.map((m) => countSd(m, size, slopeAt(fit.transform, m)));
  return { z, sd };
}

/**
 * Robust z of every point (counts: on at least their Poisson sd), the flag line (the series' own
 * residuals cross it once in 200 points) and the alarm line severity is graded on (once in 1000),
 * both read from the tail of the points not in `clear`.
 */
function scoreFit(
  fit: Fit,
  opts: AnomalyOptions,
  countData: boolean,
  counts: readonly number[] | null,
  clear: ReadonlySet<number> = new Set(),
) {
  const centre = median(fit.residual);
  const normal = () => {
    const level = fit.expected.map((e) => inverse(fit.transform, e + centre));
    const mult = levelMultipliers(
      fit.residual.map((r) => r - centre),
      level,
      clear,
    );
    const sd = fit.residual.map((_, i) =>
      countData
        ? Math.max(fit.scale * (mult[i] as number), countFloor(fit, i))
        : fit.scale * (mult[i] as number),
    );
    return { sd, z: fit.residual.map((r, i) => (r - centre) / (sd[i] as number)) };
  };
  const { z, sd } = counts ? countScores(fit, counts, centre, clear) : normal();
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
  // Whole non-negative numbers are counts of something: judged by a count model of their noise
  // (counts.ts) unless the caller says they are not.
  const whole = values.every((v) => v >= 0 && Number.isInteger(v));
  const counts = opts.countData !== false && whole ? values : null;
  const first = fitSeries(values, seasons);
  // Two passes, as STL's robustness loop: the first finds the suspects, the second judges every
  // point against neighbours with the suspects replaced, and reads the tail of ordinary residuals
  // without the suspects (real anomalies would otherwise raise the line that is meant to find
  // them; leaving out the 1 in 200 beyond the line moves the 98th percentile very little).
  const pass1 = scoreFit(first, opts, countData, counts);
  const suspects = new Set(
    pass1.z.flatMap((zi, i) => (Math.abs(zi) >= pass1.threshold ? [i] : [])),
  );
  const fit = refit(first, suspects);
  const { centre, sd, z, threshold, alarm } = scoreFit(fit, opts, countData, counts, suspects);
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
      return round(nonNegative ? Math.max(0, x) : x, 3);
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
