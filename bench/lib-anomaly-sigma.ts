// What "k robust standard deviations" means for the anomaly benchmark: k times the robust sd of
// the series' own noise at the point, measured without any detector. The noise is read from
// lagged differences y[t] - y[t-L] (each removes the signal's pattern and keeps the noise twice,
// so / sqrt 2), with L the lag among 1 and the calendar periods that leaves the least spread.
// Where the noise varies, a person reads "4 sd" against the noise there: the busy hours of flights
// per hour vary more than the night, gas in the 1990s more than in the 1950s. So the global sd is
// multiplied by two factors, each a ratio of robust sds of the same differences: the point's phase
// of the shortest calendar period (hour of day, day of week) against all phases, and a window of
// time around the point against the whole series.
import { mad, mean, median } from '../src/analytics/stats.js';

/** 1.4826 x MAD, or the scaled mean absolute deviation when more than half the values tie. */
export function robustSd(d: readonly number[]): number {
  if (d.length === 0) return 0;
  const m = mad(d);
  if (m > 0) return 1.4826 * m;
  const c = median(d);
  return 1.2533 * mean(d.map((x) => Math.abs(x - c)));
}

/** Cycles of a period needed before its phases each get their own noise (8 differences a phase at least). */
const MIN_PHASE_CYCLES = 8;
/** Half-width of the time window, in points: at least 24, and two cycles of the shortest period. */
const halfWindow = (p: number | null) => Math.max(24, 2 * (p ?? 0));

/** Returns the lag among `lags` whose differences spread least, and that spread / sqrt 2. */
function bestLag(y: readonly number[], lags: readonly number[]): { lag: number; sd: number } {
  let best = { lag: 1, sd: Infinity };
  for (const l of lags.filter((l) => l < y.length / 2)) {
    const sd = robustSd(y.slice(l).map((v, t) => v - (y[t] as number))) / Math.SQRT2;
    if (sd < best.sd) best = { lag: l, sd };
  }
  return best;
}

/** Returns one robust sd of the noise for the whole series (the benchmark's first definition). */
export function globalSigma(y: readonly number[], seasons: readonly number[]): number {
  return bestLag(y, [1, ...seasons]).sd;
}

/** Returns the robust sd of the series' own noise at each point (see the file comment). */
export function localSigma(y: readonly number[], seasons: readonly number[]): number[] {
  const n = y.length;
  const { lag, sd: global } = bestLag(y, [1, ...seasons]);
  if (!(global > 0)) return y.map(() => global);
  // Difference at t (t >= lag) belongs to t; the first `lag` points borrow the difference one lag on.
  const d = y.map((_, i) => {
    const t = i >= lag ? i : Math.min(n - 1, i + lag);
    return (y[t] as number) - (y[t - lag] as number);
  });
  const shortest = seasons.length ? Math.min(...seasons) : null;
  const p = shortest !== null && n >= MIN_PHASE_CYCLES * shortest ? shortest : null;
  const phaseFactor = new Map<number, number>();
  if (p !== null)
    for (let ph = 0; ph < p; ph++) {
      const s = robustSd(d.filter((_, i) => i % p === ph)) / Math.SQRT2;
      phaseFactor.set(ph, s > 0 ? s / global : 1);
    }
  const phase = (i: number) => (p === null ? 1 : (phaseFactor.get(i % p) as number));
  // Differences with their phase's spread divided out, so that the window reads time alone.
  const flat = d.map((v, i) => v / phase(i));
  const all = robustSd(flat);
  const h = halfWindow(p);
  return y.map((_, i) => {
    const from = Math.max(0, Math.min(i - h, n - 2 * h - 1));
    const s = robustSd(flat.slice(from, from + 2 * h + 1));
    return global * phase(i) * (s > 0 && all > 0 ? s / all : 1);
  });
}
