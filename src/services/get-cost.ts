// The cost view of a user: accrued cost of this billing period, the projected bill with its 80%
// interval (from the forecast), 12 months of cost on the plan in force each month, and the budget.
import type { UsageAnalysis } from '../analytics/index.js';
import { billFor, monthCosts, projectedCost, type MetricProjection } from '../domain/cost.js';
import type { Bill } from '../domain/limit-status.js';
import { shiftMonth } from '../domain/dates.js';
import { historyQuerySchema } from '../domain/history-query.js';
import { LIMITED_METRICS, type Metric } from '../domain/metrics.js';
import { DEFAULT_CURRENCY } from '../domain/money.js';
import type { Plan } from '../domain/plans.js';
import type { CostView } from '../contracts/cost.js';
import { listPlans } from '../store/plans-catalog.js';
import { planSpans } from '../store/queries/plans/plan-spans.js';
import { readBudget } from '../store/queries/spend-budgets/read-budget.js';
import type { Call, ServiceContext } from './context.js';
import { AppError } from './errors.js';
import { analysisCost, getAnalysis } from './get-analysis.js';
import { firstUsageAt } from '../store/queries/first-usage.js';
import { getCurrent, type CurrentUsage } from './get-current.js';
import { getHistory } from './get-history.js';

export type { CostView };

/** The interval the projected bill is given with (the forecast's 80% interval). */
export const COST_INTERVAL_LEVEL = 0.8;

const bill = (b: Bill) =>
  b.kind === 'priced' ? { base: b.baseUsd, overage: b.overageUsd, total: b.totalUsd } : null;

/** The plan in force with this month's limits, as the month-to-date answer states them. */
export const currentPlanOf = (c: CurrentUsage) => ({
  priceUsd: c.plan.priceUsd,
  overage: c.plan.overage,
  limits: Object.fromEntries(LIMITED_METRICS.map((m) => [m, c.metrics[m].limit])),
});

/** The cost so far this billing period (null on a contract plan). */
export const accruedOf = (c: CurrentUsage) =>
  bill(
    billFor(
      currentPlanOf(c),
      Object.fromEntries(LIMITED_METRICS.map((m) => [m, c.metrics[m].used])),
    ),
  );

/** The forecast of each limited metric this period, as the projected bill reads it. */
export function projectionsOf(
  c: CurrentUsage,
  analysis: UsageAnalysis | null,
): Partial<Record<Metric, MetricProjection>> {
  const out: Partial<Record<Metric, MetricProjection>> = {};
  for (const m of LIMITED_METRICS) {
    const f = analysis?.forecast.metrics.find((x) => x.metric === m);
    const used = c.metrics[m].used;
    // A bill counts what the platform lets through, not the demand a hard limit will refuse.
    const total = f?.available && f.kind === 'total' ? (f.billable ?? f.projected) : null;
    out[m] = total
      ? { used, point: total.point, lower80: total.p80.lower, upper80: total.p80.upper }
      : { used, point: null, lower80: null, upper80: null };
  }
  return out;
}

/** The projected bill of this period and its 80% interval; null on a contract plan. */
export function projectedOf(c: CurrentUsage, analysis: UsageAnalysis | null) {
  const p = projectedCost(currentPlanOf(c), projectionsOf(c, analysis));
  const [point, low, high] = [bill(p.point), bill(p.low), bill(p.high)];
  return point && low && high ? { level: COST_INTERVAL_LEVEL, point, low, high } : null;
}

/** The user's analysis when its history allows one (a forecast needs some days of usage), else null. */
export async function analysisIfAny(ctx: ServiceContext, userId: string, tz?: string) {
  try {
    return await getAnalysis({ ctx, input: { userId, ...(tz ? { tz } : {}) } });
  } catch (err) {
    if (err instanceof AppError && err.code === 'invalid_input') return null;
    throw err;
  }
}

/** What the cost view costs in the rate limit: an analysis's cost, but 1 for a user without usage (no forecast is computed). */
export async function costViewCharge({ ctx, input }: Call<{ userId: string; tz?: string }>) {
  if ((await firstUsageAt(ctx.db, input.userId)) === null) return 1;
  return analysisCost({ ctx, input });
}

/** The catalogue's currency of the user's plan. */
export async function currencyOf(ctx: ServiceContext, planName: string): Promise<string> {
  const plan = (await listPlans(ctx.db)).find((p) => p.name === planName);
  return plan?.currency ?? DEFAULT_CURRENCY;
}

/** 12 billing months of cost, oldest first, each on the plan in force at its end (the current one: its cost so far). */
export async function costByMonth({ ctx, input }: Call<{ userId: string; current: CurrentUsage }>) {
  const { current } = input;
  const { from, to, tz } = current.period;
  const [months, spans] = await Promise.all([
    getHistory({
      ctx,
      input: {
        userId: input.userId,
        query: historyQuerySchema.parse({
          period: 'custom',
          from: shiftMonth(from, -11),
          to,
          groupBy: 'month',
          tz,
          metrics: LIMITED_METRICS.join(','),
        }),
      },
    }),
    planSpans(ctx.db, input.userId),
  ]);
  const since = current.usageSince ? Date.parse(current.usageSince) : Infinity;
  const planAtEnd = (end: number): Plan | null =>
    spans.filter((s) => s.validFrom < end).at(-1)?.plan ?? null;
  const now = {
    ...currentPlanOf(current),
    name: current.plan.name,
    displayName: current.plan.displayName,
  };
  return monthCosts(
    months.buckets.map((b) => {
      const end = Date.parse(b.end);
      const complete = b.start.slice(0, 10) < from;
      // Months before the user's usage begins cost nothing here; the current month is on today's plan.
      const plan = end <= since ? null : complete ? planAtEnd(end) : now;
      return {
        month: b.start.slice(0, 7),
        plan,
        usage: Object.fromEntries(LIMITED_METRICS.map((m) => [m, b[m] ?? 0])),
        complete,
      };
    }),
  );
}

/** Accrued and projected cost of the billing period, 12 months of cost (each on its plan, per session and audio minute) and the budget. */
export async function getCost({
  ctx,
  input,
}: Call<{ userId: string; tz?: string }>): Promise<CostView> {
  const current = await getCurrent({ ctx, input });
  const { from, to, tz } = current.period;
  const [months, budget, analysis, currency] = await Promise.all([
    costByMonth({ ctx, input: { userId: input.userId, current } }),
    readBudget(ctx.db, input.userId),
    analysisIfAny(ctx, input.userId, input.tz),
    currencyOf(ctx, current.plan.name),
  ]);
  return {
    currency,
    period: { from, to, tz },
    plan: {
      name: current.plan.name,
      displayName: current.plan.displayName,
      contract: current.plan.priceUsd === null,
    },
    accrued: accruedOf(current),
    projected: projectedOf(current, analysis),
    budget,
    months,
  };
}
