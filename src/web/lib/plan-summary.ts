// The plan advice of GET /api/usage/analytics?type=predictions in one paragraph of words.
import { formatUsd } from './analytics-data.js';
import type { PlanAdvice } from './analytics-types.js';
import { pageT } from './locale.js';

type Advice = Extract<PlanAdvice, { available: true }>;

/** The plan advice in words: contract plans have no price to quote, reasons read as sentences. */
export function planSummary(a: Advice): string {
  const t = pageT();
  const name = (id: string | null) => a.plans.find((p) => p.plan === id)?.displayName ?? id ?? '';
  const cur = a.plans.find((p) => p.plan === a.currentPlan);
  const parts = [
    cur?.expectedCostUsd === null || cur?.expectedCostUsd === undefined
      ? t('planSummary.contract', { plan: name(a.currentPlan) })
      : t('planSummary.onPlan', {
          plan: name(a.currentPlan),
          cost: formatUsd(cur.expectedCostUsd),
        }),
  ];
  if (a.recommended === null) parts.push(t('planSummary.noneCovers'));
  else if (a.recommended === a.currentPlan) parts.push(t('planSummary.bestFit'));
  else if (a.contactSales)
    parts.push(
      t('planSummary.contactSales', {
        pct: Math.round(a.confidence * 100),
        plan: name(a.recommended),
      }),
    );
  else parts.push(t('planSummary.recommended', { plan: name(a.recommended) }));
  if (a.savingUsd !== null && a.recommended !== a.currentPlan) {
    parts.push(
      a.savingUsd >= 0
        ? t('planSummary.saving', { amount: formatUsd(a.savingUsd) })
        : t('planSummary.extra', { amount: formatUsd(-a.savingUsd) }),
    );
  }
  return parts.join(' ');
}
