// What the anomaly notifications would send on the demo: `npx tsx bench/anomaly-demo.ts`.
// The demo generator (src/domain/demo) plants bursts (x3.5-4.5 on days where day % 137 = 120 or
// day % 173 = 40) and outages (x0.05 where day % 211 = 200) on top of weekly rhythm, growth, a summer
// dip, a December peak and a holiday fortnight. For the 25 detailed demo users (13 months of days),
// daily sessions and audio minutes go through the product's dailyUsageAnomalies; a "message" is a
// day marked as a high-severity spike (what the notifications send) or dip. The history starts on
// 7 consecutive days, so that the planted days fall on every day of the week.
// DEMO_LIMITS=enforced generates the demo as `npm start` seeds it: usage refused past a plan's hard
// limits, so months can end in days of nothing; DEMO_LIMITS=ignored judges that same data without
// telling the detector which days were refused (blockedDays), to show what that knowledge changes.
// Planted days that fall on refused days are left out of both counts.
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { dailyUsageAnomalies } from '../src/analytics/index.js';
import type { DailyPoint } from '../src/analytics/types.js';
import { blockedDays } from '../src/analytics/comparisons/blocked-days.js';
import { addDays } from '../src/domain/dates.js';
import { generateDemoEvents } from '../src/domain/demo/generate.js';
import { DETAILED_USERS, demoProfiles } from '../src/domain/demo/profiles.js';
import { METRICS as ALL_METRICS, type Metric } from '../src/domain/metrics.js';
import type { Plan, PlanLimits } from '../src/domain/plans.js';

const ANCHORS = Array.from({ length: 7 }, (_, k) => addDays('2025-10-01', k));
const DAYS = 396;
const METRICS = { sessions: 'session.created', audio_minutes: 'audio.processed' } as const;
const { plans } = JSON.parse(readFileSync('config/plans.json', 'utf8')) as { plans: Plan[] };
const limitsOf = (plan: string): PlanLimits => plans.find((p) => p.name === plan)?.limits ?? {};
const LIMITS = process.env.DEMO_LIMITS ?? 'off';
if (!['off', 'enforced', 'ignored'].includes(LIMITS))
  throw new Error('DEMO_LIMITS is off, enforced or ignored');
/** What the seed refuses: the metrics a plan limits without an overage price. */
const blockingOf = (name: string): Set<Metric> => {
  const plan = plans.find((p) => p.name === name);
  if (LIMITS === 'off' || !plan) return new Set();
  return new Set(ALL_METRICS.filter((m) => plan.overage[m] === undefined));
};

const plantedSpike = (day: number) => day % 137 === 120 || day % 173 === 40;
const plantedDip = (day: number) => day % 211 === 200;

const tally = {
  days: 0,
  spikes: 0,
  spikesFound: 0,
  spikesHigh: 0,
  dips: 0,
  dipsFound: 0,
  dipsHigh: 0,
};
const other = { flags: 0, high: 0, highSpikes: 0 };
const perUserHigh: number[] = [];
for (const ANCHOR of ANCHORS) {
  const endMs = Date.parse(`${addDays(ANCHOR, DAYS)}T00:00:00Z`);
  for (const [i, p] of demoProfiles().slice(0, DETAILED_USERS).entries()) {
    const events = generateDemoEvents(
      p,
      limitsOf(p.plan),
      ANCHOR,
      ANCHOR,
      endMs,
      1000 + i,
      blockingOf(p.plan),
    );
    const byDate = new Map<string, Record<string, number>>();
    for (const e of events) {
      const date = DateTime.fromISO(e.occurredAt).setZone(p.timeZone).toISODate() as string;
      const row = byDate.get(date) ?? {};
      for (const [m, type] of Object.entries(METRICS))
        if (e.type === type) row[m] = (row[m] ?? 0) + e.value;
      byDate.set(date, row);
    }
    const dates = Array.from({ length: DAYS }, (_, d) => addDays(ANCHOR, d));
    const daily: DailyPoint[] = dates.map((date) => ({
      date,
      start: `${date}T00:00:00Z`,
      values: { sessions: 0, audio_minutes: 0, ...byDate.get(date) },
    }));
    const clock = { now: `${addDays(ANCHOR, DAYS)}T12:00:00Z`, zone: p.timeZone };
    let userHigh = 0;
    for (const metric of Object.keys(METRICS) as (keyof typeof METRICS)[]) {
      const refused =
        LIMITS === 'off'
          ? new Set<string>()
          : blockedDays(daily, metric, { plans, currentPlan: p.plan });
      const told = LIMITS === 'enforced' ? refused : new Set<string>();
      const found = new Map(
        dailyUsageAnomalies(daily, metric, clock, told).anomalies.map((a) => [a.index, a]),
      );
      tally.days += DAYS - refused.size;
      dates.forEach((date, day) => {
        if (refused.has(date)) return;
        const a = found.get(day);
        if (plantedSpike(day)) {
          tally.spikes++;
          if (a?.direction === 'spike') tally.spikesFound++;
          if (a?.direction === 'spike' && a.severity === 'high') tally.spikesHigh++;
        } else if (plantedDip(day)) {
          tally.dips++;
          if (a?.direction === 'dip') tally.dipsFound++;
          if (a?.direction === 'dip' && a.severity === 'high') tally.dipsHigh++;
        } else if (a) {
          other.flags++;
          if (a.severity === 'high') {
            other.high++;
            userHigh++;
            if (a.direction === 'spike') other.highSpikes++;
          }
        }
      });
    }
    perUserHigh.push(userHigh);
  }
}

const perYear = (k: number) => ((k * 365) / tally.days).toFixed(2);
console.log(
  `| measure (${DETAILED_USERS} users x 2 metrics x ${DAYS} days x ${ANCHORS.length} start days, hard limits ${LIMITS}) | value |`,
);
console.log('|---|---|');
console.log(
  `| planted bursts flagged as spikes (of which high) | ${tally.spikesFound} (${tally.spikesHigh}) / ${tally.spikes} |`,
);
console.log(
  `| planted outages flagged as dips (of which high) | ${tally.dipsFound} (${tally.dipsHigh}) / ${tally.dips} |`,
);
console.log(`| other days flagged, per metric-year | ${perYear(other.flags)} |`);
console.log(
  `| other days marked high, per metric-year (high spikes: messages) | ${perYear(other.high)} (${perYear(other.highSpikes)}) |`,
);
console.log(
  `| user histories with any unplanted high day | ${perUserHigh.filter((x) => x > 0).length} / ${perUserHigh.length} |`,
);
