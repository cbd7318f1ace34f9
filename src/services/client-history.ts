// A history answer filtered to one client: only the summed metrics are kept per client, so the
// others are null (not zero: nothing was measured for the client).
import { isClientMetric } from '../domain/client-metrics.js';
import type { Metric } from '../domain/metrics.js';
import type { HistoryResponse } from '../contracts/usage.js';

type Values = Partial<Record<Metric, unknown>>;

function nullOthers<T extends Values>(rec: T, metrics: Metric[], empty: unknown): T {
  const out = { ...rec } as Record<string, unknown>;
  for (const m of metrics) if (!isClientMetric(m)) out[m] = empty;
  if ('storage_mb_peak' in out) out.storage_mb_peak = null;
  return out as T;
}

/** The answer with every metric that is not kept per client set to null (trend: stable). */
export function clientOnly(h: HistoryResponse): HistoryResponse {
  const m = h.metrics;
  return {
    ...h,
    buckets: h.buckets.map((b) => nullOthers(b, m, null)),
    totals: nullOthers(h.totals, m, null),
    previousTotals: nullOthers(h.previousTotals, m, null),
    change: nullOthers(h.change, m, null),
    trend: nullOthers(h.trend, m, 'stable'),
    peaks: nullOthers(h.peaks, m, null),
  };
}
