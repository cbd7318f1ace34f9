// Insights in German: an analysis carries every language's wording, a reader's copy has its own
// and never the `texts` of the others.
import { describe, expect, it } from 'vitest';
import { analyzeUsage } from '../analyze.js';
import { PLANS } from '../testing/plans.js';
import { dailySeries, noise } from '../testing/series.js';
import { wordsFor } from '../../domain/i18n/index.js';
import { adviceReason } from '../advice/plan-advice.js';
import { localizeEfficiency, localizeInsights, localizeSuggestions } from './languages.js';

const clock = { now: '2025-03-12T15:00:00Z', zone: 'UTC' };
const r = noise(11);
const daily = dailySeries('2024-11-13', 120, (i, date) => {
  const weekend = [5, 6].includes((i + 2) % 7);
  const growth = date >= '2025-02-12' ? 1.6 : 1;
  let sessions = Math.max(0, Math.round((weekend ? 2 : 12) * growth + 2 * r()));
  if (date === '2025-03-07') sessions = 60;
  return {
    sessions,
    transcriptions: Math.round(sessions * 0.3),
    audio_minutes: sessions * 20,
    exports: 0,
    storage_mb: 1000 + 25 * i,
  };
});

describe('insights in other languages', () => {
  const a = analyzeUsage({ daily, plans: PLANS, currentPlan: 'starter', ...clock }, { seed: 1 });

  it('reads German to a German reader and English to everyone else', () => {
    const de = localizeInsights(a.insights, 'de-AT');
    const en = localizeInsights(a.insights, 'fr');
    expect(de.map((i) => i.id)).toEqual(a.insights.map((i) => i.id));
    const storage = de.find((i) => i.id === 'best-practice:storage-growth')!;
    expect(storage.title).toBe('Speicher wächst schnell');
    expect(storage.message).toMatch(/^Der Speicher ist in 30 Tagen um [\d,]+ % gewachsen, von/);
    const burst = de.find((i) => i.id.startsWith('anomaly:sessions'))!;
    expect(burst.title).toBe('Ungewöhnlicher Anstieg bei Sitzungen');
    expect(burst.message).toContain('60 Sitzungen');
    for (const i of [...de, ...en]) expect(i).not.toHaveProperty('texts');
    expect(en.map(({ title, message }) => ({ title, message }))).toEqual(
      a.insights.map(({ title, message }) => ({ title, message })),
    );
    expect(localizeSuggestions(a.suggestions, 'de')).toHaveLength(a.suggestions.length);
  });

  it('gives the plan advice its reason in either language', () => {
    expect(adviceReason(a.advice)).toBe(a.advice.reason);
    expect(adviceReason(a.advice, wordsFor('de'))).toMatch(/Tarif/);
  });

  it("writes the efficiency score's details and formula for the reader", () => {
    if (!a.efficiency.available) throw new Error(a.efficiency.reason);
    const en = localizeEfficiency(a.efficiency, 'en-GB');
    const de = localizeEfficiency(a.efficiency, 'de');
    if (!en.available || !de.available) throw new Error('score unavailable');
    expect(en).not.toHaveProperty('texts');
    expect(de).not.toHaveProperty('texts');
    // English exactly as the score always wrote it.
    expect(en.components.map((c) => c.detail)).toEqual(
      a.efficiency.components.map((c) => c.detail),
    );
    expect(en.components[0]!.detail).toMatch(/^February 2025: \w[\w ]* at [\d.]+% of the limit$/);
    expect(en.formula).toMatch(/^score = 100 x/);
    // German: the same numbers in German words, nothing English left.
    expect(de.score).toBe(en.score);
    expect(de.components[0]!.detail).toMatch(/^Februar 2025: \S+ bei [\d.,]+ % des Limits$/);
    expect(de.components[2]!.detail).toMatch(
      /^[\d.]+ Transkriptionen? bei [\d.]+ Sitzungen? in den/,
    );
    expect(de.formula).toMatch(/^Wert = 100 × /);
    for (const c of de.components)
      expect(c.detail).not.toMatch(/\b(of the|for 30 days|sessions)\b/);
  });

  it('has German for every insight and every suggestion', () => {
    for (const x of [...a.insights, ...a.suggestions]) expect(x.texts?.de?.title).toBeTruthy();
  });
});
