// ECharts options of the comparison panels: the range beside the same weekdays a year earlier,
// month over month, month-of-year indices and weekly totals. Pure.
import type { MetricComparisons } from '../lib/comparison-data.js';
import { bucketLabel, monthShort } from '../lib/comparison-data.js';
import { formatChange, formatValue, metricLabel, monthOfYearName } from '../lib/format.js';
import { pageT } from '../lib/locale.js';
import { METRIC_COLORS } from '../../domain/metrics.js';
import { box, row } from './analytics-parts.js';
import { axis, frame, itemTooltip, values } from './comparison-parts.js';
import type { ChartOption, Look } from './option-parts.js';

const PARTIAL_OPACITY = 0.45;

/** This range per day, week or month, beside the same weekdays 364 days earlier. */
export function yearOverYearOption(c: MetricComparisons, bucket: string, look: Look): ChartOption {
  const t = pageT();
  const m = c.metric;
  const b = c.yearOverYear.buckets;
  return {
    ...frame(look, true),
    tooltip: itemTooltip(look, (i) => {
      const x = b[i]!;
      return box(
        bucketLabel(x.from, x.to, bucket),
        row(t('charts.thisRange'), formatValue(m, x.value), `dot-${m}`) +
          row(
            t('charts.yearEarlier'),
            x.previous === null ? t('charts.noData') : formatValue(m, x.previous),
          ) +
          row(t('charts.change'), x.previous === null ? '–' : formatChange(x.changePct)),
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
        name: t('charts.sameWeekdays'),
        type: 'bar',
        itemStyle: { color: look.palette.axis },
        data: b.map((x) => x.previous),
      },
      {
        id: 'current',
        name: t('charts.thisRange'),
        type: 'bar',
        itemStyle: { color: METRIC_COLORS[m] },
        data: b.map((x) => x.value),
      },
    ],
  };
}

/** Month totals (this month, still under way, lighter) and each month's change on the one before. */
export function monthOverMonthOption(c: MetricComparisons, look: Look): ChartOption {
  const t = pageT();
  const m = c.metric;
  const months = c.monthOverMonth.months;
  return {
    ...frame(look, true),
    tooltip: itemTooltip(look, (i) => {
      const x = months[i]!;
      return box(
        `${monthShort(x.month)}${x.complete ? '' : t('charts.partialMark')}`,
        row(metricLabel(m), formatValue(m, x.value), `dot-${m}`) +
          row(t('charts.monthBefore'), x.changePct === null ? '–' : formatChange(x.changePct)),
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
        name: t('charts.changeMonthBefore'),
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
  const t = pageT();
  const s = c.seasonal;
  if (!s.available) return null;
  const pct = s.months.map((x) => Math.round((x.index - 1) * 1000) / 10);
  return {
    ...frame(look, false),
    tooltip: itemTooltip(look, (i) => {
      const x = s.months[i]!;
      return box(
        monthOfYearName(x.month, x.label),
        row(t('charts.typicalMonth'), formatChange(pct[i]!), `dot-${c.metric}`) +
          row(t('charts.yearsAveraged'), String(x.years)),
      );
    }),
    xAxis: axis(
      look,
      s.months.map((x) => monthOfYearName(x.month, x.label, true)),
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
  const t = pageT();
  const m = c.metric;
  const weeks = c.weekly.weeks;
  const fit = trendLine(c);
  return {
    ...frame(look, true),
    tooltip: itemTooltip(look, (i) => {
      const x = weeks[i]!;
      return box(
        `${bucketLabel(x.start, x.end, 'week')}${x.complete ? '' : t('charts.partialMark')}`,
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
        name: t('charts.trendWeeks'),
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
