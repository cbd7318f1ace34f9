// The plan advice of GET /api/usage/analytics?type=predictions in one paragraph of words.
import { formatUsd } from './analytics-data.js';
import type { PlanAdvice } from './analytics-types.js';

type Advice = Extract<PlanAdvice, { available: true }>;

/** The plan advice in words: contract plans have no price to quote, reasons read as sentences. */
export function planSummary(a: Advice): string {
  const name = (id: string | null) => a.plans.find((p) => p.plan === id)?.displayName ?? id ?? '';
  const cur = a.plans.find((p) => p.plan === a.currentPlan);
  const parts = [
    cur?.expectedCostUsd === null || cur?.expectedCostUsd === undefined
      ? `You are on ${name(a.currentPlan)}, a contract plan with no list price.`
      : `You are on ${name(a.currentPlan)}, expected to cost ${formatUsd(cur.expectedCostUsd)} for the next 30 days at the forecast usage (the projected bill above is this billing period's).`,
  ];
  if (a.recommended === null) parts.push('No listed plan covers the forecast.');
  else if (a.recommended === a.currentPlan)
    parts.push('Your plan is the best fit for the forecast.');
  else if (a.contactSales)
    parts.push(
      `No listed plan covers the forecast with ${Math.round(a.confidence * 100)}% confidence; ` +
        `${name(a.recommended)}, a contract plan, does: contact sales for its price.`,
    );
  else
    parts.push(`Recommended: ${name(a.recommended)}, the cheapest plan that covers the forecast.`);
  if (a.savingUsd !== null && a.recommended !== a.currentPlan) {
    parts.push(
      a.savingUsd >= 0
        ? `Expected saving ${formatUsd(a.savingUsd)} over the next 30 days.`
        : `Covering the forecast costs ${formatUsd(-a.savingUsd)} more over the next 30 days.`,
    );
  }
  return parts.join(' ');
}
