// Anomalies as a robust residual test: a value is unusual when it is far from what trend and
// seasonality lead one to expect, "far" measured in robust units of the residuals (1.4826 x MAD,
// the sd of a normal). Not 3 sigma of the raw series: a weekly cycle alone would trip that every
// weekend, and a single spike inflates the sd it is judged by.
import { AnalyticsInputError } from '../errors.js';
import { detectSeasonality } from '../forecast/seasonality.js';
import { mad, mean, median, round } from '../stats.js';
import type { Anomaly, AnomalyOptions, AnomalyResult, Severity } from '../types.js';
import { robustDecompose } from './decompose.js';

/** Iglewicz & Hoaglin's cut-off for a modified z score. */
export const DEFAULT_THRESHOLD = 3.5;
/** A seasonal profile needs this many cycles; below it the phases' medians are too noisy. */
const MIN_CYCLES = 3;
/** Below this many points the residuals carry too little information to judge anything. */
const MIN_POINTS = 8;
/** Trend window when there is no usable season: a week of days, short enough to follow a level shift. */
const PLAIN_TREND_WINDOW = 7;
const MAD_TO_SD = 1.4826;
/** Mean absolute deviation to sd for a normal, the fallback when more than half the residuals are 0. */
const MEANAD_TO_SD = 1.2533;

function severityOf(z: number): Severity {
  const a = Math.abs(z);
  return a >= 8 ? 'high' : a >= 5 ? 'medium' : 'low';
}

/** Returns the values outside the robust band of a trend + seasonal decomposition, with expected value and band. */
export function detectAnomalies(
  values: readonly number[],
  times: readonly (string | number)[] | null,
  opts: AnomalyOptions = {},
): AnomalyResult {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold > 0))
    throw new AnalyticsInputError(`threshold must be positive, got ${threshold}`);
  if (times && times.length !== values.length)
    throw new AnalyticsInputError('times and values must have the same length');
  if (!values.every(Number.isFinite))
    throw new AnalyticsInputError('series holds a non-finite value');
  const base = { threshold, method: 'robust-decomposition-mad' };
  if (values.length < MIN_POINTS) {
    return {
      ...base,
      anomalies: [],
      season: null,
      scale: 0,
      note: `needs at least ${MIN_POINTS} points, has ${values.length}`,
    };
  }
  const seasons = opts.seasons ?? detectSeasonality(values, times ? { times } : {}).periods;
  const usable = [...seasons]
    .filter((p) => p >= 2 && values.length >= MIN_CYCLES * p)
    .sort((a, b) => b - a);
  // The longest usable period's phases contain the shorter ones (168 hours hold every 24-hour slot).
  const season = usable[0] ?? null;
  const { expected, residual } = robustDecompose(values, season, season ?? PLAIN_TREND_WINDOW);
  const centre = median(residual);
  let scale = MAD_TO_SD * mad(residual);
  if (scale === 0) scale = MEANAD_TO_SD * mean(residual.map((r) => Math.abs(r - centre)));
  const nonNegative = values.every((v) => v >= 0);
  const anomalies: Anomaly[] = [];
  values.forEach((value, i) => {
    const exp = (expected[i] as number) + centre;
    const s = opts.countData ? Math.max(scale, Math.sqrt(Math.max(exp, 1))) : scale;
    if (s === 0) return;
    const z = ((residual[i] as number) - centre) / s;
    if (Math.abs(z) < threshold) return;
    const lower = exp - threshold * s;
    anomalies.push({
      index: i,
      time: times ? (times[i] as string | number) : null,
      value,
      expected: round(nonNegative ? Math.max(0, exp) : exp, 3),
      lower: round(nonNegative ? Math.max(0, lower) : lower, 3),
      upper: round(exp + threshold * s, 3),
      direction: z > 0 ? 'spike' : 'dip',
      severity: severityOf(z),
      score: round(z, 2),
    });
  });
  const out: AnomalyResult = { ...base, anomalies, season, scale: round(scale, 4) };
  if (season === null && seasons.length > 0)
    out.note = `too little history for the seasons ${seasons.join(', ')}`;
  return out;
}
