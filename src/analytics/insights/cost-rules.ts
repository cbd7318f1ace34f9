// Cost suggestions restated as insights, in the reader's words.
import { EN_WORDS, type Words } from '../../domain/i18n/words.js';
import type { Insight, PlanAdvice, Suggestion } from '../types.js';

/** Cost suggestions restated as insights; blocking risks are warnings. */
export function costInsights(
  suggestions: readonly Suggestion[],
  advice: PlanAdvice | undefined,
  w: Words = EN_WORDS,
): Insight[] {
  if (!advice?.available) return [];
  return suggestions.map((s) => ({
    id: `cost:${s.type}`,
    type: 'cost',
    severity: s.type === 'avoid-block' ? 'warning' : 'info',
    title: s.title,
    message: s.message,
    suggestion:
      s.monthlySavingUsd && s.monthlySavingUsd > 0
        ? w.t('insightText.cost.saves', { saving: w.usd(s.monthlySavingUsd) })
        : null,
    evidence: s.evidence,
    range: advice.window,
  }));
}
