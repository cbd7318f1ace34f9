// The days on which a hard limit refused usage. A plan without an overage price for a metric stops
// it at the limit, so from the day the month's total reaches the limit until the month ends, the
// series shows what the platform let through, not what the user wanted: a run of zeros that is
// neither a dip nor a level to judge or forecast the next days by.
import { METRIC_DEFS, WITHIN_SESSIONS, type Metric } from '../../domain/metrics.js';
import { limitOf, type Plan } from '../../domain/plans.js';
import { findPlan } from '../catalogue.js';
import { valueOf } from '../series.js';
import { monthKey } from '../time.js';
import type { DailyPoint, IsoDate } from '../types.js';

/** Share of a hard limit from which the rest of the month counts as blocked (rounding of the last units). */
const REACHED = 0.999;
const WEEK = 7;

export interface LimitPlans {
  plans: readonly Plan[];
  currentPlan: string;
  /** The plan in force in each month (YYYY-MM) that differs from the current one. */
  planByMonth?: Readonly<Record<string, string>>;
}

/**
 * A month whose total passed the limit by more than this was not stopped there (a grace
 * allowance, a limit raised by support): its days after the limit are usage like any other.
 */
const ENFORCED = 1.01;

/** The dates on which the month's total of `metric` had reached its own hard limit, and stayed there. */
function reachedOwnLimit(daily: readonly DailyPoint[], metric: Metric, p: LimitPlans): IsoDate[] {
  const out: IsoDate[] = [];
  let i = 0;
  while (i < daily.length) {
    const key = monthKey((daily[i] as DailyPoint).date);
    let end = i;
    while (end < daily.length && monthKey((daily[end] as DailyPoint).date) === key) end++;
    const plan = findPlan(p.plans, p.planByMonth?.[key] ?? p.currentPlan);
    const limit = plan.overage[metric] === undefined ? limitOf(plan, metric) : null;
    const days = daily.slice(i, end);
    i = end;
    if (limit === null || limit <= 0) continue;
    let used = 0;
    const reached: IsoDate[] = [];
    for (const d of days) {
      used += valueOf(d.values, metric);
      if (used >= REACHED * limit) reached.push(d.date);
    }
    if (used <= ENFORCED * limit) out.push(...reached);
  }
  return out;
}

/**
 * Returns the dates on which usage of a flow metric was refused: from the day its month's total
 * reached the hard limit of the plan in force that month to the month's end (when the month did
 * stop there), and for a metric that happens inside sessions, the same for the sessions limit.
 */
export function blockedDays(
  daily: readonly DailyPoint[],
  metric: Metric,
  plans: LimitPlans,
): Set<IsoDate> {
  if (METRIC_DEFS[metric].aggregation !== 'sum') return new Set();
  const own = reachedOwnLimit(daily, metric, plans);
  const bound = WITHIN_SESSIONS.includes(metric) ? reachedOwnLimit(daily, 'sessions', plans) : [];
  return new Set([...own, ...bound]);
}

/**
 * Returns the daily values with each blocked day replaced by the nearest open day of the same
 * weekday (earlier first): what the user would have done, as far as the series can tell. The
 * weekday keeps the weekly profile, which a level alone would flatten.
 */
export function fillBlocked(values: readonly number[], isBlocked: readonly boolean[]): number[] {
  const open = (j: number) => j >= 0 && j < values.length && !isBlocked[j];
  return values.map((v, i) => {
    if (!isBlocked[i]) return v;
    for (let k = WEEK; k < values.length; k += WEEK) {
      if (open(i - k)) return values[i - k] as number;
      if (open(i + k)) return values[i + k] as number;
    }
    return v;
  });
}
