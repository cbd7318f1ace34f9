// Realistic demo usage: weekday and business-hour rhythm, growth, a summer dip, a December peak,
// spikes and an outage, storage that grows and is cleaned up. Deterministic for a seed.
import { DateTime } from 'luxon';
import { instantOfLocal } from '../calendar.js';
import { addDays } from '../dates.js';
import type { Metric } from '../metrics.js';
import type { PlanLimits } from '../plans.js';
import { seededUniform } from '../rng.js';
import { pickDemoClient } from './clients.js';
import type { DemoProfile } from './profiles.js';

export interface DemoEvent {
  id: string;
  userId: string;
  type: string;
  occurredAt: string;
  value: number;
  clientId?: string;
}

// Share of a working day's usage in each local hour: business hours, a lunch dip, a little at night.
const HOURS = [
  0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.4, 1, 2.5, 4, 5, 4.5, 3, 4, 4.8, 4.6, 3.5, 2.2, 1.2, 0.8, 0.6,
  0.5, 0.4, 0.3,
];
const HOUR_SUM = HOURS.reduce((s, x) => s + x, 0);
const ALL_HOURS = HOURS.map((_, h) => h);
const HISTORY_DAYS = 396;
const WEEKDAY = [0, 1.1, 1.15, 1.1, 1.05, 0.95, 0.3, 0.2]; // index = ISO weekday

function seasonal(month: number, dayOfMonth: number): number {
  if (month === 7 || month === 8) return 0.72;
  if (month === 12) return dayOfMonth <= 20 ? 1.35 : 0.45;
  return 1;
}

// Wall-clock instants come from cached zone offsets: half a million Luxon objects were a tenth
// of the first start.
const isoAt = (date: string, hour: number, minute: number, zone: string) => {
  const t = instantOfLocal(date, hour, minute, zone);
  return t === null ? null : { t, iso: new Date(t).toISOString() };
};

