// ECharts options of the comparison panels: the range beside the same weekdays a year earlier,
// month over month, month-of-year indices and weekly totals. Pure.
import type { MetricComparisons } from '../lib/comparison-data.js';
import { bucketLabel, monthShort } from '../lib/comparison-data.js';
import { formatChange, formatValue, metricLabel } from '../lib/format.js';
import { METRIC_COLORS } from '../../domain/metrics.js';
import type { Metric } from '../lib/types.js';
import { box, common, row } from './analytics-parts.js';
import type { ChartOption, Look } from './option-parts.js';

const PARTIAL_OPACITY = 0.45;

function frame(look: Look, legend: boolean): ChartOption {
  const p = look.palette;
  return {
    ...common(look),
    legend: legend
      ? { top: 0, type: 'plain', textStyle: { color: p.text }, inactiveColor: p.axis }
      : { show: false },
    grid: {
      left: look.compact ? 4 : 12,
      right: look.compact ? 4 : 12,
      top: legend ? 40 : 16,
      bottom: 8,
      containLabel: true,
    },
  };
}

const axis = (look: Look, labels: string[]) => ({
  type: 'category' as const,
  data: labels,
  axisLine: { lineStyle: { color: look.palette.axis } },
  axisTick: { show: false },
  axisLabel: { color: look.palette.muted, hideOverlap: true },
});

const values = (look: Look, metric: Metric | null, pct = false) => ({
  type: 'value' as const,
  splitLine: { lineStyle: { color: look.palette.grid } },
  axisLabel: {
    color: look.palette.muted,
    formatter: (v: number) =>
      pct
        ? `${v > 0 ? '+' : ''}${v}%`
        : metric
          ? formatValue(metric, v, { compact: true, unit: false })
          : String(v),
  },
});

const itemTooltip = (look: Look, html: (i: number) => string) => ({
  ...common(look).tooltip,
  trigger: 'axis' as const,
  axisPointer: { type: 'shadow' as const },
  formatter: (params: unknown) => {
    const list = ([] as { dataIndex: number }[]).concat(params as { dataIndex: number });
    return list.length ? html(list[0]!.dataIndex) : '';
  },
});

/** This range per day, week or month, beside the same weekdays 364 days earlier. */
export function yearOverYearOption(c: MetricComparisons, bucket: string, look: Look): ChartOption {
  const m = c.metric;
  const b = c.yearOverYear.buckets;
  return {
    ...frame(look, true),
    tooltip: itemTooltip(look, (i) => {
      const x = b[i]!;
      return box(
        bucketLabel(x.from, x.to, bucket),
        row('This range', formatValue(m, x.value), `dot-${m}`) +
          row('A year earlier', x.previous === null ? 'no data' : formatValue(m, x.previous)) +
          row('Change', x.previous === null ? '–' : formatChange(x.changePct)),
      );
    }),
    xAxis: axis(
      look,
      b.map((x) => bucketLabel(x.from, x.to, bucket, true)),
    ),
    yAxis: values(look, m),
    series: [
      {
        id: 'previous',
        name: 'Same weekdays a year earlier',
        type: 'bar',
        itemStyle: { color: look.palette.axis },
        data: b.map((x) => x.previous),
      },
      {
        id: 'current',
        name: 'This range',
        type: 'bar',
        itemStyle: { color: METRIC_COLORS[m] },
        data: b.map((x) => x.value),
      },
    ],
  };
}

/** Month totals (this month, still under way, lighter) and each month's change on the one before. */
export function monthOverMonthOption(c: MetricComparisons, look: Look): ChartOption {
  const m = c.metric;
  const months = c.monthOverMonth.months;
  return {
    ...frame(look, true),
    tooltip: itemTooltip(look, (i) => {
      const x = months[i]!;
      return box(
        `${monthShort(x.month)}${x.complete ? '' : ' (partial)'}`,
        row(metricLabel(m), formatValue(m, x.value), `dot-${m}`) +
          row('On the month before', x.changePct === null ? '–' : formatChange(x.changePct)),
      );
    }),
    xAxis: axis(
      look,
      months.map((x) => `${monthShort(x.month)}${x.complete ? '' : '*'}`),
    ),
    yAxis: [values(look, m), { ...values(look, null, true), splitLine: { show: false } }],
    series: [
      {
        id: m,
        name: metricLabel(m),
        type: 'bar',
        // The series colour is the legend's; each bar sets its own opacity.
        itemStyle: { color: METRIC_COLORS[m] },
        data: months.map((x) => ({
          value: x.value,
          itemStyle: { color: METRIC_COLORS[m], opacity: x.complete ? 1 : PARTIAL_OPACITY },
        })),
      },
      {
        id: 'change',
        name: 'Change on the month before',
        type: 'line',
        yAxisIndex: 1,
        connectNulls: false,
        itemStyle: { color: look.palette.text },
        lineStyle: { color: look.palette.text, width: 1.5 },
        data: months.map((x) => x.changePct),
      },
    ],
  };
}

