// Seasonality detection for series of unknown origin (the CLI). Candidates are the calendar
// periods of the sampling step read from the timestamps (24 and 168 for hourly data, 7 and 365 for
// daily...). Each candidate is tested on the series minus its moving average over one period:
// a Kruskal-Wallis test that the phases differ and its effect size, both on ranks (so spikes and
// zero-heavy counts do not fool them), adjusted for the number of phases so that 365 phases of
// 3 points do not "explain" noise.
// (augurs' periodogram detector was tried first and reported 6 for a weekly daily series and 510
// for an hourly one, so this explainable test is used instead.)
import { gridStep } from '../series-grid.js';
import { instantIn } from '../time.js';
import type { DetectedSeasonality, SeasonalityScore } from '../types.js';

/** Significance: the Kruskal-Wallis statistic must pass the chi-square 99.9% point (Wilson-Hilferty z). */
const MIN_Z = 3.09;
/** Effect size: the phases must explain at least this share of the detrended ranks (adjusted epsilon^2). */
export const MIN_STRENGTH = 0.1;
/** Cycles of history needed before a period is even tested. */
const MIN_CYCLES = 3;
const DAY = 86_400_000;

const CANDIDATES: Record<NonNullable<DetectedSeasonality['step']> | 'unknown', number[]> = {
  minute: [60, 1440],
  hourly: [24, 168],
  daily: [7, 365],
  weekly: [52],
  monthly: [12],
  quarterly: [4],
  unknown: [4, 7, 12, 24, 52, 168, 365],
};

/** Median spacing of the timestamps in hours (0 when unknown). */
function stepHours(times: readonly (string | number)[]): number {
  if (times.length < 2) return 0;
  const ms = times.map((t) => instantIn(t, 'UTC').toMillis());
  const diffs = ms
    .slice(1)
    .map((m, i) => m - (ms[i] as number))
    .sort((a, b) => a - b);
  return Math.max(0, (diffs[Math.floor(diffs.length / 2)] as number) / 3_600_000);
}

/** Sub-daily steps (half-hours, minutes...) cycle daily and weekly (and hourly, under an hour). */
function subDailyCandidates(hours: number): number[] {
  return [...(hours < 1 ? [1 / hours] : []), 24 / hours, 168 / hours]
    .filter((p) => Math.abs(p - Math.round(p)) < 0.01 * p)
    .map((p) => Math.round(p));
}

function stepOf(times: readonly (string | number)[]): DetectedSeasonality['step'] {
  const d = stepHours(times);
  if (d <= 0) return null;
  if (d < 0.5) return 'minute';
  if (d < 6) return 'hourly';
  if (d < 3 * 24) return 'daily';
  if (d < 14 * 24) return 'weekly';
  if (d < 45 * 24) return 'monthly';
  if (d < 120 * 24) return 'quarterly';
  return null;
}

/**
 * Periods of steps that are not the calendar's own: a business calendar (no weekend days) cycles
 * in 5 steps a week (its year is not a whole number of steps: holidays move, so 252 steps drift
 * off it, and on S&P 500 volume it was accepted and hurt); a fixed step of 28 days, 13 a year.
 */
function calendarCandidates(
  times: readonly (string | number)[],
  step: DetectedSeasonality['step'],
): number[] | null {
  if (step === 'daily') {
    const weekdays = times.every((t) => instantIn(t, 'UTC').weekday <= 5);
    return times.length >= 10 && weekdays ? [5] : null;
  }
  if (step !== 'monthly') return null;
  // The grid decides whether these are calendar months (one answer for the grid and its seasons).
  const grid = gridStep(times.map((t) => instantIn(t, 'UTC').toMillis()));
  if (!grid || 'months' in grid) return null;
  const perYear = (365.25 * DAY) / grid.ms;
  return Math.abs(perYear - Math.round(perYear)) > 0.1 ? null : [Math.round(perYear)];
}

/** Returns x minus its centred moving average over `p` points, on the interior where the window fits. */
function detrend(x: readonly number[], p: number): number[] {
  const prefix = [0];
  for (const v of x) prefix.push((prefix[prefix.length - 1] as number) + v);
  const half = Math.floor(p / 2);
  const out: number[] = [];
  for (let i = half; i + p - half <= x.length; i++) {
    const s = (prefix[i - half + p] as number) - (prefix[i - half] as number);
    out.push((x[i] as number) - s / p);
  }
  return out;
}

