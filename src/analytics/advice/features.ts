// Feature utilization: for each capability of the plan, what is used this billing period and last
// month, its share of what the plan includes, its 30-day trend, and whether it is paid for and
// unused. Computed from the zero-filled daily series in the user's zone (billing months are its months).
import { EN_WORDS, type Words } from '../../domain/i18n/words.js';
import { METRIC_DEFS, type Metric } from '../../domain/metrics.js';
import { limitOf, type Plan } from '../../domain/plans.js';
import { valueOf } from '../series.js';
import { round } from '../stats.js';
import { addDays, monthKey, monthStart, shiftMonth, todayOf } from '../time.js';
import type { Clock, DailyPoint, Direction } from '../types.js';

/** The capabilities of a plan, in the order the view lists them. */
export const CAPABILITIES = [
  'sessions',
  'audio_minutes',
  'transcriptions',
  'exports',
  'storage_mb',
  'api_calls',
] as const satisfies readonly Metric[];

/** A change within this percentage either way is stable (the history's trend rule). */
export const STABLE_PCT = 5;

export type Included = 'limited' | 'unlimited' | 'not-limited' | 'not-included';

export interface CapabilityUse {
  capability: Metric;
  label: string;
  used: number;
  lastMonth: number | null;
  limit: number | null;
  included: Included;
  sharePct: number | null;
  lastMonthSharePct: number | null;
  trend: Direction;
  changePct: number | null;
  last30Days: number;
  months: { month: string; value: number }[];
  paidUnused: boolean;
}

export interface FeatureInput extends Clock {
  daily: readonly DailyPoint[];
  plan: Pick<Plan, 'limits' | 'priceUsd'>;
  /** How many complete months to list before the current one. */
  months?: number;
  /** The language of each capability's `label` (default English). */
  words?: Words;
}

const isGauge = (m: Metric) => METRIC_DEFS[m].aggregation === 'gauge';

// A flow sums its days; a gauge (storage) is its last day's level.
function total(m: Metric, days: readonly DailyPoint[]): number {
  if (days.length === 0) return 0;
  if (isGauge(m)) return valueOf((days[days.length - 1] as DailyPoint).values, m);
  return round(
    days.reduce((s, d) => s + valueOf(d.values, m), 0),
    2,
  );
}

function includedOf(plan: FeatureInput['plan'], m: Metric): Included {
  if (!METRIC_DEFS[m].limited) return 'not-limited';
  const v = plan.limits[m];
  if (v === null || v === undefined) return 'unlimited';
  return v > 0 ? 'limited' : 'not-included';
}

const share = (x: number, limit: number | null) =>
  limit === null || limit <= 0 ? null : round((x / limit) * 100, 1);

/** Each capability's use this period and last month, share of the plan, 30-day trend and whether it is paid for and unused. */
export function featureUtilization(input: FeatureInput): CapabilityUse[] {
  const today = todayOf(input);
  const start = monthStart(today);
  const lastStart = shiftMonth(start, -1);
  const within = (from: string, to: string) =>
    input.daily.filter((d) => d.date >= from && d.date <= to);
  const recent = within(addDays(today, -30), addDays(today, -1));
  const before = within(addDays(today, -60), addDays(today, -31));
  const hasLastMonth = input.daily.some((d) => d.date === lastStart);
  const paid = input.plan.priceUsd !== 0;
  const n = input.months ?? 6;
  return CAPABILITIES.map((m) => {
    const limit = limitOf(input.plan, m);
    const included = includedOf(input.plan, m);
    const used = total(m, within(start, today));
    const lastMonth = hasLastMonth ? total(m, within(lastStart, addDays(start, -1))) : null;
    const last30 = total(m, recent);
    const prev30 = total(m, before);
    const changePct =
      before.length < 30 || prev30 === 0 ? null : round(((last30 - prev30) / prev30) * 100, 1);
    const trend: Direction =
      prev30 === 0
        ? last30 > 0 && before.length >= 30
          ? 'up'
          : 'stable'
        : changePct! > STABLE_PCT
          ? 'up'
          : changePct! < -STABLE_PCT
            ? 'down'
            : 'stable';
    const months = Array.from({ length: n + 1 }, (_, i) => shiftMonth(start, i - n))
      .filter((ms) => input.daily.some((d) => d.date === ms))
      .map((ms) => ({
        month: monthKey(ms),
        value: total(m, within(ms, addDays(shiftMonth(ms, 1), -1))),
      }));
    // Unused: nothing in 30 complete days (a gauge: no stored data on any of them).
    const unused = recent.length >= 30 && recent.every((d) => valueOf(d.values, m) === 0);
    return {
      capability: m,
      label: (input.words ?? EN_WORDS).Label(m),
      used,
      lastMonth,
      limit,
      included,
      sharePct: share(used, limit),
      lastMonthSharePct: lastMonth === null ? null : share(lastMonth, limit),
      trend,
      changePct,
      last30Days: last30,
      months,
      paidUnused: paid && included !== 'not-included' && unused,
    };
  });
}