/** Each calendar month against a typical month (0% = typical), from the seasonal indices. */
export function seasonalOption(c: MetricComparisons, look: Look): ChartOption | null {
  const s = c.seasonal;
  if (!s.available) return null;
  const pct = s.months.map((x) => Math.round((x.index - 1) * 1000) / 10);
  return {
    ...frame(look, false),
    tooltip: itemTooltip(look, (i) => {
      const x = s.months[i]!;
      return box(
        x.label,
        row('Against a typical month', formatChange(pct[i]!), `dot-${c.metric}`) +
          row('Years averaged', String(x.years)),
      );
    }),
    xAxis: axis(
      look,
      s.months.map((x) => x.label.slice(0, 3)),
    ),
    yAxis: values(look, null, true),
    series: [
      {
        id: c.metric,
        name: metricLabel(c.metric),
        type: 'bar',
        data: pct.map((v) => ({
          value: v,
          itemStyle: { color: METRIC_COLORS[c.metric], opacity: v >= 0 ? 1 : 0.55 },
        })),
      },
    ],
  };
}

/** Weekly totals (the week under way lighter) with the straight-line trend over complete weeks. */
export function weeklyOption(c: MetricComparisons, look: Look): ChartOption {
  const m = c.metric;
  const weeks = c.weekly.weeks;
  const fit = trendLine(c);
  return {
    ...frame(look, true),
    tooltip: itemTooltip(look, (i) => {
      const x = weeks[i]!;
      return box(
        `${bucketLabel(x.start, x.end, 'week')}${x.complete ? '' : ' (partial)'}`,
        row(metricLabel(m), formatValue(m, x.value), `dot-${m}`),
      );
    }),
    xAxis: axis(
      look,
      weeks.map((x) => `${bucketLabel(x.start, x.end, 'week', true)}${x.complete ? '' : '*'}`),
    ),
    yAxis: values(look, m),
    series: [
      {
        id: m,
        name: metricLabel(m),
        type: 'bar',
        itemStyle: { color: METRIC_COLORS[m] },
        data: weeks.map((x) => ({
          value: x.value,
          itemStyle: { color: METRIC_COLORS[m], opacity: x.complete ? 1 : PARTIAL_OPACITY },
        })),
      },
      {
        id: 'trend',
        name: 'Trend (complete weeks)',
        type: 'line',
        symbol: 'none',
        lineStyle: { color: look.palette.text, type: 'dashed', width: 1.5 },
        itemStyle: { color: look.palette.text },
        data: fit,
      },
    ],
  };
}

/** The server's weekly trend drawn over the complete weeks it was fitted on: through their mean, with its slope. */
function trendLine(c: MetricComparisons): (number | null)[] {
  const weeks = c.weekly.weeks;
  const t = c.weekly.trend;
  const out: (number | null)[] = weeks.map(() => null);
  if (!t.available) return out;
  // The trend reads the trailing run of complete weeks (the week under way is never complete).
  const idx = weeks
    .map((w, i) => (w.complete ? i : -1))
    .filter((i) => i >= 0)
    .slice(-t.periods);
  const mean = idx.reduce((a, i) => a + weeks[i]!.value, 0) / idx.length;
  const mid = (idx[0]! + idx[idx.length - 1]!) / 2;
  const slope = (t.changePctPerPeriod / 100) * mean;
  for (const i of idx) out[i] = Math.max(0, Math.round((mean + slope * (i - mid)) * 100) / 100);
  return out;
}
