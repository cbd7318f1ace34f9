// One call for everything the analytics core says about a user: what the service layer caches
// per user and data version. Each part is also exported on its own for callers that need less.
import { CHARTED_METRICS, type Metric } from '../domain/metrics.js';
import { advisePlan } from './advice/plan-advice.js';
import { dailyUsageAnomalies } from './anomalies/usage.js';
import { findPlan } from './catalogue.js';
import { blockedDays } from './comparisons/blocked-days.js';
import { usageVsLimits, utilizationByMonth } from './comparisons/limits.js';
import { monthOverMonth, yearOverYear } from './comparisons/periods.js';
import { forecastUsage } from './forecast/usage-forecast.js';
import { efficiencyInEveryLanguage, insightsInEveryLanguage } from './insights/languages.js';
import { calendarHeatmap, monthlySummaries, weeklyTrend } from './patterns/calendar.js';
import { dayOfWeekProfile, hourOfDayProfile, weekdayHourHeatmap } from './patterns/profiles.js';
import { seasonalVariation } from './patterns/seasonal.js';
import { assertDailySeries } from './series.js';
import { instantIn, todayOf } from './time.js';
import type { Demand, MetricPatterns, UsageAnalysis, UsageInput } from './types.js';

/** Returns patterns, comparisons, forecast, plan advice, suggestions, efficiency, anomalies and insights in one pass. */
export function analyzeUsage(
  input: UsageInput,
  opts: { metrics?: readonly Metric[]; seed?: number } = {},
): UsageAnalysis {
  assertDailySeries(input.daily);
  const plan = findPlan(input.plans, input.currentPlan);
  const today = todayOf(input);
  const metrics = opts.metrics ?? CHARTED_METRICS;
  const clock = { now: input.now, zone: input.zone };
  const completeDays = input.daily.filter((d) => d.date < today);
  const nowMs = instantIn(input.now, input.zone).toMillis();
  const completeHours = input.hourly?.filter((h) => Date.parse(h.start) + 3_600_000 <= nowMs);
  const patterns: MetricPatterns[] = metrics.map((metric) => ({
    metric,
    dayOfWeek: dayOfWeekProfile(completeDays, metric),
    hourOfDay: completeHours ? hourOfDayProfile(completeHours, metric, input.zone) : null,
    heatmap: completeHours ? weekdayHourHeatmap(completeHours, metric, input.zone) : null,
    calendar: calendarHeatmap(input.daily, metric, clock),
    weekly: weeklyTrend(input.daily, metric, clock),
    monthly: monthlySummaries(input.daily, metric, clock),
    seasonal: seasonalVariation(input.daily, metric, clock),
  }));
  const utilization = utilizationByMonth(
    input.daily,
    input.plans,
    input.currentPlan,
    clock,
    input.planByMonth,
  );
  const forecast = forecastUsage(input, opts.seed === undefined ? {} : { seed: opts.seed });
  const demand: Partial<Record<Metric, Demand>> = {};
  const runRate: Metric[] = [];
  for (const f of forecast.metrics) {
    if (!f.available) continue;
    demand[f.metric] = f.demand;
    if (f.method === 'run-rate') runRate.push(f.metric);
  }
  const advice = advisePlan({
    plans: input.plans,
    currentPlan: input.currentPlan,
    demand,
    runRate,
  });
  const anomalies = metrics.map((m) =>
    dailyUsageAnomalies(input.daily, m, clock, blockedDays(input.daily, m, input)),
  );
  const { suggestions, insights } = insightsInEveryLanguage(
    { plans: input.plans, advice, utilization },
    {
      ...clock,
      daily: input.daily,
      ...(input.hourly ? { hourly: input.hourly } : {}),
      plan,
      plans: input.plans,
      forecast,
      advice,
      utilization,
      anomalies,
    },
  );
  return {
    today,
    zone: input.zone,
    plan: plan.name,
    patterns,
    comparisons: {
      monthOverMonth: metrics.map((m) => monthOverMonth(input.daily, m, clock)),
      yearOverYear: metrics.map((m) => yearOverYear(input.daily, m, clock)),
      limits: usageVsLimits(input.daily, input.plans, input.currentPlan, clock),
      utilization,
    },
    forecast,
    advice,
    suggestions,
    efficiency: efficiencyInEveryLanguage({ ...clock, daily: input.daily, utilization, advice }),
    anomalies,
    insights,
  };
}
