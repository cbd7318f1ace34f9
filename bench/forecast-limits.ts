// Limit dates backtested: `npx tsx bench/forecast-limits.ts`. Two sources:
// 1. Demo users (src/domain/demo, the generator `npm start` seeds from), as daily usage built in
//    memory without a database, cut at many "today"s; forecastUsage (the product's path) gives
//    each limited metric's limit date for the billing month; the rest of the generated month says
//    when the limit was really reached. Limits: the users' plans, and a "tight" plan per cut set
//    to the median month of the user's own history before the cut (so about half the months cross).
// 2. Real count and volume series cut at many origins: the limit is the median total of past
//    windows (a "month" of W steps), the forecast of the next W steps is simulated and scored alike.
import { readFileSync } from 'node:fs';
import { forecastUsage, type DailyPoint, type MetricValues } from '../src/analytics/index.js';
import { fitPathModel } from '../src/analytics/forecast/model.js';
import { simulatePaths } from '../src/analytics/forecast/paths.js';
import { generateDemoEvents } from '../src/domain/demo/generate.js';
import { demoProfiles, DETAILED_USERS } from '../src/domain/demo/profiles.js';
import { METRIC_DEFS, METRICS, type Metric } from '../src/domain/metrics.js';
import type { Plan } from '../src/domain/plans.js';
import { allSeries, type BenchSeries } from './lib-series.js';
import {
  emptyTally,
  score,
  TALLY_HEADER,
  tallyRow,
  verdictOf,
  type Tally,
} from './lib/limit-backtest.js';
import { moreVegaSeries } from './lib/series-more.js';
import { rSeries } from './lib/series-r.js';

