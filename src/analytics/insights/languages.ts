// The insights, cost suggestions and the efficiency score's words in every language. An analysis is computed and cached once
// per data version, whatever language its reader speaks, so it carries each other language's
// wording beside the English (`texts`); a reader's copy is made by `localizeInsights` /
// `localizeSuggestions`, which also drop `texts` so it never reaches the wire.
import { LANGUAGES, languageOf } from '../../domain/i18n/locale.js';
import { wordsFor } from '../../domain/i18n/index.js';
import { efficiencyScore, type EfficiencyInput } from '../advice/efficiency.js';
import { costSuggestions, type SuggestionInput } from '../advice/suggestions.js';
import type { EfficiencyScore, Insight, Suggestion } from '../types.js';
import { buildInsights, type InsightInput } from './build.js';

type Wording<T> = Pick<T, Extract<keyof T, 'title' | 'message' | 'suggestion'>>;

const wording = <T extends Insight | Suggestion>(x: T) =>
  ({
    title: x.title,
    message: x.message,
    ...('suggestion' in x ? { suggestion: x.suggestion } : {}),
  }) as Wording<T>;

/** The suggestions and insights in English, each with the other languages' wording in `texts`. */
export function insightsInEveryLanguage(
  s: SuggestionInput,
  i: Omit<InsightInput, 'suggestions' | 'words'>,
): { suggestions: Suggestion[]; insights: Insight[] } {
  const suggestions = costSuggestions(s);
  const insights = buildInsights({ ...i, suggestions });
  for (const lang of LANGUAGES) {
    if (lang === 'en') continue;
    const words = wordsFor(lang);
    const ls = costSuggestions({ ...s, words });
    const li = buildInsights({ ...i, suggestions: ls, words });
    // Ids and types do not depend on the language: the same finding in both runs.
    for (const x of suggestions) {
      const other = ls.find((y) => y.type === x.type);
      if (other) x.texts = { ...x.texts, [lang]: wording(other) };
    }
    for (const x of insights) {
      const other = li.find((y) => y.id === x.id);
      if (other) x.texts = { ...x.texts, [lang]: wording(other) };
    }
  }
  return { suggestions, insights };
}

function localize<T extends Insight | Suggestion>(list: readonly T[], tag?: string | null): T[] {
  const lang = languageOf(tag);
  return list.map(({ texts, ...x }) => {
    const t = lang && lang !== 'en' ? texts?.[lang] : undefined;
    return { ...x, ...(t ?? {}) } as T;
  });
}

/** Insights as a reader of `tag` reads them (unsupported or absent: English), without `texts`. */
export function localizeInsights(list: readonly Insight[], tag?: string | null): Insight[] {
  return localize(list, tag);
}

/** Cost suggestions as a reader of `tag` reads them, without `texts`. */
export function localizeSuggestions(
  list: readonly Suggestion[],
  tag?: string | null,
): Suggestion[] {
  return localize(list, tag);
}

/** The efficiency score in English, with the other languages' details and formula in `texts`. */
export function efficiencyInEveryLanguage(input: Omit<EfficiencyInput, 'words'>): EfficiencyScore {
  const e = efficiencyScore(input);
  if (!e.available) return e;
  for (const lang of LANGUAGES) {
    if (lang === 'en') continue;
    const other = efficiencyScore({ ...input, words: wordsFor(lang) });
    if (!other.available) continue;
    e.texts = {
      ...e.texts,
      [lang]: { details: other.components.map((c) => c.detail), formula: other.formula },
    };
  }
  return e;
}

/** The efficiency score as a reader of `tag` reads it (unavailable: its reason), without `texts`. */
export function localizeEfficiency(e: EfficiencyScore, tag?: string | null): EfficiencyScore {
  const w = wordsFor(tag);
  if (!e.available) return { ...e, reason: w.t('advice.noScore') };
  const { texts, ...rest } = e;
  const t = w.lang !== 'en' ? texts?.[w.lang] : undefined;
  if (!t) return rest;
  return {
    ...rest,
    components: rest.components.map((c, i) => ({ ...c, detail: t.details[i] ?? c.detail })),
    formula: t.formula,
  };
}