function ranks(x: readonly number[]): { r: number[]; tieTerm: number } {
  const idx = x.map((_, i) => i).sort((a, b) => (x[a] as number) - (x[b] as number));
  const r = new Array<number>(x.length);
  let tieTerm = 0;
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && x[idx[j + 1] as number] === x[idx[i] as number]) j++;
    const t = j - i + 1;
    tieTerm += t ** 3 - t;
    for (let k = i; k <= j; k++) r[idx[k] as number] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return { r, tieTerm };
}

function groupSums(
  x: readonly number[],
  phase: readonly number[],
  p: number,
): { sums: number[]; counts: number[] } {
  const sums = new Array<number>(p).fill(0);
  const counts = new Array<number>(p).fill(0);
  x.forEach((v, i) => {
    const g = phase[i] as number;
    sums[g] = (sums[g] as number) + v;
    counts[g] = (counts[g] as number) + 1;
  });
  return { sums, counts };
}

/**
 * Kruskal-Wallis across phase groups: a z score (Wilson-Hilferty) so one threshold fits every df,
 * and the rank effect size epsilon^2 adjusted for the number of phases. Ranks keep a single spike
 * from hiding a cycle (a variance share would be swamped by it).
 */
function phaseTest(
  x: readonly number[],
  phase: readonly number[],
  p: number,
): { z: number; strength: number } {
  const n = x.length;
  const { r, tieTerm } = ranks(x);
  const { sums, counts } = groupSums(r, phase, p);
  let h = 0;
  sums.forEach((s, g) => {
    if (counts[g]) h += (s * s) / (counts[g] as number);
  });
  h = (12 / (n * (n + 1))) * h - 3 * (n + 1);
  const ties = 1 - tieTerm / (n ** 3 - n);
  if (ties <= 0 || n <= p) return { z: 0, strength: 0 };
  const hc = Math.max(0, h / ties);
  const df = p - 1;
  const a = 2 / (9 * df);
  return {
    z: (Math.cbrt(hc / df) - (1 - a)) / Math.sqrt(a),
    strength: Math.max(0, (hc - p + 1) / (n - p)),
  };
}

/** Share of variance the phase means explain, adjusted for their number, and what they leave. */
function phaseStrength(
  x: readonly number[],
  phase: readonly number[],
  p: number,
): { strength: number; resid: number[] } {
  const { sums, counts } = groupSums(x, phase, p);
  const resid = x.map(
    (v, i) => v - (sums[phase[i] as number] as number) / (counts[phase[i] as number] as number),
  );
  const n = x.length;
  const m = x.reduce((a, b) => a + b, 0) / n;
  const ssTot = x.reduce((a, v) => a + (v - m) ** 2, 0);
  const ssRes = resid.reduce((a, v) => a + v * v, 0);
  if (ssTot === 0 || n - p <= 0) return { strength: 0, resid };
  return { strength: 1 - ssRes / (n - p) / (ssTot / (n - 1)), resid };
}

/** Returns the seasonal periods the series shows, tested among the calendar periods of its step. */
export function detectSeasonality(
  values: readonly number[],
  opts: { times?: readonly (string | number)[] } = {},
): DetectedSeasonality {
  const step = opts.times ? stepOf(opts.times) : null;
  const hours = opts.times && (step === 'minute' || step === 'hourly') ? stepHours(opts.times) : 0;
  const candidates =
    hours > 0
      ? subDailyCandidates(hours)
      : (calendarCandidates(opts.times ?? [], step) ?? CANDIDATES[step ?? 'unknown']);
  const scores: SeasonalityScore[] = [];
  const accepted: number[] = [];
  for (const p of candidates) {
    if (values.length < MIN_CYCLES * p) continue;
    const half = Math.floor(p / 2);
    let r = detrend(values, p);
    // A multiple of a kept period (168 of 24) must show a pattern beyond it: remove the kept cycle first.
    for (const q of accepted) {
      if (p % q === 0)
        r = phaseStrength(
          r,
          r.map((_, i) => (i + half) % q),
          q,
        ).resid;
    }
    const phase = r.map((_, i) => (i + half) % p);
    const { z, strength } = phaseTest(r, phase, p);
    const ok = z >= MIN_Z && strength >= MIN_STRENGTH;
    if (ok) accepted.push(p);
    scores.push({
      period: p,
      strength: Math.round(strength * 1000) / 1000,
      z: Math.round(z * 10) / 10,
      accepted: ok,
    });
  }
  return { periods: accepted, step, scores };
}
