// What the comparison panels say, as data: labels, tables and the summaries (the wording is the
// domain's, shared with the PDF and the email). Pure.
import type { ComparisonsResponse } from '../../contracts/comparisons.js';
import {
  annualTexts,
  monthOverMonthText,
  seasonalText,
  weeklyText,
  yearOverYearText,
} from '../../domain/comparison-text.js';
import type { Table } from './chart-data.js';
import {
  formatChange,
  formatDate,
  formatDayShort,
  formatValue,
  monthOfYearName,
} from './format.js';
import { pageFormatTag, pageLanguage, pageT, pageWords } from './locale.js';

export type Comparisons = ComparisonsResponse;
export type MetricComparisons = ComparisonsResponse['metrics'][number];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-10" as "Oct 2026". */
export function monthShort(month: string): string {
  // English keeps its own short names ("Sep"); other languages write the month as Intl does.
  if (pageLanguage() !== 'en')
    return new Intl.DateTimeFormat(pageFormatTag(), {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${month}-01T00:00:00Z`));
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** A bucket of days as people name it: a day, "week of 2 Nov", a month, or a partial span. */
export function bucketLabel(from: string, to: string, bucket: string, short = false): string {
  if (bucket === 'day' || from === to) return short ? formatDayShort(from) : formatDate(from);
  if (bucket === 'month' && from.endsWith('-01') && short) return monthShort(from.slice(0, 7));
  if (short) return formatDayShort(from);
  return `${formatDate(from)} – ${formatDate(to)}`;
}

export function yearOverYearTable(c: MetricComparisons, bucket: string): Table {
  const m = c.metric;
  const t = pageT();
  return {
    columns: [
      t('compareTable.period'),
      t('charts.thisRange'),
      t('charts.sameWeekdays'),
      t('charts.change'),
    ],
    rows: c.yearOverYear.buckets.map((b) => [
      bucketLabel(b.from, b.to, bucket),
      formatValue(m, b.value),
      b.previous === null
        ? t('charts.noData')
        : `${formatValue(m, b.previous)} (${bucketLabel(b.previousFrom, b.previousTo, bucket)})`,
      b.previous === null ? '–' : formatChange(b.changePct),
    ]),
  };
}

export function yearOverYearSummary(d: Comparisons, c: MetricComparisons): string {
  return yearOverYearText(
    c.metric,
    c.yearOverYear.comparison,
    d.period,
    d.historyStart,
    pageWords(),
  );
}

/** Annual totals, one sentence per year. */
export function annualLines(c: MetricComparisons): string[] {
  return annualTexts(c.metric, c.annual.years, pageWords());
}

export function monthOverMonthTable(c: MetricComparisons): Table {
  const m = c.metric;
  const t = pageT();
  return {
    columns: [
      t('groupBy.month'),
      t('cost.columns.total'),
      t('compareTable.monthBefore'),
      t('charts.change'),
    ],
    rows: c.monthOverMonth.months.map((x) => [
      `${monthShort(x.month)}${x.complete ? '' : t('charts.partialMark')}`,
      formatValue(m, x.value),
      x.previous === null ? '–' : formatValue(m, x.previous),
      x.previous === null ? '–' : formatChange(x.changePct),
    ]),
  };
}

export function monthOverMonthSummary(c: MetricComparisons): string {
  return monthOverMonthText(c.metric, c.monthOverMonth, pageWords());
}

export function seasonalTable(c: MetricComparisons): Table | null {
  const s = c.seasonal;
  if (!s.available) return null;
  return {
    columns: [
      pageT()('groupBy.month'),
      pageT()('charts.typicalMonth'),
      pageT()('charts.yearsAveraged'),
    ],
    rows: s.months.map((x) => [
      monthOfYearName(x.month, x.label),
      formatChange(Math.round((x.index - 1) * 1000) / 10),
      String(x.years),
    ]),
  };
}

export function seasonalSummary(d: Comparisons, c: MetricComparisons): string {
  return seasonalText(c.metric, c.seasonal, d.historyStart, pageWords());
}

export function weeklyTable(c: MetricComparisons): Table {
  const m = c.metric;
  const t = pageT();
  return {
    columns: [t('groupBy.week'), t('cost.columns.total'), t('compareTable.days')],
    rows: c.weekly.weeks.map((w) => [
      `${bucketLabel(w.start, w.end, 'week')}${w.complete ? '' : t('charts.partialMark')}`,
      formatValue(m, w.value),
      String(w.days),
    ]),
  };
}

export function weeklySummary(c: MetricComparisons): string {
  return weeklyText(c.metric, c.weekly, pageWords());
}
