// The ends of a series are predicted from one side only: the level window is clamped inside the
// series, so on a trend the first and last points sit below or above the mean of their
// neighbours by the slope times the offset. On a clean climb (2 more sessions every day) the
// first two and last two days scored 47 to 94 robust sd, "high", and the last day is the one a
// user looks at. An end point that continues the line of its own neighbours is not news.
import { median } from '../stats.js';
import { windowSpan, type Decomposition } from './decompose.js';

// The nearest neighbours' line: six points, so one noisy day moves its slope little.
const NEAR = 6;

/** The indices whose level window is not centred on them (the first and last half windows). */
export function edgeIndices(n: number, window: number): number[] {
  const w = windowSpan(n, window);
  const half = Math.floor(w / 2);
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (i < half || i > n - 1 - half) out.push(i);
  return out;
}

/**
 * Returns the value at `i` on the robust line (Theil-Sen: median of pairwise slopes, median
 * intercept) through the points of its clamped level window (at least 5) other than `i` itself
 * and the suspects in `skip`, NaN with fewer than 4 of them.
 */
export function edgeTrend(
  flat: readonly number[],
  i: number,
  window: number,
  skip: ReadonlySet<number> = new Set(),
): number {
  const n = flat.length;
  const w = Math.max(5, windowSpan(n, window));
  const start = Math.min(Math.max(0, i - Math.floor(w / 2)), Math.max(0, n - w));
  const idx: number[] = [];
  for (let j = start; j < Math.min(n, start + w); j++) if (j !== i && !skip.has(j)) idx.push(j);
  return theilSenAt(flat, idx, i);
}

/** Returns the value at `i` on the robust line through the `NEAR` points nearest to it but `skip`. */
export function nearTrend(
  flat: readonly number[],
  i: number,
  skip: ReadonlySet<number> = new Set(),
): number {
  const idx: number[] = [];
  for (let d = 1; idx.length < NEAR && (i - d >= 0 || i + d < flat.length); d++)
    for (const j of [i - d, i + d]) if (j >= 0 && j < flat.length && !skip.has(j)) idx.push(j);
  return theilSenAt(flat, idx.slice(0, NEAR), i);
}

function theilSenAt(flat: readonly number[], idx: readonly number[], i: number): number {
  if (idx.length < 4) return NaN;
  const slopes: number[] = [];
  for (let a = 0; a < idx.length; a++)
    for (let b = a + 1; b < idx.length; b++) {
      const ja = idx[a] as number;
      const jb = idx[b] as number;
      slopes.push(((flat[jb] as number) - (flat[ja] as number)) / (jb - ja));
    }
  const slope = median(slopes);
  const intercept = median(idx.map((j) => (flat[j] as number) - slope * j));
  return intercept + slope * i;
}

type EdgeFit = Decomposition & { z: number[]; window: number };

/**
 * Re-judges the given points of a fit against a line: `lineAt(flat, i)` on the deseasonalised
 * values, taken where `takes(residual from the line, residual now)` says so.
 */
function rejudged<F extends EdgeFit>(
  fit: F,
  points: Iterable<number>,
  lineAt: (flat: readonly number[], i: number) => number,
  takes: (r: number, now: number) => boolean,
): F {
  const flat = fit.z.map((v, i) => v - (fit.seasonal[i] as number));
  const expected = [...fit.expected];
  const residual = [...fit.residual];
  for (const i of points) {
    const line = lineAt(flat, i) + (fit.seasonal[i] as number);
    const r = (fit.z[i] as number) - line;
    if (takes(r, residual[i] as number)) {
      expected[i] = line;
      residual[i] = r;
    }
  }
  return { ...fit, expected, residual };
}

/**
 * Returns the decomposition with each end point judged by its one-sided level or the line through
 * its neighbours but `suspects`: by the line when the point lies beyond both, else by the nearer
 * (a point between them continues its neighbours' climb). Interior points are unchanged.
 */
export function withEdgeTrend<F extends EdgeFit>(
  fit: F,
  suspects: ReadonlySet<number> = new Set(),
): F {
  // Beyond both (the same sign), the line judges: on a climb the one-sided level lags by the
  // slope times the offset, and taking the smaller let a dip on the last day of a climb pass.
  return rejudged(
    fit,
    edgeIndices(fit.z.length, fit.window),
    (flat, i) => edgeTrend(flat, i, fit.window, suspects),
    (r, one) => Math.sign(r) === Math.sign(one) || Math.abs(r) < Math.abs(one),
  );
}

/**
 * Returns the decomposition with each point of the first half window judged by the line through
 * its nearest neighbours but `suspects` where that line finds it less far off in the same
 * direction: on a curve (a new user's ramp-up that levels off) the window's line misses the first
 * days by its bend. Applied after the flag line is read, so it only ever clears or lowers a flag;
 * the last days keep the window's line (a last-day dip on a noisy series would pass).
 */
export function withNearStart<F extends EdgeFit>(
  fit: F,
  suspects: ReadonlySet<number> = new Set(),
): F {
  const half = Math.floor(windowSpan(fit.z.length, fit.window) / 2);
  return rejudged(
    fit,
    Array.from({ length: half }, (_, i) => i),
    (flat, i) => nearTrend(flat, i, suspects),
    (r, now) => Math.sign(r) === Math.sign(now) && Math.abs(r) < Math.abs(now),
  );
}
