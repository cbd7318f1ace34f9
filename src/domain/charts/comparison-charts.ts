// Chart options of the comparisons in reports (PDF): the period beside the same weekdays a year
// earlier, weekly totals, and month-of-year indices. Plain ECharts option objects, no DOM.
import { METRIC_COLORS, METRIC_DEFS, type Metric } from '../metrics.js';
import { axisDay } from './report-charts.js';

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

const valueAxis = (formatter?: (v: number) => string) => ({
  type: 'value',
  axisLabel: formatter ? { ...axisLabel, formatter } : axisLabel,
  splitLine: { lineStyle: { color: '#eee' } },
});

/** Buckets of the period beside the same weekdays 364 days earlier (none where the history does not reach). */
export function reportYearOverYearOption(
  metric: Metric,
  buckets: readonly { from: string; value: number; previous: number | null }[],
) {
  return {
    ...frame(
      `${METRIC_DEFS[metric].label}: this period and the same weekdays a year earlier`,
      buckets.map((b) => axisDay(b.from)),
      true,
    ),
    yAxis: valueAxis(),
    series: [
      {
        type: 'bar',
        name: 'a year earlier',
        itemStyle: { color: '#b9bec7' },
        data: buckets.map((b) => b.previous),
      },
      {
        type: 'bar',
        name: 'this period',
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
) {
  return {
    ...frame(
      `${METRIC_DEFS[metric].label} per week (Monday to Sunday)`,
      weeks.map((w) => axisDay(w.start)),
      false,
    ),
    yAxis: valueAxis(),
    series: [
      {
        type: 'bar',
        name: METRIC_DEFS[metric].label,
        data: weeks.map((w) => ({
          value: w.value,
          itemStyle: { color: METRIC_COLORS[metric], opacity: w.complete ? 1 : 0.45 },
        })),
      },
    ],
  };
}

/** Each calendar month against a typical month, in percent. */
export function reportSeasonalOption(
  metric: Metric,
  months: readonly { label: string; index: number }[],
) {
  return {
    ...frame(
      `${METRIC_DEFS[metric].label} by month of year, against a typical month`,
      months.map((m) => m.label.slice(0, 3)),
      false,
    ),
    yAxis: valueAxis((v) => `${v > 0 ? '+' : ''}${v}%`),
    series: [
      {
        type: 'bar',
        name: METRIC_DEFS[metric].label,
        itemStyle: { color: METRIC_COLORS[metric] },
        data: months.map((m) => Math.round((m.index - 1) * 1000) / 10),
      },
    ],
  };
}
