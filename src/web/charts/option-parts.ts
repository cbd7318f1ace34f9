// The shared parts of every chart's ECharts option: look, tooltip, axes, zoom. Pure, no DOM.
import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  CalendarComponentOption,
  DataZoomComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  MarkPointComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { formatAxisTick, formatBucket } from '../lib/format.js';
import { bucketName } from '../lib/partial-buckets.js';
import { metricLabel } from '../lib/locale.js';
import type { History, Metric } from '../lib/types.js';
import type { ChartPalette } from './theme.js';

export type ChartOption = ComposeOption<
  | LineSeriesOption
  | BarSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | CalendarComponentOption
  | VisualMapComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | DataZoomComponentOption
  | MarkPointComponentOption
  | MarkLineComponentOption
  | AriaComponentOption
>;

export interface Look {
  palette: ChartPalette;
  /** Phone: simplified (no zoom slider, fewer labels). */
  compact: boolean;
  animation: boolean;
  /** The text summary, also given to the canvas as its accessible description. */
  description: string;
  /** The user's today, to mark weeks and months still under way as partial. */
  today?: string | null;
}

export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

interface TooltipParam {
  seriesId?: string;
  seriesName?: string;
  dataIndex: number;
  value: unknown;
}

/** Tooltip HTML with classes only (the page's CSP allows no inline styles). */
export function tooltip(
  title: (i: number) => string,
  value: (metric: Metric, raw: number, i: number) => string,
): TooltipComponentOption['formatter'] {
  return (params) => {
    const list = ([] as TooltipParam[]).concat(params as unknown as TooltipParam | TooltipParam[]);
    if (!list.length) return '';
    const i = list[0]!.dataIndex;
    const rows = list
      .map((p) => {
        const m = p.seriesId as Metric;
        const raw = typeof p.value === 'number' ? p.value : Number(p.value);
        return `<div class="tt-row"><span class="tt-dot dot-${esc(m)}"></span><span class="tt-name">${esc(
          metricLabel(m),
        )}</span><b class="tt-value">${esc(value(m, raw, i))}</b></div>`;
      })
      .join('');
    return `<div class="tt"><div class="tt-title">${esc(title(i))}</div>${rows}</div>`;
  };
}

export function base(look: Look, h: History): ChartOption {
  const p = look.palette;
  return {
    animation: look.animation,
    animationDuration: 300,
    backgroundColor: 'transparent',
    textStyle: {
      color: p.text,
      fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif',
    },
    aria: { enabled: true, label: { description: look.description } },
    tooltip: {
      trigger: 'axis',
      confine: true,
      className: 'chart-tooltip',
      backgroundColor: p.tooltipBg,
      borderColor: p.tooltipBorder,
      textStyle: { color: p.text },
      axisPointer: { type: 'line', lineStyle: { color: p.axis } },
    },
    // Plain: it wraps onto more rows (the chart makes room for them), never pages.
    legend: {
      top: 0,
      type: 'plain',
      textStyle: { color: p.text },
      inactiveColor: p.axis,
    },
    grid: {
      left: look.compact ? 4 : 12,
      right: look.compact ? 4 : 12,
      top: 48,
      bottom: look.compact || h.buckets.length <= 12 ? 8 : 48,
      containLabel: true,
    },
  };
}

export function categoryAxis(h: History, look: Look) {
  // A partial week or month is starred on the axis; the footnote and tooltip say how partial.
  const names = new Map(h.buckets.map((b, i) => [b.start, bucketName(h, i, look.today, true)]));
  return {
    type: 'category' as const,
    data: h.buckets.map((b) => b.start),
    boundaryGap: true,
    axisLine: { lineStyle: { color: look.palette.axis } },
    axisTick: { show: false },
    axisLabel: {
      color: look.palette.muted,
      hideOverlap: true,
      formatter: (v: string) => names.get(v) ?? formatBucket(v, h.period.groupBy, true),
    },
  };
}

export function valueAxis(
  look: Look,
  name?: string,
  position?: 'left' | 'right',
  offset = 0,
  metric: Metric | null = null,
) {
  return {
    type: 'value' as const,
    name: look.compact ? undefined : name,
    nameTextStyle: { color: look.palette.muted },
    position,
    offset,
    splitLine: { lineStyle: { color: look.palette.grid } },
    axisLabel: { color: look.palette.muted, formatter: (v: number) => formatAxisTick(metric, v) },
  };
}

export function zoom(h: History, look: Look): DataZoomComponentOption[] {
  if (look.compact || h.buckets.length <= 12) return [];
  return [
    { type: 'inside', xAxisIndex: 0, filterMode: 'none' },
    {
      type: 'slider',
      xAxisIndex: 0,
      height: 22,
      bottom: 8,
      filterMode: 'none',
      borderColor: look.palette.axis,
      fillerColor: look.palette.zoomFill,
      textStyle: { color: look.palette.muted },
      labelFormatter: (_: number, v: string) => formatBucket(v, h.period.groupBy, true),
    },
  ];
}
