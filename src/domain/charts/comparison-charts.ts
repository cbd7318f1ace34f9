// Chart options of the comparisons in reports (PDF): the period beside the same weekdays a year
// earlier, weekly totals, and month-of-year indices. Plain ECharts option objects, no DOM.
// In the report's language (`Words`, English by default), as report-charts.ts.
import { signedPct } from '../comparison-words.js';
import { EN_WORDS, type Words } from '../i18n/words.js';
import { METRIC_COLORS, type Metric } from '../metrics.js';
import { axisDay, valueLabels } from './report-charts.js';

const axisLabel = { color: '#555', fontFamily: 'DejaVu Sans', fontSize: 10 };
const titleStyle = { fontFamily: 'DejaVu Sans', fontSize: 12, color: '#222' };

function frame(title: string, labels: string[], legend: boolean) {
  return {
    animation: false,
    backgroundColor: '#ffffff',
    title: { text: title, left: 8, top: 2, textStyle: titleStyle },
    legend: legend
      ? { bottom: 0, left: 'center', textStyle: axisLabel, itemWidth: 12, itemGap: 16 }
      : { show: false },
    grid: { left: 56, right: 16, top: 30, bottom: legend ? 40 : 24 },
    xAxis: {
      type: 'category',
      data: labels,
      axisLabel: { ...axisLabel, hideOverlap: true },
      axisLine: { lineStyle: { color: '#bbb' } },
    },
  };
}

const valueAxis = (w: Words, formatter?: (v: number) => string) => ({
  type: 'value',
  axisLabel: formatter ? { ...axisLabel, formatter } : valueLabels(w, axisLabel),
  splitLine: { lineStyle: { color: '#eee' } },
});

// Month-of-year ticks: the English table's first three letters as before; "Mär", "Okt" in German (stand-alone).
const shortMonth = (m: { month: number; label: string }, w: Words) =>
  w.lang === 'en'
    ? m.label.slice(0, 3)
    : new Intl.DateTimeFormat(w.tag, { month: 'short', timeZone: 'UTC' }).format(
        new Date(Date.UTC(2024, m.month - 1, 1)),
      );

/** Buckets of the period beside the same weekdays 364 days earlier (none where the history does not reach). */
export function reportYearOverYearOption(
  metric: Metric,
  buckets: readonly { from: string; value: number; previous: number | null }[],
  w: Words = EN_WORDS,
) {
  return {
    ...frame(
      w.t('reportCharts.yoyTitle', { metric: w.Label(metric) }),
      buckets.map((b) => axisDay(b.from, w)),
      true,
    ),
    yAxis: valueAxis(w),
    series: [
      {
        type: 'bar',
        name: w.t('reportCharts.yearEarlier'),
        itemStyle: { color: '#b9bec7' },
        data: buckets.map((b) => b.previous),
      },
      {
        type: 'bar',
        name: w.t('reportCharts.thisPeriod'),
        itemStyle: { color: METRIC_COLORS[metric] },
        data: buckets.map((b) => b.value),
      },
    ],
  };
}

/** Weekly totals, the week under way lighter. */
export function reportWeeklyOption(
  metric: Metric,
  weeks: readonly { start: string; value: number; complete: boolean }[],
  w: Words = EN_WORDS,
) {
  return {
    ...frame(
      w.t('reportCharts.weeklyTitle', { metric: w.Label(metric) }),
      weeks.map((k) => axisDay(k.start, w)),
      false,
    ),
    yAxis: valueAxis(w),
    series: [
      {
        type: 'bar',
        name: w.Label(metric),
        data: weeks.map((k) => ({
          value: k.value,
          itemStyle: { color: METRIC_COLORS[metric], opacity: k.complete ? 1 : 0.45 },
        })),
      },
    ],
  };
}

/** Each calendar month against a typical month, in percent. */
export function reportSeasonalOption(
  metric: Metric,
  months: readonly { month: number; label: string; index: number }[],
  w: Words = EN_WORDS,
) {
  return {
    ...frame(
      w.t('reportCharts.seasonalTitle', { metric: w.Label(metric) }),
      months.map((m) => shortMonth(m, w)),
      false,
    ),
    yAxis: valueAxis(
      w,
      w.lang === 'en' ? (v) => `${v > 0 ? '+' : ''}${v}%` : (v) => signedPct(v, w),
    ),
    series: [
      {
        type: 'bar',
        name: w.Label(metric),
        itemStyle: { color: METRIC_COLORS[metric] },
        data: months.map((m) => Math.round((m.index - 1) * 1000) / 10),
      },
    ],
  };
}
