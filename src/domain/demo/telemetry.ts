// A month of simulated dashboard use for the demo, deterministic per user: who opens the
// dashboard how often, for how long, what they look at and do, and how fast it felt; plus the
// platform's per-minute health samples (hourly here). Pure: the caller passes "now".
import { seededNormal, seededUniform } from '../rng.js';
import type { TelemetryEvent, TelemetrySection } from '../telemetry.js';

const DAY = 86_400_000;
const SECTIONS: TelemetrySection[] = [
  'over-time',
  'monthly',
  'stacked',
  'utilization',
  'plan',
  'forecast',
  'insights',
  'peers',
  'calendar',
];
const PERIODS = ['7d', '30d', '3m', '12m', 'this_month', 'last_month'];
const ENDPOINTS = ['history', 'current', 'analytics', 'insights'];

export interface DemoSession {
  userId: string;
  sessionId: string;
  events: TelemetryEvent[];
}

/** Sessions of the 30 days before `now` for the given users; about three quarters use the dashboard. */
export function demoTelemetry(userIds: string[], now: number): DemoSession[] {
  const out: DemoSession[] = [];
  userIds.forEach((userId, i) => {
    const u = seededUniform(7000 + i);
    const n = seededNormal(9000 + i);
    if (u() < 0.25) return; // never opened it this month
    const sessions = 1 + Math.floor(u() * 8);
    const exporter = u() < 0.35;
    const comparer = u() < 0.3;
    for (let s = 0; s < sessions; s++) {
      const start = now - DAY * (1 + u() * 29) + u() * 3_600_000;
      const visible = Math.min(3_600_000, Math.max(20_000, Math.exp(12.0 + 0.8 * n())));
      const at = (ms: number) => new Date(start + ms).toISOString();
      const events: TelemetryEvent[] = [
        { name: 'page.view', at: at(0) },
        { name: 'perf.first_chart', at: at(500), value: Math.round(Math.exp(6.4 + 0.45 * n())) },
      ];
      for (const e of ENDPOINTS)
        events.push({
          name: 'perf.api',
          at: at(300),
          detail: e,
          value: Math.round(Math.exp(4.3 + 0.6 * n())),
        });
      const seen = 2 + Math.floor(u() * (SECTIONS.length - 2));
      for (const section of SECTIONS.slice(0, seen))
        events.push({ name: 'section.view', at: at(2000), section });
      if (u() < 0.6)
        events.push({
          name: 'range.change',
          at: at(30_000),
          detail: PERIODS[Math.floor(u() * PERIODS.length)]!,
        });
      if (u() < 0.5)
        events.push({
          name: 'chart.interaction',
          at: at(40_000),
          section: SECTIONS[Math.floor(u() * 4)]!,
        });
      if (exporter && s === 0)
        events.push({ name: 'export', at: at(60_000), detail: u() < 0.7 ? 'csv' : 'pdf' });
      if (comparer && s === 0) events.push({ name: 'plan.compare', at: at(70_000) });
      events.push({ name: 'page.visible', at: at(visible), value: Math.round(visible) });
      out.push({ userId, sessionId: `demo${i}s${s}`, events });
    }
  });
  return out;
}

export interface DemoOpsSample {
  at: string;
  events: number;
  rollupLagS: number;
  cacheHits: number;
  cacheMisses: number;
}

/** Hourly health samples for the 30 days before `now`: a daily rhythm of events, lag in seconds, cache use. */
export function demoOpsSamples(now: number): DemoOpsSample[] {
  const u = seededUniform(4242);
  const start = Math.floor((now - 30 * DAY) / 3_600_000) * 3_600_000;
  const out: DemoOpsSample[] = [];
  for (let t = start; t < now - 3_600_000; t += 3_600_000) {
    const hour = new Date(t).getUTCHours();
    const busy = 0.5 + 0.5 * Math.sin(((hour - 8) / 24) * 2 * Math.PI);
    const hits = Math.round(200 + 600 * busy * u());
    out.push({
      at: new Date(t).toISOString(),
      events: Math.round(40 + 160 * busy + 20 * u()),
      rollupLagS: Math.round(2 + 20 * u() + (u() < 0.03 ? 900 : 0)),
      cacheHits: hits,
      cacheMisses: Math.round(hits * (0.08 + 0.12 * u())),
    });
  }
  return out;
}
