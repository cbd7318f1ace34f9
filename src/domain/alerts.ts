// Which limit alerts a month-to-date usage and forecast call for: thresholds crossed and limits
// the forecast expects within a week. Pure: the caller passes the numbers and today.
import { DateTime } from 'luxon';
import { EN_WORDS, type Words } from './i18n/words.js';
import type { Metric } from './metrics.js';

/** The numbers an alert's message is written from besides its value and limit (alert-text.ts). */
export interface AlertDetails {
  /** A forecast's limit date, an anomaly's day (YYYY-MM-DD). */
  date?: string;
  /** A budget's currency. */
  currency?: string;
  /** The cost accrued so far, beside a projected bill. */
  accrued?: number;
  /** An anomaly's expected value and band, and its robust z score. */
  expected?: number;
  lower?: number;
  upper?: number;
  score?: number;
}

export interface AlertCandidate {
  metric: Metric;
  kind: string;
  value: number;
  limit: number;
  message: string;
  details?: AlertDetails;
}

export const FORECAST_WINDOW_DAYS = 7;

/** Usage against a limit by the shared quantity rules: "21 of 25 sessions", "812 MB of 5 GB". */
export function usedOf(metric: Metric, used: number, limit: number, w: Words = EN_WORDS): string {
  return w.t('alertMessages.usedOf', {
    used: metric === 'storage_mb' ? w.qty(used, metric) : w.amount(used, metric),
    limit: w.qtyOf(limit, metric),
  });
}

/** A threshold alert's message: "Sessions: 21 of 25 sessions used this billing period (84%, past the 80% alert)." */
export function thresholdMessage(
  metric: Metric,
  used: number,
  limit: number,
  threshold: number,
  w: Words = EN_WORDS,
): string {
  return w.t('alertMessages.threshold', {
    Metric: w.Label(metric),
    used: usedOf(metric, used, limit, w),
    pct: w.num((used / limit) * 100),
    threshold,
  });
}

/** A forecast alert's message: "Sessions: at the current pace the 25 sessions limit will be reached around 3 Dec." */
export function forecastMessage(
  metric: Metric,
  limit: number,
  date: string,
  w: Words = EN_WORDS,
): string {
  return w.t('alertMessages.forecast', {
    Metric: w.Label(metric),
    limit: w.qtyOf(limit, metric),
    date: w.shortDay(date),
  });
}

/** The alerts due for each limited metric: one per threshold crossed, and one when the limit is near. */
export function alertsFor(input: {
  usage: Partial<Record<Metric, { used: number | null; limit: number | null }>>;
  thresholds: number[];
  forecast: { metric: Metric; date: string | null }[];
  today: string;
  withForecast: boolean;
  /** The language of the messages (English when absent). */
  words?: Words;
}): AlertCandidate[] {
  const out: AlertCandidate[] = [];
  const w = input.words ?? EN_WORDS;
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
          message: thresholdMessage(m, u.used, u.limit, t, w),
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
          message: forecastMessage(f.metric, u.limit, f.date, w),
          details: { date: f.date },
        });
      }
    }
  }
  return out;
}
