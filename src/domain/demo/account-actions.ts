// What the simulated demo users did with their accounts in the telemetry month: some subscribed to
// an emailed report, and some who opened a plan comparison moved up a plan a few days later (the
// story's proactive upgrade). Only users past the first ten, which the walkthroughs and the
// browser tests use as they are. Pure and deterministic: the caller passes the sessions and "now".
import type { Plan } from '../plans.js';
import { seededUniform } from '../rng.js';
import type { DemoSession } from './telemetry.js';

const DAY = 86_400_000;
/** Users demo-01 .. demo-10 keep their plan and settings: the README and the tests describe them. */
const UNTOUCHED = 10;

export interface DemoUpgrade {
  userId: string;
  plan: string;
  at: number;
}

export interface DemoSubscription {
  userId: string;
  frequency: 'weekly' | 'monthly';
}

/** The next plan up by price with a list price, or null (the top one, or contract pricing). */
export function nextPlanUp(plans: Plan[], current: string): Plan | null {
  const price = plans.find((p) => p.name === current)?.priceUsd;
  if (price === null || price === undefined) return null;
  const up = plans
    .filter((p) => p.priceUsd !== null && p.priceUsd > price)
    .sort((a, b) => a.priceUsd! - b.priceUsd!);
  return up[0] ?? null;
}

/** About half of the users past the first ten subscribe; about half of those who compared plans upgrade 1-6 days later, when that is before `now`. */
export function demoAccountActions(
  sessions: DemoSession[],
  plans: { userId: string; plan: string }[],
  catalogue: Plan[],
  now: number,
): { upgrades: DemoUpgrade[]; subscriptions: DemoSubscription[] } {
  const upgrades: DemoUpgrade[] = [];
  const subscriptions: DemoSubscription[] = [];
  plans.forEach(({ userId, plan }, i) => {
    if (i < UNTOUCHED) return;
    const u = seededUniform(11_000 + i);
    const own = sessions.filter((s) => s.userId === userId);
    if (u() < 0.55) subscriptions.push({ userId, frequency: u() < 0.6 ? 'monthly' : 'weekly' });
    const compared = own
      .flatMap((s) => s.events)
      .find((e) => e.name === 'plan.compare' && e.at !== undefined);
    const up = nextPlanUp(catalogue, plan);
    if (!compared || !up || u() >= 0.5) return;
    const at = Date.parse(compared.at!) + DAY * (1 + u() * 5);
    if (at < now) upgrades.push({ userId, plan: up.name, at: Math.round(at) });
  });
  return { upgrades, subscriptions };
}
