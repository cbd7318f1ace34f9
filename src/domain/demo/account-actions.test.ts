import { describe, expect, it } from 'vitest';
import type { Plan } from '../plans.js';
import { demoAccountActions, nextPlanUp } from './account-actions.js';
import { demoProfiles } from './profiles.js';
import { demoTelemetry } from './telemetry.js';

const plan = (name: string, priceUsd: number | null): Plan => ({
  name,
  displayName: name,
  priceUsd,
  limits: {},
  overage: {},
  sortOrder: 0,
});
const CATALOGUE = [
  plan('business', 199),
  plan('free', 0),
  plan('enterprise', null),
  plan('pro', 49),
  plan('starter', 19),
];
const NOW = Date.parse('2026-11-30T12:00:00Z');

describe('demo account actions', () => {
  it('moves up one plan by price, never into contract pricing', () => {
    expect(nextPlanUp(CATALOGUE, 'free')?.name).toBe('starter');
    expect(nextPlanUp(CATALOGUE, 'pro')?.name).toBe('business');
    expect(nextPlanUp(CATALOGUE, 'business')).toBeNull();
    expect(nextPlanUp(CATALOGUE, 'enterprise')).toBeNull();
    expect(nextPlanUp(CATALOGUE, 'unknown')).toBeNull();
  });

  it('upgrades only after a plan comparison, before now, and leaves the first ten users alone', () => {
    const profiles = demoProfiles();
    const sessions = demoTelemetry(
      profiles.map((p) => p.userId),
      NOW,
    );
    const a = demoAccountActions(sessions, profiles, CATALOGUE, NOW);
    expect(a.upgrades.length).toBeGreaterThan(0);
    expect(a.subscriptions.length).toBeGreaterThan(10);
    const first = new Set(profiles.slice(0, 10).map((p) => p.userId));
    for (const x of [...a.upgrades, ...a.subscriptions]) expect(first.has(x.userId)).toBe(false);
    for (const u of a.upgrades) {
      const compared = sessions
        .filter((s) => s.userId === u.userId)
        .flatMap((s) => s.events)
        .filter((e) => e.name === 'plan.compare')
        .map((e) => Date.parse(e.at!));
      expect(compared.some((c) => c < u.at && u.at - c <= 6 * 86_400_000)).toBe(true);
      expect(u.at).toBeLessThan(NOW);
      const was = profiles.find((p) => p.userId === u.userId)!.plan;
      expect(u.plan).toBe(nextPlanUp(CATALOGUE, was)!.name);
    }
    // Deterministic: the same month gives the same actions.
    expect(demoAccountActions(sessions, profiles, CATALOGUE, NOW)).toEqual(a);
  });
});
