// The comparison lines of a report (issue 17 §3), in the dashboard's wording: the period against
// the same weekdays a year earlier, annual totals, month over month, seasonality, weekly trend.
import type { ComparisonsResponse } from '../contracts/comparisons.js';
import {
  annualTexts,
  monthOverMonthText,
  seasonalText,
  weeklyText,
  yearOverYearText,
} from '../domain/comparison-text.js';
import { EN_WORDS, type Words } from '../domain/i18n/words.js';
import { HEADLINE_METRICS, type Metric } from '../domain/metrics.js';

export interface ComparisonLines {
  yearOverYear: string[];
  annual: string[];
  monthOverMonth: string[];
  seasonal: string[];
  weekly: string[];
}

/** The report's comparison sentences: year over year for every metric compared, the rest for the headline metrics. */
export function comparisonLines(c: ComparisonsResponse, w: Words = EN_WORDS): ComparisonLines {
  const headline = c.metrics.filter((m) => HEADLINE_METRICS.includes(m.metric));
  return {
    yearOverYear: c.metrics.map((m) =>
      yearOverYearText(m.metric, m.yearOverYear.comparison, c.period, c.historyStart, w),
    ),
    annual: headline.flatMap((m) =>
      annualTexts(m.metric, m.annual.years, w).map((y) => `${w.Label(m.metric)}, ${y}`),
    ),
    monthOverMonth: headline.map((m) => monthOverMonthText(m.metric, m.monthOverMonth, w)),
    seasonal: headline.map((m) => seasonalText(m.metric, m.seasonal, c.historyStart, w)),
    weekly: headline.map((m) => weeklyText(m.metric, m.weekly, w)),
  };
}

/** The headline metric the report's comparison charts show: the first with usage in the period. */
export function chartMetric(c: ComparisonsResponse): Metric | null {
  const m = c.metrics.find(
    (x) => HEADLINE_METRICS.includes(x.metric) && x.weekly.weeks.some((w) => w.value > 0),
  );
  return m?.metric ?? null;
}
