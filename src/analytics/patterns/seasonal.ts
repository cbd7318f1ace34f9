// Seasonal variation by month of year. With less than twelve complete months the answer is
// "not enough history": a month-of-year effect cannot be told apart from growth or chance.
import { MONTH_NAMES } from '../../domain/comparison-words.js';
import type { Metric } from '../../domain/metrics.js';
import { valueOf } from '../series.js';
import { linearFit, mean, round } from '../stats.js';
import { daysInMonth, monthEnd, monthKey, todayOf } from '../time.js';
import type { Clock, DailyPoint, MonthOfYearIndex, SeasonalVariation } from '../types.js';
import { reason } from '../../domain/i18n/reasons.js';

/** One of each calendar month, at the very least. */
export const MIN_SEASONAL_MONTHS = 12;
const METHOD =
  'ratio of each complete month’s daily mean to a straight-line trend fitted over all complete months, ' +
  'averaged per calendar month and rescaled so the twelve indices average 1';

/** Returns month-of-year indices (1 = a typical month) once there are 12 complete months, else why not. */
export function seasonalVariation(
  daily: readonly DailyPoint[],
  metric: Metric,
  clock: Clock,
): SeasonalVariation {
  const today = todayOf(clock);
  const byMonth = new Map<string, number[]>();
  for (const d of daily) {
    if (d.date > today) continue;
    const k = monthKey(d.date);
    const list = byMonth.get(k) ?? [];
    list.push(valueOf(d.values, metric));
    byMonth.set(k, list);
  }
  // Daily means, so that February is not "seasonally low" for having fewer days.
  const complete = [...byMonth]
    .filter(([k, v]) => v.length === daysInMonth(`${k}-01`) && monthEnd(`${k}-01`) < today)
    .map(([k, v]) => ({ month: k, dailyMean: mean(v) }));
  if (complete.length < MIN_SEASONAL_MONTHS) {
    return {
      available: false,
      reason: reason('seasonalShort', { need: MIN_SEASONAL_MONTHS, have: complete.length }),
    };
  }
  const { intercept, slope } = linearFit(
    complete.map((_, i) => i),
    complete.map((c) => c.dailyMean),
  );
  const ratios: number[][] = Array.from({ length: 12 }, () => []);
  complete.forEach((c, i) => {
    const fitted = intercept + slope * i;
    // A trend that reaches zero would blow the ratio up; such months carry no seasonal signal.
    if (fitted > 0)
      (ratios[Number(c.month.slice(5, 7)) - 1] as number[]).push(c.dailyMean / fitted);
  });
  if (ratios.some((r) => r.length === 0)) {
    return { available: false, reason: reason('seasonalNearZero') };
  }
  const raw = ratios.map((r) => mean(r));
  const scale = mean(raw);
  const months: MonthOfYearIndex[] = raw.map((r, i) => ({
    month: i + 1,
    label: MONTH_NAMES[i] as string,
    index: round(r / scale, 3),
    years: (ratios[i] as number[]).length,
  }));
  const byIndex = [...months].sort((a, b) => b.index - a.index || a.month - b.month);
  return {
    available: true,
    metric,
    months,
    monthsOfHistory: complete.length,
    peakMonth: (byIndex[0] as MonthOfYearIndex).month,
    lowMonth: (byIndex[byIndex.length - 1] as MonthOfYearIndex).month,
    method: METHOD,
  };
}
