import { historyQuerySchema } from '../domain/history-query.js';
import { METRICS, METRIC_DEFS } from '../domain/metrics.js';
import type { CurrentUsage } from '../contracts/usage.js';
import type { Call } from './context.js';
import { getHistory } from './get-history.js';
import { listPlans } from '../store/plans-catalog.js';
import { firstUsageAt } from '../store/queries/first-usage.js';
import { planAt } from '../store/queries/plans/plan-at.js';

export type { CurrentUsage };

/** Month-to-date usage in the user's zone (the billing month) against the limits of the plan in force. */
export async function getCurrent({
  ctx,
  input,
}: Call<{ userId: string; tz?: string }>): Promise<CurrentUsage> {
  const query = historyQuerySchema.parse({
    period: 'this_month',
    groupBy: 'month',
    ...(input.tz ? { tz: input.tz } : {}),
  });
  const [h, planNow, first] = await Promise.all([
    getHistory({ ctx, input: { userId: input.userId, query } }),
    planAt(ctx.db, input.userId, ctx.now()),
    firstUsageAt(ctx.db, input.userId),
  ]);
  // A user without plan history is on the default plan the history answered with.
  const plan = planNow ?? (await listPlans(ctx.db)).find((p) => p.name === h.limits.plan) ?? null;
  const metrics = {} as CurrentUsage['metrics'];
  for (const m of METRICS) {
    const used = h.totals[m] ?? null;
    const limit = METRIC_DEFS[m].limited ? (h.limits.values[m] ?? null) : null;
    metrics[m] = {
      used,
      limit,
      percent: limit && used !== null ? Math.round((used / limit) * 1000) / 10 : null,
      remaining:
        limit !== null && used !== null
          ? Math.max(0, Math.round((limit - used) * 1e6) / 1e6)
          : null,
    };
  }
  return {
    period: { from: h.period.from, to: h.period.to, tz: h.period.tz },
    usageSince: first === null ? null : new Date(first).toISOString(),
    plan: {
      name: h.limits.plan,
      displayName: h.limits.planName,
      priceUsd: plan?.name === h.limits.plan ? plan.priceUsd : null,
      overage: plan?.name === h.limits.plan ? plan.overage : {},
    },
    metrics,
  };
}
