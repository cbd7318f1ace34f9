import { describe, expect, it } from 'vitest';
import { bucketValue, perfBucket } from '../../domain/perf-histogram.js';
import { dailyPerformance } from './daily-performance.js';

// A day's histogram made from raw timings, as the telemetry rollup makes it.
const hist = (ms: number[]): [number, number][] => {
  const m = new Map<number, number>();
  for (const v of ms) m.set(perfBucket(v), (m.get(perfBucket(v)) ?? 0) + 1);
  return [...m.entries()];
};

describe('dailyPerformance', () => {
  it('gives each day its percentiles within the 5% buckets, and null where a metric is missing', () => {
    const chart = Array.from({ length: 100 }, (_, i) => 300 + i * 10); // 300..1290 ms
    const rows = [
      { day: '2026-11-02', metric: 'perf.api', hist: hist([40, 50, 60, 70, 500]) },
      { day: '2026-11-01', metric: 'perf.first_chart', hist: hist(chart) },
    ];
    const [d1, d2] = dailyPerformance(rows);
    expect(d1!.day).toBe('2026-11-01');
    expect(d1!.firstChartMs.n).toBe(100);
    // Nearest rank: p50 is the 50th timing (790 ms), p95 the 95th (1,240 ms), within 2.5%.
    expect(Math.abs(d1!.firstChartMs.p50! - 790) / 790).toBeLessThan(0.025);
    expect(Math.abs(d1!.firstChartMs.p95! - 1240) / 1240).toBeLessThan(0.025);
    expect(d1!.apiMs).toEqual({ n: 0, p50: null, p75: null, p95: null });
    expect(d2!.day).toBe('2026-11-02');
    expect(d2!.apiMs.p95).toBe(Math.round(bucketValue(perfBucket(500))));
    expect(d2!.apiMs.p50).toBe(Math.round(bucketValue(perfBucket(60))));
  });

  it('is empty without timings', () => {
    expect(dailyPerformance([])).toEqual([]);
  });
});
