// Builds the analytics core's input for a user: a zero-filled daily series of the last 400 days,
// hourly for the last 28, the plan catalogue and the plan in force each month.
import { DateTime } from 'luxon';
import type { DailyPoint, HourlyPoint, UsageInput } from '../analytics/index.js';
import { localDate } from '../domain/calendar.js';
import { addDays } from '../domain/dates.js';
import { historyQuerySchema } from '../domain/history-query.js';
import { METRICS, type Metric } from '../domain/metrics.js';
import { listPlans } from '../store/plans-catalog.js';
import { getUser } from '../store/queries/get-user.js';
import { planHistory } from '../store/queries/plans/plan-history.js';
import type { Call } from './context.js';
import { getHistory, type HistoryResponse } from './get-history.js';

export const DAILY_DAYS = 400;
export const HOURLY_DAYS = 28;

const values = (b: HistoryResponse['buckets'][number]) =>
  Object.fromEntries(METRICS.map((m) => [m, (b[m as Metric] as number | null | undefined) ?? 0]));

/** The analytics input for the caller, in its zone (or tz). */
export async function usageInput({
  ctx,
  input,
}: Call<{ userId: string; tz?: string }>): Promise<UsageInput> {
  const now = ctx.now();
  const user = await getUser(ctx.db, input.userId);
  const zone = input.tz ?? user?.timeZone ?? 'UTC';
  const today = localDate(now, zone);
  const range = (days: number, groupBy: 'day' | 'hour') =>
    historyQuerySchema.parse({
      period: 'custom',
      from: addDays(today, 1 - days),
      to: today,
      groupBy,
      tz: zone,
    });
  const daily = await getHistory({
    ctx,
    input: { userId: input.userId, query: range(DAILY_DAYS, 'day') },
  });
  const hourly = await getHistory({
    ctx,
    input: { userId: input.userId, query: range(HOURLY_DAYS, 'hour') },
  });
  const plans = await listPlans(ctx.db);
  const history = await planHistory(ctx.db, input.userId);
  const planByMonth: Record<string, string> = {};
  for (
    let m = DateTime.fromISO(addDays(today, 1 - DAILY_DAYS), { zone }).startOf('month');
    m.toISODate()! <= today;
    m = m.plus({ months: 1 })
  ) {
    const end = m.plus({ months: 1 }).toMillis();
    const inForce = history.filter((h) => h.validFrom < end).pop();
    if (inForce) planByMonth[m.toFormat('yyyy-LL')] = inForce.plan;
  }
  return {
    now,
    zone,
    plans,
    currentPlan: user?.planName ?? 'free',
    planByMonth,
    daily: daily.buckets.map((b): DailyPoint => ({
      date: b.start.slice(0, 10),
      start: b.start,
      values: values(b),
    })),
    hourly: hourly.buckets.map((b): HourlyPoint => ({ start: b.start, values: values(b) })),
  };
}
