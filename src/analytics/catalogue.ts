// Looking plans up in the catalogue the caller passes in.
import type { Plan } from '../domain/plans.js';
import { AnalyticsInputError } from './errors.js';

/** Returns the current plan by name, or throws: a forecast against an unknown plan is a caller bug. */
export function findPlan(plans: readonly Plan[], name: string): Plan {
  const plan = plans.find((p) => p.name === name);
  if (!plan) throw new AnalyticsInputError(`unknown plan: ${name}`);
  return plan;
}

/** Returns the display name of the plan named `name` ("pro" -> "Pro"); the name itself when the catalogue lacks it. */
export function planDisplayName(
  plans: readonly Pick<Plan, 'name' | 'displayName'>[],
  name: string,
): string {
  // Sentences name a plan as its customers know it; the id is only a key.
  return plans.find((p) => p.name === name)?.displayName ?? name;
}
