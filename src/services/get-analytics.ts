import {
  adviceReason,
  localizeEfficiency,
  localizeInsights,
  localizeSuggestions,
  type UsageAnalysis,
} from '../analytics/index.js';
import { wordsFor } from '../domain/i18n/index.js';
import { languageOf } from '../domain/i18n/locale.js';
import { localizeReason } from '../domain/i18n/reasons.js';
import type { Call } from './context.js';
import { getAnalysis } from './get-analysis.js';
import { getHistory } from './get-history.js';
import { getPeers } from './get-peers.js';
import { JsonText } from './json-text.js';
import type { AnalyticsQuery, AnalyticsView } from '../contracts/analytics.js';

// Views that depend on the analysis alone are serialised once per analysis: the cached analysis
// object is replaced when the data version changes, which drops these strings with it.
const views = new WeakMap<UsageAnalysis, Map<string, JsonText>>();

function serialized(a: UsageAnalysis, key: string, build: () => object): JsonText {
  let m = views.get(a);
  if (!m) views.set(a, (m = new Map()));
  let v = m.get(key);
  if (!v) m.set(key, (v = new JsonText(JSON.stringify(build()))));
  return v;
}

const inRange = (r: { from: string; to: string }, from: string, to: string) =>
  r.to >= from && r.from <= to;

/** One view of the caller's analysis: trends over the range, patterns, predictions, comparisons, peers or anomalies. */
export async function getAnalytics({
  ctx,
  input,
}: Call<{ userId: string; query: AnalyticsQuery }>): Promise<AnalyticsView | JsonText> {
  const { query, userId } = input;
  if (query.type === 'peers') {
    const p = await getPeers({ ctx, input: { userId } });
    const w = wordsFor(query.lang);
    // Why a comparison is missing, in the reader's words.
    const metrics = p.metrics.map((m) =>
      m.comparison.available
        ? m
        : { ...m, comparison: { ...m.comparison, reason: localizeReason(m.comparison.reason, w) } },
    );
    return { type: 'peers', ...p, metrics };
  }
  const a: UsageAnalysis = await getAnalysis({ ctx, input: { userId, tz: query.tz } });
  const base = { today: a.today, zone: a.zone, plan: a.plan };
  switch (query.type) {
    case 'trends': {
      const h = await getHistory({ ctx, input: { userId, query } });
      return {
        type: 'trends',
        ...base,
        period: h.period,
        totals: h.totals,
        previousTotals: h.previousTotals,
        change: h.change,
        trend: h.trend,
        weekly: a.patterns.map((p) => ({ metric: p.metric, weeks: p.weekly })),
        monthly: a.patterns.map((p) => ({ metric: p.metric, months: p.monthly })),
      };
    }
    case 'patterns':
      return serialized(a, 'patterns', () => ({ type: 'patterns', ...base, patterns: a.patterns }));
    case 'predictions':
      return serialized(a, `predictions|${languageOf(query.lang) ?? 'en'}`, () => ({
        type: 'predictions',
        ...base,
        forecast: {
          ...a.forecast,
          metrics: a.forecast.metrics.map((f) =>
            f.available ? f : { ...f, reason: localizeReason(f.reason, wordsFor(query.lang)) },
          ),
        },
        advice: { ...a.advice, reason: adviceReason(a.advice, wordsFor(query.lang)) },
        suggestions: localizeSuggestions(a.suggestions, query.lang),
        // The components' details, the formula or the reason a score is missing, in the reader's words.
        efficiency: localizeEfficiency(a.efficiency, query.lang),
      }));
    case 'comparisons':
      return serialized(a, 'comparisons', () => ({
        type: 'comparisons',
        ...base,
        ...a.comparisons,
      }));
    case 'anomalies': {
      const h = await getHistory({ ctx, input: { userId, query } });
      return {
        type: 'anomalies',
        ...base,
        period: h.period,
        anomalies: a.anomalies.map((m) => ({
          ...m,
          anomalies: m.anomalies.filter((x) => {
            const d = String(x.time ?? '').slice(0, 10);
            return inRange({ from: d, to: d }, h.period.from, h.period.to);
          }),
        })),
      };
    }
  }
}

/** The caller's ranked insights, each with its evidence and the range a chart should show. */
export async function getInsights({
  ctx,
  input,
}: Call<{ userId: string; tz?: string; lang?: string }>) {
  const a = await getAnalysis({ ctx, input: { userId: input.userId, tz: input.tz } });
  return { today: a.today, zone: a.zone, insights: localizeInsights(a.insights, input.lang) };
}