// What a blocking limit leaves of the local month: the platform refuses usage past it, so the
// demo must not show 1,132 sessions on a plan that stops at 1,000.
class MonthAllowance {
  #month = '';
  #used = new Map<Metric, number>();
  constructor(private readonly caps: Partial<Record<Metric, number>>) {}
  /** The part of value the platform would have let through in the month of date. */
  take(date: string, metric: Metric, value: number): number {
    const month = date.slice(0, 7);
    if (month !== this.#month) [this.#month, this.#used] = [month, new Map()];
    const cap = this.caps[metric];
    if (cap === undefined) return value;
    const used = this.#used.get(metric) ?? 0;
    const allowed = Math.max(0, Math.min(value, cap - used));
    this.#used.set(metric, used + allowed);
    return allowed;
  }
}

/**
 * Events for one demo user on the local days from fromDate until endMs, with usage of a blocking
 * limit (a metric in `blocking`) stopped at the limit each local month. Every day depends only on
 * its distance from anchorDate and on its month so far, so topping the demo up later reproduces
 * the same events and ids.
 */
export function generateDemoEvents(
  p: DemoProfile,
  limits: PlanLimits,
  anchorDate: string,
  fromDate: string,
  endMs: number,
  seed: number,
  blocking: ReadonlySet<Metric> = new Set(),
): DemoEvent[] {
  const out: DemoEvent[] = [];
  const zone = p.timeZone;
  const anchor = DateTime.fromISO(anchorDate, { zone });
  const dayOf = (date: string) =>
    Math.max(0, Math.round(DateTime.fromISO(date, { zone }).diff(anchor, 'days').days));
  const outputFrom = dayOf(fromDate);
  // A month's allowance depends on its earlier days: a top-up walks them again, emitting nothing.
  const firstDay = dayOf(`${fromDate.slice(0, 7)}-01`);
  const caps: Partial<Record<Metric, number>> = {};
  for (const m of blocking) if (typeof limits[m] === 'number') caps[m] = limits[m];
  const allowance = new MonthAllowance(caps);
  const lastDay = Math.ceil(DateTime.fromMillis(endMs, { zone }).diff(anchor, 'days').days);
  const monthly = (m: keyof PlanLimits, fallback: number) =>
    (limits[m] ?? fallback) * p.utilization;
  const baseStorage = (limits.storage_mb ?? 50_000) * p.utilization * 0.45;
  for (let day = firstDay; day < lastDay; day++) {
    const rand = seededUniform(seed * 100_003 + day);
    const date = addDays(anchorDate, day);
    const [month, dayOfMonth] = [Number(date.slice(5, 7)), Number(date.slice(8, 10))];
    const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const trend = 1 + p.growth * (day / HISTORY_DAYS - 0.5);
    let f =
      (trend * WEEKDAY[weekday]! * seasonal(month, dayOfMonth) * (0.85 + rand() * 0.3)) / 21.7;
    if (day % 137 === 120 || day % 173 === 40) f *= 3.5 + rand();
    if (day % 211 === 200) f *= 0.05;
    const tag = date.replaceAll('-', '');
    let peakSessions = 0;
    // Light users (the peer cohorts) get one batch of events a day instead of one an hour.
    for (const h of p.light ? [14] : ALL_HOURS) {
      const at = isoAt(date, h, Math.floor(rand() * 60), zone);
      if (!at || at.t >= endMs) continue;
      const share = p.light ? f : (f * HOURS[h]!) / HOUR_SUM;
      const wanted = Math.round(monthly('sessions', 3000) * share + rand() - 0.5);
      // A session refused by the platform brings no audio, transcription or API calls either.
      const sessions = wanted > 0 ? allowance.take(date, 'sessions', wanted) : 0;
      if (sessions <= 0) continue;
      const iso = at.iso;
      const client = pickDemoClient(p.clients, rand());
      const id = (t: string) => `${p.userId}-${tag}${String(h).padStart(2, '0')}-${t}`;
      const emit = day >= outputFrom;
      const push = (t: string, type: string, value: number, clientId?: string) =>
        emit &&
        value > 0 &&
        out.push({
          id: id(t),
          userId: p.userId,
          type,
          occurredAt: iso,
          value,
          ...(clientId ? { clientId } : {}),
        });
      push('s', 'session.created', sessions, client);
      const audio =
        Math.round(monthly('audio_minutes', 15000) * share * (0.8 + rand() * 0.4) * 100) / 100;
      push('a', 'audio.processed', allowance.take(date, 'audio_minutes', audio), client);
      const transcribed = Math.round(sessions * p.transcribeShare + rand() - 0.5);
      push(
        't',
        'transcription.completed',
        allowance.take(date, 'transcriptions', transcribed),
        client,
      );
      const exported = Math.round(
        monthly('exports', 800) * share * p.exportShare * 8 + rand() - 0.6,
      );
      push('x', 'export.generated', allowance.take(date, 'exports', Math.max(0, exported)), client);
      push('k', 'api.call', Math.round(sessions * (20 + rand() * 10)), client);
      peakSessions = Math.max(peakSessions, sessions);
    }
    // One concurrency reading a day keeps the demo small; the gauge's rollup is a max either way.
    const noon = isoAt(date, 14, 0, zone);
    if (day < outputFrom) continue;
    if (peakSessions > 0 && noon && noon.t < endMs) {
      out.push({
        id: `${p.userId}-${tag}-conc`,
        userId: p.userId,
        type: 'session.concurrency',
        occurredAt: noon.iso,
        value: Math.max(1, Math.round(peakSessions / 3 + rand() * 2)),
      });
    }
    // Storage grows with use and drops back when the user cleans up, about once a quarter.
    const storage = baseStorage * trend * (1 + 0.006 * ((day + 37) % 97)) * (0.99 + rand() * 0.02);
    const evening = isoAt(date, 23, 50, zone);
    if (evening && evening.t < endMs) {
      out.push({
        id: `${p.userId}-${tag}-storage`,
        userId: p.userId,
        type: 'storage.measured',
        occurredAt: evening.iso,
        value: Math.round(storage * 100) / 100,
      });
    }
  }
  return out;
}
