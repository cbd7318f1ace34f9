import { describe, expect, it } from 'vitest';
import { generateDemoEvents } from './generate.js';
import { demoProfiles } from './profiles.js';

const limits = {
  sessions: 1000,
  audio_minutes: 3000,
  transcriptions: 1000,
  exports: 250,
  storage_mb: 25000,
};
const end = Date.parse('2026-11-28T12:00:00Z');

describe('demo data', () => {
  const [p] = demoProfiles(1);

  it('reproduces the same events when topped up later from any day', () => {
    const all = generateDemoEvents(p!, limits, '2025-10-01', '2025-10-01', end, 7);
    const tail = generateDemoEvents(p!, limits, '2025-10-01', '2026-11-20', end, 7);
    const byId = new Map(all.map((e) => [e.id, e]));
    expect(tail.length).toBeGreaterThan(100);
    for (const e of tail) expect(byId.get(e.id)).toEqual(e);
  });

  it('has a weekday rhythm, business hours and a summer dip', () => {
    const events = generateDemoEvents(p!, limits, '2025-10-01', '2025-10-01', end, 7).filter(
      (e) => e.type === 'session.created',
    );
    const sum = (f: (d: Date) => boolean) =>
      events.filter((e) => f(new Date(e.occurredAt))).reduce((s, e) => s + e.value, 0);
    const hourFormat = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      hour: '2-digit',
      hour12: false,
    });
    const berlinHour = (d: Date) => Number(hourFormat.format(d));
    expect(sum((d) => d.getUTCDay() === 3)).toBeGreaterThan(2 * sum((d) => d.getUTCDay() === 0));
    expect(sum((d) => berlinHour(d) === 10)).toBeGreaterThan(5 * sum((d) => berlinHour(d) === 3));
    const month = (m: number) => sum((d) => d.getUTCFullYear() === 2026 && d.getUTCMonth() === m);
    expect(month(7)).toBeLessThan(0.85 * month(5));
  });

  it('gives every plan and several zones, demo-01 on course past a limit and demo-05 barely using its plan', () => {
    const ps = demoProfiles(25);
    expect(new Set(ps.map((x) => x.plan))).toEqual(
      new Set(['free', 'starter', 'pro', 'business', 'enterprise']),
    );
    expect(new Set(ps.map((x) => x.timeZone)).size).toBeGreaterThanOrEqual(5);
    const nov = (id: string) =>
      generateDemoEvents(
        ps.find((x) => x.userId === id)!,
        limits,
        '2025-10-01',
        '2026-11-01',
        Date.parse('2026-12-01T00:00:00Z'),
        7,
      )
        .filter((e) => e.type === 'audio.processed')
        .reduce((s, e) => s + e.value, 0);
    expect(nov('demo-01')).toBeGreaterThan(3000);
    expect(nov('demo-05')).toBeLessThan(0.2 * 3000);
  });

  it('spreads a user over several clients with different shares', () => {
    const byClient = new Map<string, number>();
    for (const e of generateDemoEvents(p!, limits, '2025-10-01', '2026-10-01', end, 7))
      if (e.type === 'api.call')
        byClient.set(e.clientId!, (byClient.get(e.clientId!) ?? 0) + e.value);
    const shares = [...byClient.values()].sort((a, b) => b - a);
    expect(shares.length).toBeGreaterThanOrEqual(2);
    expect(shares[0]!).toBeGreaterThan(1.5 * shares[1]!);
    expect([...byClient.keys()]).toContain('web-app');
  });
});

describe('demo data under a blocking limit', () => {
  const [p] = demoProfiles(1);
  const busy = { ...p!, utilization: 1.4 };
  const blocking = new Set(['sessions', 'transcriptions', 'exports'] as const);
  // One formatter: a new one per event made the test take a minute.
  const dayFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: busy.timeZone });
  const localDay = (iso: string) => dayFormat.format(new Date(iso));
  const monthSums = (events: ReturnType<typeof generateDemoEvents>, type: string) => {
    const sums = new Map<string, number>();
    for (const e of events.filter((x) => x.type === type)) {
      const month = localDay(e.occurredAt).slice(0, 7);
      sums.set(month, (sums.get(month) ?? 0) + e.value);
    }
    return sums;
  };

  it('stops each blocked metric at its limit in every local month, and audio with the sessions', () => {
    const events = generateDemoEvents(busy, limits, '2025-10-01', '2025-10-01', end, 7, blocking);
    const sessions = monthSums(events, 'session.created');
    expect(Math.max(...sessions.values())).toBe(limits.sessions);
    for (const v of monthSums(events, 'transcription.completed').values())
      expect(v).toBeLessThanOrEqual(limits.transcriptions);
    // Without blocking the same user would have passed the limit.
    const free = monthSums(
      generateDemoEvents(busy, limits, '2025-10-01', '2025-10-01', end, 7),
      'session.created',
    );
    expect(Math.max(...free.values())).toBeGreaterThan(limits.sessions);
  });

  it('reproduces the same events when topped up in the middle of a blocked month', () => {
    const all = generateDemoEvents(busy, limits, '2025-10-01', '2025-10-01', end, 7, blocking);
    for (const from of ['2026-11-05', '2026-11-20']) {
      const tail = generateDemoEvents(busy, limits, '2025-10-01', from, end, 7, blocking);
      expect(tail.length).toBeGreaterThan(0);
      expect(tail).toEqual(all.filter((e) => localDay(e.occurredAt) >= from));
    }
  });
});
