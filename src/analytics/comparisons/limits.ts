// Usage against plan limits now, and utilization month by month for the last twelve months.
import { METRIC_DEFS, METRICS, type Metric } from '../../domain/metrics.js';
import { limitOf, type Plan } from '../../domain/plans.js';
import { findPlan } from '../catalogue.js';
import { trendOf } from '../patterns/trend.js';
import { periodTotal, valueOf } from '../series.js';
import { round } from '../stats.js';
import { daysInMonth, monthEnd, monthKey, shiftMonth, todayOf } from '../time.js';
import type {
  Clock,
  DailyPoint,
  LimitStatus,
  LimitUsage,
  MonthUtilization,
  UsageVsLimits,
  UtilizationTrend,
} from '../types.js';

/** Share of a limit from which the status turns to "warning". */
export const WARNING_SHARE = 0.8;

const LIMITED: readonly Metric[] = METRICS.filter((m) => METRIC_DEFS[m].limited);

function statusOf(pct: number | null): LimitStatus {
  if (pct === null) return 'unlimited';
  if (pct >= 100) return 'limit-reached';
  return pct >= WARNING_SHARE * 100 ? 'warning' : 'ok';
}

/** Returns this billing month's usage of each limited metric against the current plan (today included). */
export function usageVsLimits(
  daily: readonly DailyPoint[],
  plans: readonly Plan[],
  currentPlan: string,
  clock: Clock,
): UsageVsLimits {
  const plan = findPlan(plans, currentPlan);
  const today = todayOf(clock);
  const from = shiftMonth(today, 0);
  const month = daily.filter((d) => d.date >= from && d.date <= today);
  const metrics: LimitUsage[] = LIMITED.map((metric) => {
    const used = round(
      periodTotal(
        metric,
        month.map((d) => valueOf(d.values, metric)),
      ),
      3,
    );
    const limit = limitOf(plan, metric);
    const pct =
      limit === null
        ? null
        : limit === 0
          ? used > 0
            ? Infinity
            : 0
          : round((used / limit) * 100, 1);
    return {
      metric,
      kind: METRIC_DEFS[metric].aggregation === 'gauge' ? 'level' : 'total',
      used,
      limit,
      remaining: limit === null ? null : round(Math.max(0, limit - used), 3),
      pct,
      status: statusOf(pct),
      overage: limit === null ? null : plan.overage[metric] !== undefined ? 'billed' : 'blocked',
    };
  });
  return { plan: plan.name, period: { from, to: monthEnd(today) }, metrics };
}

/**
 * Returns the utilization of each limited metric for the last 12 months (the current, partial one
 * included), against the plan in force that month (`planByMonth`, else the current plan).
 */
export function utilizationByMonth(
  daily: readonly DailyPoint[],
  plans: readonly Plan[],
  currentPlan: string,
  clock: Clock,
  planByMonth: Readonly<Record<string, string>> = {},
): UtilizationTrend {
  const today = todayOf(clock);
  const months: MonthUtilization[] = [];
  for (let k = -11; k <= 0; k++) {
    const first = shiftMonth(today, k);
    const key = monthKey(first);
    const points = daily.filter((d) => monthKey(d.date) === key && d.date <= today);
    if (points.length === 0) continue;
    const plan = findPlan(plans, planByMonth[key] ?? currentPlan);
    const pct: MonthUtilization['pct'] = {};
    let binding: MonthUtilization['binding'] = null;
    for (const metric of LIMITED) {
      const limit = limitOf(plan, metric);
      const value = periodTotal(
        metric,
        points.map((d) => valueOf(d.values, metric)),
      );
      const p = limit === null || limit === 0 ? null : round((value / limit) * 100, 1);
      pct[metric] = p;
      if (p !== null && (!binding || p > binding.pct)) binding = { metric, pct: p };
    }
    months.push({
      month: key,
      plan: plan.name,
      complete: points.length === daysInMonth(first) && monthEnd(first) < today,
      pct,
      binding,
    });
  }
  const complete = months.filter((m) => m.complete && m.binding);
  return { months, trend: trendOf(complete.map((m) => (m.binding as { pct: number }).pct)) };
}
