// What the anomaly notifications would send on the demo: `npx tsx bench/anomaly-demo.ts`.
// The demo generator (src/domain/demo) plants bursts (x3.5-4.5 on days where day % 137 = 120 or
// day % 173 = 40) and outages (x0.05 where day % 211 = 200) on top of weekly rhythm, growth, a summer
// dip, a December peak and a holiday fortnight. For the 25 detailed demo users (13 months of days),
// daily sessions and audio minutes go through the product's dailyUsageAnomalies; a "message" is a
// day marked as a high-severity spike (what the notifications send) or dip. The history starts on
// 7 consecutive days, so that the planted days fall on every day of the week.
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { dailyUsageAnomalies } from '../src/analytics/index.js';
import type { DailyPoint } from '../src/analytics/types.js';
import { addDays } from '../src/domain/dates.js';
import { generateDemoEvents } from '../src/domain/demo/generate.js';
import { DETAILED_USERS, demoProfiles } from '../src/domain/demo/profiles.js';
import type { PlanLimits } from '../src/domain/plans.js';

const ANCHORS = Array.from({ length: 7 }, (_, k) => addDays('2025-10-01', k));
const DAYS = 396;
const METRICS = { sessions: 'session.created', audio_minutes: 'audio.processed' } as const;
const plans = JSON.parse(readFileSync('config/plans.json', 'utf8')) as {
  plans?: { name: string; limits: PlanLimits }[];
};
const limitsOf = (plan: string): PlanLimits =>
  (Array.isArray(plans) ? plans : (plans.plans ?? [])).find(
    (p: { name: string }) => p.name === plan,
  )?.limits ?? {};

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
    const events = generateDemoEvents(p, limitsOf(p.plan), ANCHOR, ANCHOR, endMs, 1000 + i);
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
      const found = new Map(
        dailyUsageAnomalies(daily, metric, clock).anomalies.map((a) => [a.index, a]),
      );
      tally.days += DAYS;
      dates.forEach((_, day) => {
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
  `| measure (${DETAILED_USERS} users x 2 metrics x ${DAYS} days x ${ANCHORS.length} start days) | value |`,
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
