// A robust trend + seasonal decomposition built from leave-one-out trimmed means. Each point is
// predicted from its neighbours only (never from itself), so its residual is an honest prediction
// error; trimmed means, unlike STL's loess or an ETS fit, ignore the very spikes one is looking for,
// yet lose little against a plain mean on ordinary noise (a median of 6 values has 1.5x the variance
// of their mean, a 20% trimmed mean about 1.1x), and that variance is part of every residual.

function lowerBound(sorted: readonly number[], v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Values dropped from each end of `m` sorted neighbours: 20%, at least one once there are four. */
export function trimOf(m: number): number {
  return m >= 4 ? Math.max(1, Math.round(0.2 * m)) : 0;
}

/** Mean of a sorted list without its `trim` lowest and highest values, skipping index `skip`. */
export function trimmedMeanSkipping(sorted: readonly number[], skip: number): number {
  const m = skip >= 0 ? sorted.length - 1 : sorted.length;
  const t = trimOf(m);
  let s = 0;
  for (let k = t; k < m - t; k++) s += sorted[skip >= 0 && k >= skip ? k + 1 : k] as number;
  return s / (m - 2 * t);
}

/** Returns the points a level window of `window` spans in a series of n: odd, and no longer than the series. */
export function windowSpan(n: number, window: number): number {
  return Math.min(n % 2 === 1 ? n : n - 1, window % 2 === 1 ? window : window + 1);
}

/**
 * Returns, for each point, the trimmed mean of the other points of a centred window of `window`
 * points (odd; clamped inside the series at the edges, so the ends are predicted from one side).
 */
export function looTrimmedMean(x: readonly number[], window: number): number[] {
  const n = x.length;
  const w = windowSpan(n, window);
  if (w < 3) return x.map(() => NaN);
  const half = Math.floor(w / 2);
  const out = new Array<number>(n);
  let start = 0;
  const sorted = x.slice(0, w).sort((a, b) => a - b);
  for (let i = 0; i < n; i++) {
    const want = Math.min(Math.max(0, i - half), n - w);
    while (start < want) {
      sorted.splice(lowerBound(sorted, x[start] as number), 1);
      const v = x[start + w] as number;
      sorted.splice(lowerBound(sorted, v), 0, v);
      start++;
    }
    out[i] = trimmedMeanSkipping(sorted, lowerBound(sorted, x[i] as number));
  }
  return out;
}

/** Returns the trimmed means of the `h` points before and after each point (NaN with fewer than 2). */
export function sideMeans(x: readonly number[], h: number): { left: number[]; right: number[] } {
  const side = (from: number, to: number): number => {
    const part = x.slice(Math.max(0, from), Math.min(x.length, to)).sort((a, b) => a - b);
    return part.length < 2 ? NaN : trimmedMeanSkipping(part, -1);
  };
  return {
    left: x.map((_, i) => side(i - h, i)),
    right: x.map((_, i) => side(i + 1, i + 1 + h)),
  };
}

/**
 * Returns the centred moving average over exactly one period (a 2 x p average for even p, so that
 * any p-periodic pattern averages out exactly); the edges repeat the nearest full-window value.
 */
export function periodAverage(x: readonly number[], p: number): number[] {
  const n = x.length;
  const h = Math.floor(p / 2);
  if (n < p + 1) {
    const m = x.reduce((a, b) => a + b, 0) / Math.max(1, n);
    return x.map(() => m);
  }
  const prefix = [0];
  for (const v of x) prefix.push((prefix[prefix.length - 1] as number) + v);
  const at = (i: number): number => {
    const s = (prefix[i + h + 1] as number) - (prefix[i - h] as number);
    return p % 2 === 1 ? s / p : (s - ((x[i - h] as number) + (x[i + h] as number)) / 2) / p;
  };
  return x.map((_, i) => at(Math.min(Math.max(i, h), n - 1 - h)));
}

/**
 * Returns each point's seasonal effect: the leave-one-out trimmed mean of the same phase in the
 * `cycles` nearest cycles (as STL's cycle-subseries step, so a pattern that drifts stays expected),
 * centred so that the level stays in the trend.
 */
export function seasonalProfile(y: readonly number[], period: number, cycles: number): number[] {
  const n = y.length;
  const seasonal = new Array<number>(n).fill(0);
  const provisional = periodAverage(y, period);
  for (let phase = 0; phase < period; phase++) {
    const idx: number[] = [];
    for (let i = phase; i < n; i += period) idx.push(i);
    const sub = idx.map((i) => (y[i] as number) - (provisional[i] as number));
    const smooth = sub.length >= 3 ? looTrimmedMean(sub, cycles) : sub.map(() => 0);
    idx.forEach((i, k) => (seasonal[i] = smooth[k] as number));
  }
  const centred = periodAverage(seasonal, period);
  return seasonal.map((s, i) => s - (centred[i] as number));
}

export interface Decomposition {
  /** Seasonal effect + local level: what the neighbours lead one to expect. */
  expected: number[];
  residual: number[];
  /** The seasonal effect of each point (0 without a season). */
  seasonal: number[];
  /** Residuals against the level of the points before and after only (NaN at the ends). */
  left: number[];
  right: number[];
}

/**
 * Returns expected values and residuals of `y` given a seasonal effect per point and a level
 * window; the level is read from `smooth` (y itself, or y with its anomalies replaced by their
 * expected values, so that a spike does not push up what its neighbours are expected to be),
 * within the stretches between `breaks` (the first index of each new level).
 */
export function decomposeWith(
  y: readonly number[],
  seasonal: readonly number[],
  window: number,
  smooth: readonly number[] = y,
  withSides = true,
  breaks: readonly number[] = [],
): Decomposition {
  const flat = smooth.map((v, i) => v - (seasonal[i] as number));
  // A level window never reaches across a level shift: each side is predicted from its own level.
  const cuts = [0, ...breaks, flat.length];
  const level = cuts
    .slice(1)
    .flatMap((end, k) => looTrimmedMean(flat.slice(cuts[k] as number, end), window));
  const own = y.map((v, i) => v - (seasonal[i] as number));
  // The one-sided levels are only needed for the final fit, not for every candidate.
  const sides = withSides
    ? sideMeans(flat, Math.max(3, Math.floor(window / 2)))
    : { left: [], right: [] };
  return {
    expected: level.map((l, i) => l + (seasonal[i] as number)),
    residual: own.map((v, i) => v - (level[i] as number)),
    seasonal: [...seasonal],
    left: sides.left.map((l, i) => (own[i] as number) - l),
    right: sides.right.map((r, i) => (own[i] as number) - r),
  };
}
