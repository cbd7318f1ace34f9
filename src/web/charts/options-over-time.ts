// Usage over time: one line per metric. Metrics of different units are drawn as small multiples,
// one chart per unit stacked on a shared, aligned time axis, never as several y-axes. Pure.
import type { LineSeriesOption } from 'echarts/charts';
import { formatValue } from '../lib/format.js';
import { bucketName } from '../lib/partial-buckets.js';
import { METRIC_COLORS } from '../../domain/metrics.js';
import { metricLabel, pageT } from '../lib/locale.js';
import type { History, Metric } from '../lib/types.js';
import { overTimeMarks, withAnomalyNotes, type AnomalyMarks } from './anomaly-marks.js';
import {
  base,
  categoryAxis,
  tooltip,
  valueAxis,
  zoom,
  type ChartOption,
  type Look,
} from './option-parts.js';

type Unit = 'count' | 'minutes' | 'MB';
const unitOf = (m: Metric): Unit =>
  m === 'audio_minutes' ? 'minutes' : m === 'storage_mb' ? 'MB' : 'count';
// The axis names by unit (charts.axis.count / minutes / MB in the catalogue).

/** The units of these metrics, in the order the metrics come: one small chart each. */
export function overTimeUnits(metrics: Metric[]): Unit[] {
  return [...new Set(metrics.map(unitOf))];
}

// Pixel layout of the stacked charts: legend and first axis name on top, the time axis labels
// and the zoom slider at the bottom.
const TOP = 44;
const GAP = 36;
const plotHeight = (compact: boolean) => (compact ? 84 : 110);
const bottom = (compact: boolean, zoomed: boolean) => (zoomed ? 64 : compact ? 28 : 32);

/** The chart's height in px: one plot, or one small plot per unit. */
export function overTimeHeight(units: number, compact: boolean, zoomed: boolean): number {
  if (units <= 1) return compact ? 260 : 340;
  return TOP + units * plotHeight(compact) + (units - 1) * GAP + bottom(compact, zoomed);
}

/** Usage over time: one line per metric, one chart per unit, peaks and unusual days marked, zoom. */
export function overTimeOption(
  h: History,
  metrics: Metric[],
  look: Look,
  anomalies: AnomalyMarks = {},
): ChartOption {
  const units = overTimeUnits(metrics);
  const k = units.length;
  const b = base(look, h);
  const zooming = zoom(h, look);
  const plot = plotHeight(look.compact);
  // One plot keeps the shared grid (labels fitted in); stacked plots share fixed margins so that
  // their time axes line up exactly.
  const grid =
    k === 1
      ? b.grid
      : units.map((_, i) => ({
          left: look.compact ? 44 : 60,
          right: look.compact ? 8 : 16,
          top: TOP + i * (plot + GAP),
          height: plot,
          containLabel: false,
        }));
  const xAxis = units.map((_, i) => ({
    ...categoryAxis(h, look),
    gridIndex: i,
    axisLabel: { ...categoryAxis(h, look).axisLabel, show: i === k - 1 },
  }));
  const yAxis = units.map((u, i) => ({
    ...valueAxis(
      look,
      k === 1 && u === 'count' ? '' : pageT()(`charts.axis.${u}`),
      'left',
      0,
      u === 'MB' ? 'storage_mb' : null,
    ),
    gridIndex: i,
    // Stacked plots are small: the axis name is their title, on a phone too.
    ...(k > 1
      ? {
          name: pageT()(`charts.axis.${u}`),
          nameTextStyle: { color: look.palette.muted, align: 'left' as const },
        }
      : {}),
    splitNumber: k > 1 ? 3 : undefined,
    // Room above the highest point for its peak pin, so the pin stays inside its small chart
    // instead of running into the axis name or the chart above.
    ...(k > 1 ? { boundaryGap: [0, '30%'] as [number, string] } : {}),
  }));
  const series: LineSeriesOption[] = metrics.map((m) => {
    const peak = h.peaks[m];
    const peakIndex = peak ? h.buckets.findIndex((x) => x.start === peak.start) : -1;
    const i = units.indexOf(unitOf(m));
    return {
      id: m,
      name: metricLabel(m),
      type: 'line',
      xAxisIndex: i,
      yAxisIndex: i,
      data: h.buckets.map((x) => x[m] ?? null),
      color: METRIC_COLORS[m],
      showSymbol: h.buckets.length <= 45,
      symbolSize: 5,
      lineStyle: { width: 2 },
      emphasis: { focus: 'series' },
      markPoint: overTimeMarks(m, peak, peakIndex, anomalies[m], look),
    };
  });
  const lines = tooltip(
    (i) => bucketName(h, i, look.today),
    (m, v) => formatValue(m, v, { exact: true }),
  ) as (params: unknown) => string;
  return {
    ...b,
    tooltip: { ...b.tooltip, formatter: withAnomalyNotes(lines, metrics, anomalies) },
    // One pointer across the stacked plots: the same bucket is read in each.
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    grid,
    xAxis,
    yAxis,
    dataZoom: zooming.map((z) => ({ ...z, xAxisIndex: units.map((_, i) => i) })),
    series,
  } as ChartOption;
}