const DEMO_LIMITS = process.env.DEMO_LIMITS ?? 'enforced';
if (!['off', 'enforced'].includes(DEMO_LIMITS)) throw new Error('DEMO_LIMITS is enforced or off');
const PLANS = (JSON.parse(readFileSync('config/plans.json', 'utf8')) as { plans: Plan[] }).plans;
const ANCHOR = '2025-01-01';
const DAYS = 430;
/** Days between two "today"s of the demo backtest. */
const CUT_STEP = 13;
const day = (i: number): string =>
  new Date(Date.parse(`${ANCHOR}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
const byType = new Map(
  METRICS.filter((m) => METRIC_DEFS[m].eventType).map((m) => [METRIC_DEFS[m].eventType!, m]),
);

function demoDaily(i: number): { plan: Plan; daily: DailyPoint[] } {
  const p = { ...demoProfiles(DETAILED_USERS)[i]!, timeZone: 'UTC' };
  const plan = PLANS.find((x) => x.name === p.plan)!;
  // As `npm start` seeds it: a plan's limits without an overage price stop usage each month
  // (DEMO_LIMITS=off: usage as wanted, limits never enforced, as this benchmark ran before ADR 20).
  const blocking = new Set(
    DEMO_LIMITS === 'off' ? [] : METRICS.filter((m) => plan.overage[m] === undefined),
  );
  const events = generateDemoEvents(
    p,
    plan.limits,
    ANCHOR,
    ANCHOR,
    Date.parse(`${day(DAYS)}T00:00:00Z`),
    1000 + i,
    blocking,
  );
  const values = Array.from({ length: DAYS }, () => ({}) as Record<string, number>);
  for (const e of events) {
    const m = byType.get(e.type);
    const d = Math.round((Date.parse(e.occurredAt.slice(0, 10)) - Date.parse(ANCHOR)) / 86_400_000);
    if (!m || d < 0 || d >= DAYS) continue;
    const v = values[d]!;
    v[m] = METRIC_DEFS[m].aggregation === 'sum' ? (v[m] ?? 0) + e.value : e.value;
  }
  return {
    plan,
    daily: values.map((v, d) => ({
      date: day(d),
      start: `${day(d)}T00:00:00.000Z`,
      values: v as MetricValues,
    })),
  };
}

/** Day of the month (index into its days) when the realised usage reached the limit, or null. */
function actualCrossing(
  daily: DailyPoint[],
  metric: Metric,
  monthStart: string,
  limit: number,
): string | null {
  let acc = 0;
  for (const d of daily) {
    if (d.date < monthStart || d.date.slice(0, 7) !== monthStart.slice(0, 7)) continue;
    const v = d.values[metric] ?? 0;
    acc = METRIC_DEFS[metric].aggregation === 'gauge' ? v : acc + v;
    if (acc >= limit) return d.date;
  }
  return null;
}

function tightPlan(daily: DailyPoint[], cut: number, plan: Plan): Plan {
  const months = new Map<string, Record<string, number>>();
  for (const d of daily.slice(0, cut)) {
    const k = d.date.slice(0, 7);
    if (!months.has(k)) months.set(k, {});
    const acc = months.get(k)!;
    for (const m of Object.keys(plan.limits) as Metric[]) {
      const v = d.values[m] ?? 0;
      acc[m] =
        METRIC_DEFS[m].aggregation === 'gauge' ? Math.max(acc[m] ?? 0, v) : (acc[m] ?? 0) + v;
    }
  }
  const complete = [...months.entries()]
    .filter(([k]) => k < day(cut).slice(0, 7))
    .map(([, v]) => v);
  const limits = Object.fromEntries(
    (Object.keys(plan.limits) as Metric[]).map((m) => {
      const xs = complete.map((c) => c[m] ?? 0).sort((a, b) => a - b);
      return [m, xs[Math.floor(xs.length / 2)] ?? plan.limits[m]];
    }),
  );
  // The data was generated under the real plan, so nothing stopped usage at these limits: they are
  // billed limits (an overage price), not hard ones that would stop sessions and what is inside them.
  const overage = Object.fromEntries(Object.keys(limits).map((m) => [m, 0]));
  return { ...plan, name: 'tight', limits, overage };
}

const dayIndex = (d: string): number => Number(d.slice(8, 10));
const demo = { plan: emptyTally(), tight: emptyTally() };
let forecasts = 0;
const started = performance.now();
for (let i = 0; i < DETAILED_USERS; i += 2) {
  const { plan, daily } = demoDaily(i);
  if (Object.keys(plan.limits).length === 0) continue;
  for (let cut = 200; cut < DAYS - 31; cut += CUT_STEP) {
    const today = day(cut);
    const monthStart = `${today.slice(0, 7)}-01`;
    for (const [label, p] of [
      ['plan', plan],
      ['tight', tightPlan(daily, cut, plan)],
    ] as const) {
      const f = forecastUsage(
        {
          daily: daily.slice(0, cut),
          plans: [p],
          currentPlan: p.name,
          now: `${today}T00:30:00Z`,
          zone: 'UTC',
        },
        { paths: 1000 },
      );
      forecasts++;
      for (const m of f.metrics) {
        if (
          !m.available ||
          m.limit === null ||
          m.limitReach.status === 'reached' ||
          m.limitReach.status === 'unlimited'
        )
          continue;
        const lr = m.limitReach;
        const actual = actualCrossing(daily, m.metric, monthStart, m.limit);
        const verdict =
          lr.status === 'expected'
            ? {
                status: 'expected' as const,
                earliest: dayIndex(lr.earliest),
                latest: lr.latest ? dayIndex(lr.latest) : null,
              }
            : { status: lr.status, probability: lr.probability };
        score(demo[label], verdict, actual ? dayIndex(actual) : null);
      }
    }
  }
}
const demoMs = performance.now() - started;

/** Real series: the limit is the median total of the last six windows before the cut. */
const WINDOWS: Record<string, number> = {
  'flights/day': 14,
  'github/day': 30,
  'S&P 500 volume/trading day': 21,
  'flights/hour': 168,
  'UK electricity/half-hour': 336,
  'US unemployed/month': 12,
  'air passengers/month': 12,
  'AU gas production/month': 12,
  'S&P 500 volume/week': 13,
};
const real = new Map<string, Tally>();
const { series: fromR, missing } = rSeries();
for (const s of [...allSeries(), ...moreVegaSeries(), ...fromR] as BenchSeries[]) {
  const w = WINDOWS[s.name];
  if (!w) continue;
  const t = emptyTally();
  const step = Math.max(1, Math.floor(w / 2));
  for (let k = 0; k < 16; k++) {
    const cut = s.values.length - w - k * step;
    if (cut < 3 * w || cut < 28) break;
    const train = s.values.slice(0, cut);
    const sums = Array.from({ length: 6 }, (_, j) => train.slice(cut - (j + 1) * w, cut - j * w))
      .filter((x) => x.length === w)
      .map((x) => x.reduce((a, b) => a + b, 0))
      .sort((a, b) => a - b);
    const limit = sums[Math.floor(sums.length / 2)]!;
    const model = fitPathModel(train, { horizon: w, periods: s.seasons, transform: 'auto' });
    const crossing = (path: ArrayLike<number>): number => {
      let acc = 0;
      for (let i = 0; i < w; i++) if ((acc += path[i]!) >= limit) return i;
      return -1;
    };
    const actual = crossing(s.values.slice(cut, cut + w));
    score(
      t,
      verdictOf(simulatePaths(model, 1000, 11 + k).map(crossing), w),
      actual < 0 ? null : actual,
    );
  }
  real.set(`${s.name} (W = ${w})`, t);
}

console.log(
  `Demo users: ${forecasts} billing-month forecasts (every other detailed user, cuts every ${CUT_STEP} days from day 200), ${(demoMs / forecasts).toFixed(0)} ms per forecastUsage call.\n`,
);
console.log(TALLY_HEADER);
console.log(tallyRow('demo users, plan limits', demo.plan));
console.log(tallyRow('demo users, tight limits (median past month)', demo.tight));
console.log(
  `\nReal series${missing ? ` (R datasets missing: ${missing})` : ''}: limit = median total of the last six windows of W steps; up to 16 cuts half a window apart.\n`,
);
console.log(TALLY_HEADER);
const all = emptyTally();
for (const [name, t] of real) {
  console.log(tallyRow(name, t));
  for (const k of Object.keys(all) as (keyof Tally)[]) all[k] += t[k];
}
console.log(tallyRow('all real series', all));
