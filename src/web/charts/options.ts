// ECharts options for each chart, built from API data: pure functions, no DOM.
import type { MarkLineComponentOption } from 'echarts/components';
import { utilization } from '../lib/chart-data.js';
import { formatPercent, formatValue } from '../lib/format.js';
import { bucketName } from '../lib/partial-buckets.js';
import { METRIC_COLORS } from '../../domain/metrics.js';
import { metricLabel, pageT } from '../lib/locale.js';
import type { History, Metric } from '../lib/types.js';
import {
  base,
  categoryAxis,
  tooltip,
  valueAxis,
  zoom,
  type ChartOption,
  type Look,
} from './option-parts.js';

export type { ChartOption, Look };
export { anomalyMarks, anomalyText } from './anomaly-marks.js';
export { overTimeHeight, overTimeOption, overTimeUnits } from './options-over-time.js';

/** Several metrics stacked as areas (counts of the same kind: events). */
export function stackedOption(h: History, metrics: readonly Metric[], look: Look): ChartOption {
  return {
    ...base(look, h),
    tooltip: {
      ...base(look, h).tooltip,
      formatter: tooltip(
        (i) => bucketName(h, i, look.today),
        (m, v) => formatValue(m, v, { exact: true }),
      ),
    },
    xAxis: { ...categoryAxis(h, look), boundaryGap: false },
    yAxis: valueAxis(look, pageT()('charts.events')),
    dataZoom: zoom(h, look),
    series: metrics.map((m) => ({
      id: m,
      name: metricLabel(m),
      type: 'line',
      stack: 'total',
      data: h.buckets.map((b) => b[m] ?? 0),
      color: METRIC_COLORS[m],
      showSymbol: false,
      lineStyle: { width: 1 },
      areaStyle: { opacity: 0.55 },
      emphasis: { focus: 'series' },
    })),
  };
}

/** Bars per month for one metric, the plan limit as a line; the current month is marked as so far. */
export function monthlyBarsOption(
  h: History,
  metric: Metric,
  look: Look,
  currentMonthStart?: string,
): ChartOption {
  const limit = h.limits.values[metric];
  const markLine: MarkLineComponentOption | undefined =
    typeof limit === 'number'
      ? {
          symbol: 'none',
          silent: true,
          lineStyle: { color: look.palette.limit, type: 'dashed', width: 1.5 },
          label: {
            color: look.palette.limit,
            position: 'insideStartTop',
            formatter: pageT()('charts.planLimitValue', {
              plan: h.limits.planName,
              value: formatValue(metric, limit),
            }),
          },
          data: [{ yAxis: limit }],
        }
      : undefined;
  return {
    ...base(look, h),
    legend: { show: false },
    tooltip: {
      ...base(look, h).tooltip,
      axisPointer: { type: 'shadow' },
      formatter: tooltip(
        (i) => {
          const label = bucketName(h, i, look.today);
          // Without a today (tests, old callers) the current month still reads as unfinished.
          return !look.today && h.buckets[i]!.start.slice(0, 10) === currentMonthStart
            ? `${label}${pageT()('cost.soFarMark')}`
            : label;
        },
        (m, v) =>
          typeof limit === 'number'
            ? pageT()('charts.ofLimit', {
                value: formatValue(m, v, { exact: true }),
                pct: formatPercent((v / limit) * 100),
              })
            : formatValue(m, v, { exact: true }),
      ),
    },
    grid: { ...base(look, h).grid, bottom: 8, top: 20 },
    xAxis: categoryAxis(h, look),
    yAxis: {
      ...valueAxis(look),
      max: (v: { max: number }) =>
        typeof limit === 'number' ? Math.ceil(Math.max(v.max, limit) * 1.08) : null,
    },
    series: [
      {
        id: metric,
        name: metricLabel(metric),
        type: 'bar',
        barMaxWidth: 36,
        color: METRIC_COLORS[metric],
        cursor: 'pointer',
        data: h.buckets.map((b) => ({
          value: b[metric] ?? 0,
          itemStyle:
            b.start.slice(0, 10) === currentMonthStart
              ? {
                  opacity: 0.55,
                  borderColor: METRIC_COLORS[metric],
                  borderWidth: 1,
                  borderType: 'dashed',
                }
              : undefined,
        })),
        markLine,
      },
    ],
  };
}

/** Share of the plan's monthly limit used, per limited metric, with the limit at 100%. */
export function utilizationOption(h: History, metrics: readonly Metric[], look: Look): ChartOption {
  const u = utilization(h, metrics);
  const all = metrics.flatMap((m) => u[m] ?? []).filter((v): v is number => v !== null);
  const top = Math.max(100, ...all);
  return {
    ...base(look, h),
    tooltip: {
      ...base(look, h).tooltip,
      formatter: tooltip(
        (i) => bucketName(h, i, look.today),
        (m, v, i) => `${formatPercent(v)} (${formatValue(m, h.buckets[i]![m] ?? null)})`,
      ),
    },
    xAxis: categoryAxis(h, look),
    yAxis: {
      ...valueAxis(look, pageT()('charts.pctOfLimit')),
      max: Math.ceil((top * 1.1) / 10) * 10,
      axisLabel: { color: look.palette.muted, formatter: (v: number) => `${v}%` },
    },
    series: metrics.map((m, i) => ({
      id: m,
      name: metricLabel(m),
      type: 'line',
      data: u[m] ?? [],
      color: METRIC_COLORS[m],
      showSymbol: true,
      symbolSize: 5,
      connectNulls: false,
      markLine:
        i === 0
          ? {
              symbol: 'none',
              silent: true,
              lineStyle: { color: look.palette.limit, type: 'dashed', width: 1.5 },
              label: {
                color: look.palette.limit,
                formatter: pageT()('charts.planLimit'),
                position: 'insideStartTop',
              },
              data: [{ yAxis: 100 }],
            }
          : undefined,
    })),
  };
}
