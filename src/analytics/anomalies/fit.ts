// Which decomposition describes a series best, chosen on the series itself: every candidate
// (each usable seasonal period or none, each level window) predicts every point from its
// neighbours, and the one with the smallest robust sd of those leave-one-out errors wins. That is
// cross-validation, so a season that is not there, or a window that follows noise, cannot win by
// fitting the point it is judged on.
import { decomposeWith, seasonalProfile, type Decomposition } from './decompose.js';
import { robustSd, selectionScale } from './scale.js';
import { candidateTransforms, forward, transformLikelihood, type Transform } from './transform.js';

/** A seasonal profile needs this many cycles: each phase is predicted from at least two others. */
export const MIN_CYCLES = 3;
/** Level windows tried: from the two neighbours (a random walk) to a month of days (white noise). */
const WINDOWS = [3, 5, 9, 17, 33];
/** Cycles each phase's seasonal value is averaged over (3 on each side). */
const SEASON_CYCLES = 7;
/** Level window of the fixed first decomposition on which each transform's likelihood is read. */
const FIRST_PASS_WINDOW = 9;

export interface Fit extends Decomposition {
  transform: Transform;
  /** The values on the transform's scale. */
  z: number[];
  /** The seasonal periods of the profile, longest first (empty: level only). */
  periods: number[];
  window: number;
  /** Robust sd of the leave-one-out residuals. */
  scale: number;
  /** Where the level shifts (the first index of each new level); no window reaches across one. */
  breaks: readonly number[];
}

/** Returns the seasonal periods with at least MIN_CYCLES cycles in n points, longest first. */
export function usableSeasons(seasons: readonly number[], n: number): number[] {
  return [...new Set(seasons)].filter((p) => p >= 2 && n >= MIN_CYCLES * p).sort((a, b) => b - a);
}

/**
 * Candidate profiles: none, each period alone, and a long period refined by a shorter one that
 * divides it (168 hours then 24: the week's shape over 7 weeks, then the day's shape over the
 * nearest 7 days, which follows a daily peak that drifts with the season, as MSTL does).
 */
function seasonCombinations(usable: readonly number[]): number[][] {
  const out: number[][] = [[], ...usable.map((p) => [p])];
  for (const long of usable)
    for (const short of usable) if (short < long && long % short === 0) out.push([long, short]);
  return out;
}

/** Returns the summed seasonal effect of `periods`, each read from what the longer ones leave. */
function seasonalOf(z: readonly number[], periods: readonly number[]): number[] {
  const total = z.map(() => 0);
  for (const p of periods) {
    const s = seasonalProfile(
      z.map((v, i) => v - (total[i] as number)),
      p,
      SEASON_CYCLES,
    );
    s.forEach((v, i) => (total[i] = (total[i] as number) + v));
  }
  return total;
}

/**
 * A stronger transform must beat the weaker one by this much log-likelihood: the 1% point of a
 * likelihood-ratio test with one parameter (chi-square 6.63 / 2), so that noise does not pick one.
 */
const TRANSFORM_GAIN = 3.3;

/**
 * Returns the transform of the Box-Cox ladder (none, sqrt, log) from which the next rung gains no
 * more than TRANSFORM_GAIN, each judged on a first, fixed decomposition. Climbing one rung at a
 * time keeps the weaker transform when two are about as likely: log squeezes the top of the scale,
 * and spikes are what lives there.
 */
function chooseTransform(values: readonly number[], season: number | null): Transform {
  let chosen: { t: Transform; ll: number } | null = null;
  for (const t of candidateTransforms(values)) {
    const z = values.map((v) => forward(t, v));
    const seasonal = season === null ? z.map(() => 0) : seasonalProfile(z, season, SEASON_CYCLES);
    const ll = transformLikelihood(
      t,
      values,
      decomposeWith(z, seasonal, FIRST_PASS_WINDOW, z, false).residual,
    );
    if (chosen === null || ll > chosen.ll + TRANSFORM_GAIN) chosen = { t, ll };
    else break;
  }
  return chosen?.t ?? 'none';
}

/** Returns the best leave-one-out decomposition of `values` among the candidate seasons and windows, levels cut at `breaks`. */
export function fitSeries(
  values: readonly number[],
  seasons: readonly number[],
  breaks: readonly number[] = [],
): Fit {
  const usable = usableSeasons(seasons, values.length);
  const longest = usable[0] ?? null;
  const transform = chooseTransform(values, longest);
  const z = values.map((v) => forward(transform, v));
  let best: { fit: Fit; score: number } | null = null;
  for (const periods of seasonCombinations(usable)) {
    const seasonal = seasonalOf(z, periods);
    for (const window of WINDOWS) {
      if (window >= values.length) continue;
      const d = decomposeWith(z, seasonal, window, z, false, breaks);
      const score = selectionScale(d.residual);
      if (best === null || score < best.score)
        best = {
          fit: { ...d, transform, z, periods, window, scale: robustSd(d.residual), breaks },
          score,
        };
    }
  }
  return (best as { fit: Fit }).fit;
}

/** At most this many rounds of replacing the suspects (1 to 23 on the benchmark's real series). */
const REFIT_ROUNDS = 30;

/**
 * Returns the fit again with the points in `suspects` replaced by their expected values before the
 * seasonal profile and levels are read (STL's robustness step): the neighbours of a spike are then
 * judged against an unspiked level instead of echoing it, and the scale is read from clean residuals.
 * The replacement is repeated until the replaced values settle: the first pass's expected values
 * of a spike's neighbours still hold the spike (a spike of 60 on a clean line left its two
 * neighbours 3 too high after one round, and the days after them were then flagged as dips).
 */
export function refit(fit: Fit, suspects: ReadonlySet<number>): Fit {
  let cleaned = fit.z.map((v, i) => (suspects.has(i) ? (fit.expected[i] as number) : v));
  const seasonal = seasonalOf(cleaned, fit.periods);
  let d = decomposeWith(fit.z, seasonal, fit.window, cleaned, true, fit.breaks);
  // Then only the levels: each round puts a suspect at a trimmed mean of its neighbours, which
  // lies within their range, so the rounds settle. (Reading the season again each round did not:
  // suspects in the same phase of several weeks fed each other's profile and ran off.)
  // Settled: no replaced value moved by more than a twentieth of the scale in the last round.
  const tolerance = 0.05 * fit.scale;
  for (let k = 1; k < REFIT_ROUNDS && suspects.size > 0; k++) {
    const next = d.expected;
    const moved = [...suspects].some(
      (i) => !(Math.abs((next[i] as number) - (cleaned[i] as number)) <= tolerance),
    );
    if (!moved) break;
    cleaned = fit.z.map((v, i) => (suspects.has(i) ? (next[i] as number) : v));
    d = decomposeWith(fit.z, seasonal, fit.window, cleaned, true, fit.breaks);
  }
  // A series that is constant but for its suspects has no spread left (at most rounding): keep
  // the first pass's, or every suspect would score in the quadrillions.
  const clean = robustSd(d.residual.filter((_, i) => !suspects.has(i)));
  const scale = clean > 1e-6 * fit.scale ? clean : fit.scale;
  return { ...fit, ...d, scale };
}
