// The frame, axes and tooltip the comparison charts share. Pure.
import { formatValue } from '../lib/format.js';
import type { Metric } from '../lib/types.js';
import { common } from './analytics-parts.js';
import type { TooltipComponentOption } from 'echarts/components';
import type { ChartOption, Look } from './option-parts.js';

export function frame(look: Look, legend: boolean): ChartOption {
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

export const axis = (look: Look, labels: string[]) => ({
  type: 'category' as const,
  data: labels,
  axisLine: { lineStyle: { color: look.palette.axis } },
  axisTick: { show: false },
  axisLabel: { color: look.palette.muted, hideOverlap: true },
});

export const values = (look: Look, metric: Metric | null, pct = false) => ({
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

export const itemTooltip = (look: Look, html: (i: number) => string): TooltipComponentOption => ({
  ...common(look).tooltip,
  trigger: 'axis' as const,
  axisPointer: { type: 'shadow' as const },
  formatter: (params: unknown) => {
    const list = ([] as { dataIndex: number }[]).concat(params as { dataIndex: number });
    return list.length ? html(list[0]!.dataIndex) : '';
  },
});
