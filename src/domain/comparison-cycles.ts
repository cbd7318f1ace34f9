// The seasonal and weekly comparison views in words (issue 17 §3): seasonal variation by month of
// year, and the weekly trend with the last complete week against the one before.
import { signedPct, since, trendWord, type Trend, type Unavailable } from './comparison-words.js';
import { EN_WORDS, type Words } from './i18n/words.js';
import type { Metric } from './metrics.js';
import { localizeReason } from './i18n/reasons.js';
import { MIN_CHANGE_BASE } from './quantity.js';

type Seasonal =
  | {
      available: true;
      months: readonly { month: number; label: string; index: number }[];
      monthsOfHistory: number;
      peakMonth: number;
      lowMonth: number;
    }
  | Unavailable;

/** "Sessions by month of year (13 months of history): busiest December, 18% above a typical month; quietest August, 12% below." */
export function seasonalText(
  metric: Metric,
  s: Seasonal,
  historyStart: string | null,
  w: Words = EN_WORDS,
): string {
  const label = w.Label(metric);
  if (!s.available) {
    const n = /there are (\d+)/.exec(s.reason)?.[1];
    if (n !== undefined)
      return w.t('comparisons.seasonal.short', {
        label,
        count: Number(n),
        since: since(historyStart, w),
      });
    // The analyses' reasons are English: the known one has its own words, any other is rewritten
    // in the reader's (domain/i18n/reasons.ts).
    return /close to zero/.test(s.reason)
      ? w.t('comparisons.seasonal.nearZero', { label })
      : w.t('comparisons.seasonal.none', { label, reason: localizeReason(s.reason, w) });
  }
  const peak = s.months.find((m) => m.month === s.peakMonth)!;
  const low = s.months.find((m) => m.month === s.lowMonth)!;
  const pct = (i: number) => Math.round(Math.abs(i - 1) * 100);
  const name = (m: { month: number; label: string }) =>
    w.lang === 'en' ? m.label : w.monthName(m.month);
  return w.t('comparisons.seasonal.text', {
    label,
    months: s.monthsOfHistory,
    peak: name(peak),
    up: pct(peak.index),
    low: name(low),
    down: pct(low.index),
  });
}

interface Week {
  week: string;
  start: string;
  end: string;
  value: number;
  complete: boolean;
}

/** The weekly trend over complete weeks and the last complete week against the one before. */
export function weeklyText(
  metric: Metric,
  v: { weeks: readonly Week[]; trend: Trend },
  w: Words = EN_WORDS,
): string {
  const t = w.t;
  const complete = v.weeks.filter((x) => x.complete);
  const last = complete.at(-1);
  const before = complete.at(-2);
  const parts: string[] = [];
  if (v.trend.available)
    parts.push(
      t('comparisons.weekly.trend', {
        trend: trendWord(v.trend, w),
        periods: v.trend.periods,
        pct: signedPct(v.trend.changePctPerPeriod, w),
      }),
    );
  else parts.push(t('comparisons.weekly.noTrend'));
  if (last) {
    const change =
      !before || before.value <= 0
        ? ''
        : before.value < MIN_CHANGE_BASE
          ? t('comparisons.weekly.changeSmall', { prev: w.qty(before.value, metric) })
          : t('comparisons.weekly.change', {
              pct: signedPct(((last.value - before.value) / before.value) * 100, w),
            });
    parts.push(
      t('comparisons.weekly.week', {
        date: w.shortDay(last.start),
        value: w.qty(last.value, metric),
        change,
      }),
    );
  }
  return t('comparisons.weekly.text', { label: w.Label(metric), parts: parts.join('; ') });
}
