// Forecasts after a month that a hard limit cut short: `npx tsx bench/blocked-forecast.ts`.
// The detailed demo users are generated as `npm start` seeds them (usage refused past a plan's
// hard limits, src/domain/demo), by day in UTC. At each cut on the 2nd and 5th of a month whose
// previous month ended refused, forecastUsage gives the next 7 days of sessions and audio minutes,
// once told which days were refused (the product: blockedDays from the plan) and once not (the
// same plan with an overage price on every metric, so nothing counts as refused). Scored on the
// 7 days as they were generated, those that were open (a refused day has no demand to score):
// absolute error relative to the mean actual day, and how often the 80% band held the day.
import { readFileSync } from 'node:fs';
import { forecastUsage, type DailyPoint, type MetricValues } from '../src/analytics/index.js';
import { blockedDays } from '../src/analytics/comparisons/blocked-days.js';
import { addDays } from '../src/domain/dates.js';
import { generateDemoEvents } from '../src/domain/demo/generate.js';
import { demoProfiles, DETAILED_USERS } from '../src/domain/demo/profiles.js';
import { METRIC_DEFS, METRICS, type Metric } from '../src/domain/metrics.js';
import type { Plan } from '../src/domain/plans.js';

const { plans } = JSON.parse(readFileSync('config/plans.json', 'utf8')) as { plans: Plan[] };
const ANCHOR = '2025-01-01';
const DAYS = 430;
const SCORED: Metric[] = ['sessions', 'audio_minutes'];
const byType = new Map(METRICS.map((m) => [METRIC_DEFS[m].eventType, m]));

function demoDaily(i: number, plan: Plan): DailyPoint[] {
  const p = { ...demoProfiles(DETAILED_USERS)[i]!, timeZone: 'UTC' };
  const blocking = new Set(METRICS.filter((m) => plan.overage[m] === undefined));
  const end = Date.parse(`${addDays(ANCHOR, DAYS)}T00:00:00Z`);
  const events = generateDemoEvents(p, plan.limits, ANCHOR, ANCHOR, end, 1000 + i, blocking);
  const values = Array.from({ length: DAYS }, () => ({}) as Record<string, number>);
  for (const e of events) {
    const m = byType.get(e.type);
    const d = Math.round((Date.parse(e.occurredAt.slice(0, 10)) - Date.parse(ANCHOR)) / 86_400_000);
    if (!m || METRIC_DEFS[m].aggregation !== 'sum' || d < 0 || d >= DAYS) continue;
    values[d]![m] = (values[d]![m] ?? 0) + e.value;
  }
  return values.map((v, d) => ({
    date: addDays(ANCHOR, d),
    start: `${addDays(ANCHOR, d)}T00:00:00Z`,
    values: v as MetricValues,
  }));
}

const tally = {
  told: { err: 0, covered: 0 },
  ignored: { err: 0, covered: 0 },
  days: 0,
  level: 0,
  cuts: 0,
};
for (let i = 0; i < DETAILED_USERS; i++) {
  const plan = plans.find((p) => p.name === demoProfiles(DETAILED_USERS)[i]!.plan)!;
  if (plan.overage.sessions !== undefined || plan.limits.sessions == null) continue;
  const lenient: Plan = {
    ...plan,
    overage: Object.fromEntries(METRICS.map((m) => [m, plan.overage[m] ?? 0])),
  };
  const daily = demoDaily(i, plan);
  const refused = blockedDays(daily, 'sessions', { plans, currentPlan: plan.name });
  for (let cut = 60; cut < DAYS - 8; cut++) {
    const today = daily[cut]!.date;
    if (!['02', '05'].includes(today.slice(8, 10))) continue;
    if (!refused.has(addDays(`${today.slice(0, 7)}-01`, -1))) continue;
    tally.cuts++;
    const next = daily.slice(cut, cut + 7);
    for (const [label, p] of [
      ['told', plan],
      ['ignored', lenient],
    ] as const) {
      const f = forecastUsage(
        {
          daily: daily.slice(0, cut + 1),
          plans: [p],
          currentPlan: p.name,
          now: `${today}T00:30:00Z`,
          zone: 'UTC',
        },
        { paths: 500, metrics: SCORED },
      );
      for (const m of f.metrics) {
        if (!m.available) continue;
        next.forEach((d, k) => {
          if (refused.has(d.date)) return;
          const step = m.daily[k]!;
          const actual = d.values[m.metric] ?? 0;
          tally[label].err += Math.abs(step.point - actual);
          if (actual >= step.lower80 && actual <= step.upper80) tally[label].covered++;
          if (label === 'told') [tally.days, tally.level] = [tally.days + 1, tally.level + actual];
        });
      }
    }
  }
}
const pct = (x: number) => `${((100 * x) / tally.days).toFixed(1)}%`;
console.log(
  `| after a refused month-end (${tally.cuts} cuts, ${tally.days} forecast days) | error / mean day | 80% band held |`,
);
console.log('|---|---|---|');
for (const label of ['told', 'ignored'] as const)
  console.log(
    `| refused days ${label === 'told' ? 'known (product)' : 'read as usage'} | ${pct(tally[label].err / (tally.level / tally.days))} | ${pct(tally[label].covered)} |`,
  );
