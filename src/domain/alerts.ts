// Which limit alerts a month-to-date usage and forecast call for: thresholds crossed and limits
// the forecast expects within a week. Pure: the caller passes the numbers and today.
import { DateTime } from 'luxon';
import { formatDay } from './dates.js';
import { METRIC_DEFS, type Metric } from './metrics.js';
import { formatAmount, formatQuantity, formatStorage } from './quantity.js';

export interface AlertCandidate {
  metric: Metric;
  kind: string;
  value: number;
  limit: number;
  message: string;
}

export const FORECAST_WINDOW_DAYS = 7;

const decimalFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** Usage against a limit by the shared quantity rules: "21 of 25 sessions", "812 MB of 5 GB". */
export function usedOf(metric: Metric, used: number, limit: number): string {
  if (metric === 'storage_mb') return `${formatStorage(used)} of ${formatStorage(limit)}`;
  return `${formatAmount(metric, used)} of ${formatQuantity(metric, limit)}`;
}

/** The alerts due for each limited metric: one per threshold crossed, and one when the limit is near. */
export function alertsFor(input: {
  usage: Partial<Record<Metric, { used: number | null; limit: number | null }>>;
  thresholds: number[];
  forecast: { metric: Metric; date: string | null }[];
  today: string;
  withForecast: boolean;
}): AlertCandidate[] {
  const out: AlertCandidate[] = [];
  const nf = decimalFormat;
  for (const [m, u] of Object.entries(input.usage) as [
    Metric,
    { used: number | null; limit: number | null },
  ][]) {
    if (!u || u.limit === null || u.limit <= 0 || u.used === null) continue;
    const pct = (u.used / u.limit) * 100;
    for (const t of [...input.thresholds].sort((a, b) => a - b)) {
      if (pct >= t) {
        out.push({
          metric: m,
          kind: `threshold-${t}`,
          value: u.used,
          limit: u.limit,
          message: `${METRIC_DEFS[m].label}: ${usedOf(m, u.used, u.limit)} used this billing period (${nf.format(pct)}%, past the ${t}% alert).`,
        });
      }
    }
  }
  if (input.withForecast) {
    const horizon = DateTime.fromISO(input.today).plus({ days: FORECAST_WINDOW_DAYS }).toISODate()!;
    for (const f of input.forecast) {
      const u = input.usage[f.metric];
      if (!f.date || !u || u.limit === null || (u.used ?? 0) >= u.limit) continue;
      if (f.date <= horizon) {
        out.push({
          metric: f.metric,
          kind: 'forecast-7d',
          value: u.used ?? 0,
          limit: u.limit,
          message: `${METRIC_DEFS[f.metric].label}: at the current pace the ${formatQuantity(f.metric, u.limit)} limit will be reached around ${formatDay(f.date)}.`,
        });
      }
    }
  }
  return out;
}
