// Sentences name a plan by its display name ("Pro"), never by its id ("pro"), in every language.
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../domain/i18n/index.js';
import { analyzeUsage } from '../analyze.js';
import { PLANS } from '../testing/plans.js';
import { dailySeries } from '../testing/series.js';
import type { PlanAdvice, UtilizationTrend } from '../types.js';
import { buildInsights } from './build.js';

const clock = { now: '2025-03-12T15:00:00Z', zone: 'UTC' };
const utilization: UtilizationTrend = {
  months: [
    {
      month: '2025-02',
      plan: 'pro',
      complete: true,
      pct: { sessions: 12 },
      binding: { metric: 'sessions', pct: 12 },
    },
  ],
  trend: { available: false, reason: 'needs 4 complete periods, has 1' },
};
// Advice that priced no plan: the names come from the catalogue alone.
const advice = {
  available: true,
  currentPlan: 'pro',
  recommended: 'starter',
  contactSales: false,
  reason: '',
  plans: [],
  savingUsd: 30,
  confidence: 0.9,
  window: { from: '2025-03-13', to: '2025-04-11' },
  tentative: false,
} as PlanAdvice;

// " pro " or "pro," etc.: the id as a word of its own, which the display name "Pro" is not.
const ID = /(^|[^\p{L}])(pro|starter)([^\p{L}]|$)/u;

describe('plan names in insights', () => {
  for (const lang of ['en', 'de'] as const) {
    it(`names the plans of the utilization insight by display name (${lang})`, () => {
      const [i] = buildInsights({
        ...clock,
        daily: [],
        plans: PLANS,
        utilization,
        advice,
        words: wordsFor(lang),
      });
      expect(i?.id).toBe('utilization:low:2025-02');
      expect(i?.message).toContain('Pro');
      expect(i?.message).not.toMatch(ID);
      expect(i?.suggestion).toContain('Starter');
      expect(i?.suggestion).not.toMatch(ID);
      // The month as people write it, not "2025-02".
      expect(i?.message).toContain(lang === 'en' ? 'February 2025' : 'Februar 2025');
    });
  }

  it('never writes a plan id in any insight or suggestion of an analysis, English or German', () => {
    // A Pro customer using a sliver of the plan: utilization, downgrade and cost sentences.
    const daily = dailySeries('2024-11-13', 120, (i) => ({
      sessions: 3 + (i % 3),
      transcriptions: 1,
      audio_minutes: 30,
      exports: 0,
      storage_mb: 300,
    }));
    const a = analyzeUsage({ daily, plans: PLANS, currentPlan: 'pro', ...clock }, { seed: 1 });
    const texts = [...a.insights, ...a.suggestions].flatMap((x) => [
      x.title,
      x.message,
      'suggestion' in x ? x.suggestion : null,
      ...Object.values(x.texts ?? {}).flatMap((t) => Object.values(t ?? {})),
    ]);
    expect(texts.some((t) => typeof t === 'string' && /Pro|Starter|Free/.test(t))).toBe(true);
    for (const t of texts) if (typeof t === 'string') expect(t).not.toMatch(ID);
  });
});
