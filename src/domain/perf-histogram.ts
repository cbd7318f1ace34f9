// Real-user timings kept as histograms of buckets 5% wide (bucket b holds [1.05^b, 1.05^(b+1)) ms),
// so percentiles of any range are computed from sums of daily counts, within 2.5% of the truth.

export const PERF_BUCKET_GROWTH = 1.05;

/** The bucket a duration in ms falls in (durations under 1 ms count as 1 ms). */
export function perfBucket(ms: number): number {
  return Math.floor(Math.log(Math.max(ms, 1)) / Math.log(PERF_BUCKET_GROWTH));
}

/** The value a bucket stands for: its geometric middle. */
export function bucketValue(bucket: number): number {
  return PERF_BUCKET_GROWTH ** (bucket + 0.5);
}

/** The q-quantile (0..1) of a histogram given as [bucket, count] pairs; null when it is empty. */
export function histogramQuantile(hist: [number, number][], q: number): number | null {
  const sorted = [...hist].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  // The smallest bucket whose cumulative count reaches q of the total (nearest rank).
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (const [b, n] of sorted) {
    seen += n;
    if (seen >= rank) return bucketValue(b);
  }
  return bucketValue(sorted[sorted.length - 1]![0]);
}

/** Sums histograms (e.g. the days of a month) into one. */
export function mergeHistograms(parts: [number, number][][]): [number, number][] {
  const m = new Map<number, number>();
  for (const h of parts) for (const [b, n] of h) m.set(b, (m.get(b) ?? 0) + n);
  return [...m.entries()];
}
