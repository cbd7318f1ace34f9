// The anomaly detector as it was before issue 10 (commit b2c51c5), kept only as the benchmark's
// "previous" baseline: robust leave-one-out median decomposition over the longest usable season,
// |robust z| >= 3.5, a Poisson floor for counts. Not used by the product.
import { mad, mean, median } from '../src/analytics/stats.js';

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

function rollingMedian(x: readonly number[], window: number, excludeSelf = false): number[] {
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

function periodAverage(x: readonly number[], p: number): number[] {
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

const SEASONAL_CYCLES = 7;

function robustDecompose(
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

/** Returns the indices and robust z scores the previous detector flagged. */
export function previousDetector(
  values: readonly number[],
  seasons: readonly number[],
  countData: boolean,
): { index: number; score: number }[] {
  const usable = seasons.filter((p) => p >= 2 && values.length >= 3 * p).sort((a, b) => b - a);
  const season = usable[0] ?? null;
  const { expected, residual } = robustDecompose(values, season, season ?? 7);
  const centre = median(residual);
  let scale = 1.4826 * mad(residual);
  if (scale === 0) scale = 1.2533 * mean(residual.map((r) => Math.abs(r - centre)));
  const out: { index: number; score: number }[] = [];
  values.forEach((_, i) => {
    const exp = (expected[i] as number) + centre;
    const s = countData ? Math.max(scale, Math.sqrt(Math.max(exp, 1))) : scale;
    const z = s === 0 ? 0 : ((residual[i] as number) - centre) / s;
    if (Math.abs(z) >= 3.5) out.push({ index: i, score: z });
  });
  return out;
}
