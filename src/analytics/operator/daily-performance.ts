// Real-user performance per day, as the browsers saw it: the first chart's time and the API's
// latency at p50, p75 and p95 from the day's 5% histograms (within 2.5% of the true percentile).
import { histogramQuantile } from '../../domain/perf-histogram.js';

export interface Percentiles {
  n: number;
  p50: number | null;
  p75: number | null;
  p95: number | null;
}

export interface DayPerformance {
  day: string;
  firstChartMs: Percentiles;
  apiMs: Percentiles;
}

const METRICS = { firstChartMs: 'perf.first_chart', apiMs: 'perf.api' } as const;

function percentiles(hist: [number, number][]): Percentiles {
  const q = (p: number) => {
    const v = histogramQuantile(hist, p);
    return v === null ? null : Math.round(v);
  };
  return { n: hist.reduce((s, [, n]) => s + n, 0), p50: q(0.5), p75: q(0.75), p95: q(0.95) };
}

/** One row per day that has any timing, oldest first, with each metric's count and percentiles (null when that metric has none that day). */
export function dailyPerformance(
  rows: { day: string; metric: string; hist: [number, number][] }[],
): DayPerformance[] {
  const days = [...new Set(rows.map((r) => r.day))].sort();
  const hist = (day: string, metric: string) =>
    rows.find((r) => r.day === day && r.metric === metric)?.hist ?? [];
  return days.map((day) => ({
    day,
    firstChartMs: percentiles(hist(day, METRICS.firstChartMs)),
    apiMs: percentiles(hist(day, METRICS.apiMs)),
  }));
}
