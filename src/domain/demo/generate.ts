// Realistic demo usage: weekday and business-hour rhythm, growth, a summer dip, a December peak,
// spikes and an outage, storage that grows and is cleaned up. Deterministic for a seed.
import { DateTime } from 'luxon';
import { instantOfLocal } from '../calendar.js';
import { addDays } from '../dates.js';
import type { PlanLimits } from '../plans.js';
import { seededUniform } from '../rng.js';
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

/**
 * Events for one demo user on the local days from fromDate until endMs. Every day depends only on
 * its distance from anchorDate, so topping the demo up later reproduces the same events and ids.
 */
export function generateDemoEvents(
  p: DemoProfile,
  limits: PlanLimits,
  anchorDate: string,
  fromDate: string,
  endMs: number,
  seed: number,
): DemoEvent[] {
  const out: DemoEvent[] = [];
  const zone = p.timeZone;
  const anchor = DateTime.fromISO(anchorDate, { zone });
  const firstDay = Math.max(
    0,
    Math.round(DateTime.fromISO(fromDate, { zone }).diff(anchor, 'days').days),
  );
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
      const sessions = Math.round(monthly('sessions', 3000) * share + rand() - 0.5);
      if (sessions <= 0) continue;
      const iso = at.iso;
      const client = `client-${1 + Math.floor(rand() * p.clients)}`;
      const id = (t: string) => `${p.userId}-${tag}${String(h).padStart(2, '0')}-${t}`;
      const push = (t: string, type: string, value: number, clientId?: string) =>
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
      push(
        'a',
        'audio.processed',
        Math.round(monthly('audio_minutes', 15000) * share * (0.8 + rand() * 0.4) * 100) / 100,
        client,
      );
      push('t', 'transcription.completed', Math.round(sessions * p.transcribeShare + rand() - 0.5));
      push(
        'x',
        'export.generated',
        Math.round(monthly('exports', 800) * share * p.exportShare * 8 + rand() - 0.6),
      );
      push('k', 'api.call', Math.round(sessions * (20 + rand() * 10)), client);
      peakSessions = Math.max(peakSessions, sessions);
    }
    // One concurrency reading a day keeps the demo small; the gauge's rollup is a max either way.
    const noon = isoAt(date, 14, 0, zone);
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
