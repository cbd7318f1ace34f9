// ECharts option of the plan costs chart. Pure.
import { pageT } from '../lib/locale.js';
import type { BarSeriesOption } from 'echarts/charts';
import { formatUsd } from '../lib/analytics-data.js';
import type { PlanCost } from '../lib/analytics-types.js';
import { formatDollarTick } from '../lib/format.js';
import { box, common, row } from './analytics-parts.js';
import type { ChartOption, Look } from './option-parts.js';

/** Expected cost of the next 30 days on every plan: price and expected overage stacked; current and recommended marked. */
export function planCostOption(
  plans: PlanCost[],
  current: string,
  recommended: string | null,
  look: Look,
): ChartOption {
  const p = look.palette;
  const names = plans.map(
    (x) =>
      `${x.displayName}${x.plan === current ? `\n${pageT()('charts.currentMark')}` : x.plan === recommended ? `\n${pageT()('charts.recommendedMark')}` : ''}`,
  );
  const bar = (x: PlanCost, v: number | null, color: string) => ({
    value: v,
    itemStyle: {
      color,
      borderColor: x.plan === recommended ? '#4ECDC4' : x.plan === current ? p.text : 'transparent',
      borderWidth: x.plan === recommended || x.plan === current ? 2 : 0,
    },
  });
  const series: BarSeriesOption[] = [
    {
      id: 'price',
      name: pageT()('charts.price'),
      type: 'bar',
      stack: 'cost',
      barMaxWidth: 48,
      data: plans.map((x) => bar(x, x.priceUsd, '#4D8DF7')),
    },
    {
      id: 'overage',
      name: pageT()('charts.expectedOverage'),
      type: 'bar',
      stack: 'cost',
      barMaxWidth: 48,
      data: plans.map((x) => bar(x, x.priceUsd === null ? 0 : x.expectedOverageUsd, '#FF6B6B')),
      label: {
        show: true,
        position: 'top',
        color: p.text,
        formatter: (q: { dataIndex: number }) => {
          const x = plans[q.dataIndex]!;
          return x.expectedCostUsd === null
            ? pageT()('charts.contract')
            : formatUsd(x.expectedCostUsd);
        },
      },
    },
  ];
  return {
    ...common(look),
    legend: {
      top: 0,
      data: [
        { name: pageT()('charts.price'), itemStyle: { color: '#4D8DF7' } },
        { name: pageT()('charts.expectedOverage'), itemStyle: { color: '#FF6B6B' } },
      ],
      textStyle: { color: p.text },
    },
    tooltip: {
      ...common(look).tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const i = ([] as { dataIndex: number }[]).concat(params as never)[0]?.dataIndex ?? 0;
        const x = plans[i]!;
        return box(
          x.displayName,
          row(
            pageT()('charts.price'),
            x.priceUsd === null ? pageT()('charts.contract') : formatUsd(x.priceUsd),
          ) +
            row(pageT()('charts.expectedOverage'), formatUsd(x.expectedOverageUsd)) +
            row(pageT()('charts.expectedCost30'), formatUsd(x.expectedCostUsd)) +
            row(
              pageT()('charts.coversForecast'),
              x.covers ? pageT()('charts.yes') : pageT()('charts.no'),
            ),
        );
      },
    },
    grid: { left: look.compact ? 4 : 12, right: 12, top: 48, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: names,
      axisLine: { lineStyle: { color: p.axis } },
      axisTick: { show: false },
      axisLabel: { color: p.muted, interval: 0, fontSize: look.compact ? 10 : 12, lineHeight: 16 },
    },
    yAxis: {
      type: 'value',
      splitLine: { lineStyle: { color: p.grid } },
      axisLabel: { color: p.muted, formatter: formatDollarTick },
    },
    series,
  };
}
