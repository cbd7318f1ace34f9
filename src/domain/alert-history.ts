// The threshold alerts past usage would have raised, each at the moment its threshold was crossed:
// how a demo shows the alerts of billing periods that closed before its server ever ran. Pure.
import { thresholdMessage, type AlertCandidate } from './alerts.js';
import { localDate } from './calendar.js';
import { EN_WORDS, type Words } from './i18n/words.js';
import { METRIC_DEFS, METRICS, type Metric } from './metrics.js';
import type { PlanLimits } from './plans.js';

export interface PastUsageEvent {
  type: string;
  occurredAt: string;
  value: number;
}

export interface PastAlert extends AlertCandidate {
  /** The billing period (local month, YYYY-MM) the alert belongs to. */
  periodKey: string;
  /** When the event that crossed the threshold happened (epoch ms). */
  at: number;
}

// Only summed metrics cross a threshold at one event; a gauge (storage) is judged as it stands.
const SUMMED = new Map(
  METRICS.filter((m) => METRIC_DEFS[m].aggregation === 'sum' && METRIC_DEFS[m].limited).map(
    (m) => [METRIC_DEFS[m].eventType!, m] as const,
  ),
);

/**
 * Each threshold of each limited, summed metric crossed within the given billing periods (local
 * months of `zone`), with the usage right after the crossing event and that event's time; the
 * events must be all of those periods' usage, in any order.
 */
export function pastThresholdAlerts(input: {
  events: readonly PastUsageEvent[];
  limits: PlanLimits;
  thresholds: readonly number[];
  zone: string;
  periods: ReadonlySet<string>;
  words?: Words;
}): PastAlert[] {
  const w = input.words ?? EN_WORDS;
  const thresholds = [...input.thresholds].sort((a, b) => a - b);
  const timed = input.events
    .map((e) => ({ e, t: Date.parse(e.occurredAt), metric: SUMMED.get(e.type) }))
    .filter((x): x is typeof x & { metric: Metric } => x.metric !== undefined)
    .sort((a, b) => a.t - b.t);
  const used = new Map<string, number>();
  const out: PastAlert[] = [];
  for (const { e, t, metric } of timed) {
    const limit = input.limits[metric];
    if (limit == null || limit <= 0) continue;
    const periodKey = localDate(t, input.zone).slice(0, 7);
    if (!input.periods.has(periodKey)) continue;
    const key = `${periodKey}:${metric}`;
    const before = used.get(key) ?? 0;
    const after = before + e.value;
    used.set(key, after);
    for (const th of thresholds) {
      const line = (limit * th) / 100;
      if (before < line && after >= line)
        out.push({
          metric,
          kind: `threshold-${th}`,
          value: after,
          limit,
          message: thresholdMessage(metric, after, limit, th, w),
          periodKey,
          at: t,
        });
    }
  }
  return out;
}
