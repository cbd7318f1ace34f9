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
    const berlinHour = (d: Date) =>
      Number(
        d.toLocaleString('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hour12: false }),
      );
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
});
