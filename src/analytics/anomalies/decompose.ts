// A robust trend + seasonal decomposition. The seasonal shape comes from medians of each phase
// over nearby cycles and the trend from a rolling median, each leaving the point itself out:
// medians, unlike STL's loess or an ETS fit, are not pulled by the very spikes one is looking for,
// and a regular weekend dip becomes part of "expected" instead of an anomaly. Only the first,
// provisional level uses a moving average over exactly one period: a rolling median of a skewed
// daily cycle flips between its day and night values as the window slides.

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

/**
 * Returns the centred rolling median over an odd window (clamped inside the series at the edges).
 * With `excludeSelf`, each point's own value is left out: the median of its neighbours is what
 * one would have expected there, and a residual against it is an honest prediction error (a
 * median that includes the point often equals it, and residuals of exactly 0 shrink the scale).
 */
export function rollingMedian(x: readonly number[], window: number, excludeSelf = false): number[] {
  const n = x.length;
  if (n === 0) return [];
  const w = Math.min(n % 2 === 1 ? n : n - 1, window % 2 === 1 ? window : window + 1);
  if (w < 1 || (excludeSelf && w < 3)) return excludeSelf ? x.map(() => NaN) : [...x];
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
    if (!excludeSelf) {
      out[i] = sorted[half] as number;
      continue;
    }
    // Median of the window without x[i]: w - 1 values, an even count.
    const pos = lowerBound(sorted, x[i] as number);
    const at = (k: number): number => sorted[k < pos ? k : k + 1] as number;
    out[i] = (at(half - 1) + at(half)) / 2;
  }
  return out;
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

/** Cycles each seasonal value is taken over (a centred median of the same phase in nearby cycles). */
const SEASONAL_CYCLES = 7;

/**
 * Returns expected values (trend + seasonal) and residuals; `period` null means trend only.
 * Like STL's cycle-subseries step, each phase's seasonal value is smoothed over nearby cycles only,
 * so a weekend dip that deepens as usage grows stays "expected".
 */
export function robustDecompose(
  y: readonly number[],
  period: number | null,
  trendWindow: number,
): { expected: number[]; residual: number[] } {
  const n = y.length;
  const seasonal = new Array<number>(n).fill(0);
  if (period !== null) {
    const t1 = periodAverage(y, period);
    for (let phase = 0; phase < period; phase++) {
      const idx: number[] = [];
      for (let i = phase; i < n; i += period) idx.push(i);
      const sub = idx.map((i) => (y[i] as number) - (t1[i] as number));
      // Few cycles: every other cycle's value; many: those of the nearest cycles.
      const smooth = sub.length >= 3 ? rollingMedian(sub, SEASONAL_CYCLES, true) : sub.map(() => 0);
      idx.forEach((i, k) => (seasonal[i] = smooth[k] as number));
    }
    // Centre each cycle's seasonal values so the level stays in the trend.
    const centred = periodAverage(seasonal, period);
    for (let i = 0; i < n; i++) seasonal[i] = (seasonal[i] as number) - (centred[i] as number);
  }
  // The trend is re-estimated on the deseasonalised series, where a window shorter than the
  // cycle no longer aliases it.
  const trend = rollingMedian(
    y.map((v, i) => v - (seasonal[i] as number)),
    trendWindow,
    true,
  );
  const expected = trend.map((t, i) => t + (seasonal[i] as number));
  return { expected, residual: y.map((v, i) => v - (expected[i] as number)) };
}
