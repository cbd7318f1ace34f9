// Insights from the anomaly detector: the recent unusual days worth a line on the first screen.
// They only restate results that carry their own evidence.
import { EN_WORDS, type Words } from '../../domain/i18n/words.js';
import { refusedNote } from '../anomalies/usage.js';
import { addDays, todayOf } from '../time.js';
import type { Clock, Insight, InsightSeverity, MetricAnomalies } from '../types.js';

/** Anomalies older than this are history, not news. */
const RECENT_DAYS = 14;
const MAX_ANOMALY_INSIGHTS = 3;

/** Recent unusual days, strongest first, at most three. */
export function anomalyInsights(
  anomalies: readonly MetricAnomalies[],
  clock: Clock,
  w: Words = EN_WORDS,
): Insight[] {
  const since = addDays(todayOf(clock), -RECENT_DAYS);
  const recent = anomalies
    // A note is a caveat (a gauge's daily change, too little history); refused days are not one.
    .filter(
      (a) => a.granularity === 'day' && (!a.note || a.note === refusedNote(a.refusedDays ?? 0)),
    )
    .flatMap((a) => a.anomalies.map((x) => ({ metric: a.metric, ...x })))
    .filter((x) => typeof x.time === 'string' && x.time >= since)
    .sort(
      (a, b) =>
        Math.abs(b.score) - Math.abs(a.score) || String(a.time).localeCompare(String(b.time)),
    );
  return recent.slice(0, MAX_ANOMALY_INSIGHTS).map((x) => {
    const date = x.time as string;
    const severity: InsightSeverity = x.severity === 'high' ? 'warning' : 'info';
    return {
      id: `anomaly:${x.metric}:${date}`,
      type: 'anomaly',
      severity,
      title: w.t(
        x.direction === 'spike'
          ? 'insightText.anomaly.spikeTitle'
          : 'insightText.anomaly.dropTitle',
        {
          metric: w.label(x.metric),
        },
      ),
      message: w.t('insightText.anomaly.message', {
        date: w.day(date),
        value: w.qty(x.value, x.metric),
        expected: w.amount(x.expected, x.metric),
        count: x.metric === 'storage_mb' ? 1 : 2,
        lower: w.amount(x.lower, x.metric),
        upper: w.amount(x.upper, x.metric),
      }),
      suggestion: w.t(
        x.direction === 'spike'
          ? 'insightText.anomaly.spikeSuggestion'
          : 'insightText.anomaly.dropSuggestion',
      ),
      evidence: {
        metric: x.metric,
        date,
        value: x.value,
        expected: x.expected,
        lower: x.lower,
        upper: x.upper,
        score: x.score,
      },
      range: { from: addDays(date, -14), to: addDays(date, 7) },
    };
  });
}
