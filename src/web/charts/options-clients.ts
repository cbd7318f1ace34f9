// ECharts option of the clients panel: each top client's share of a metric as a horizontal bar,
// largest first, "other" last. Pure.
import { pageFormatTag, pageT } from '../lib/locale.js';
import { formatCount } from '../lib/format.js';
import type { BarSeriesOption } from 'echarts/charts';
import type { TopClients } from '../lib/types.js';
import { box, common, row } from './analytics-parts.js';
import type { ChartOption, Look } from './option-parts.js';

export const clientLabel = (c: string | null) => c ?? pageT()('charts.noClientId');
const pct = (share: number) =>
  `${new Intl.NumberFormat(pageFormatTag(), { minimumFractionDigits: share < 0.1 ? 1 : 0, maximumFractionDigits: share < 0.1 ? 1 : 0 }).format(share * 100)}%`;

/** Rows of the panel: the named clients, then other when it holds anything. */
export function clientRows(t: TopClients): { name: string; value: number; share: number }[] {
  const rows = t.clients.map((c) => ({
    name: clientLabel(c.client),
    value: c.value,
    share: c.share,
  }));
  if (t.other.clients > 0)
    rows.push({
      name: pageT()('charts.otherClients', {
        count: t.other.clients,
        clients: formatCount(t.other.clients),
      }),
      value: t.other.value,
      share: t.other.share,
    });
  return rows;
}

/** Horizontal bars of each client's share, in the metric's colour. */
export function clientsOption(t: TopClients, color: string, look: Look): ChartOption {
  const p = look.palette;
  const rows = clientRows(t).reverse(); // ECharts draws the first category at the bottom
  const series: BarSeriesOption[] = [
    {
      id: 'share',
      name: pageT()('clientsPanel.share'),
      type: 'bar',
      barMaxWidth: 22,
      data: rows.map((r, i) => ({
        value: Math.round(r.share * 1000) / 10,
        itemStyle: { color: i === 0 && t.other.clients > 0 ? p.muted : color },
      })),
      label: {
        show: true,
        position: 'right',
        color: p.text,
        formatter: (q: { dataIndex: number }) => pct(rows[q.dataIndex]!.share),
      },
    },
  ];
  return {
    ...common(look),
    tooltip: {
      ...common(look).tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const i = ([] as { dataIndex: number }[]).concat(params as never)[0]?.dataIndex ?? 0;
        const r = rows[i]!;
        return box(
          r.name,
          row(pageT()('clientsPanel.share'), pct(r.share)) +
            row(pageT()('charts.amount'), formatCount(r.value)),
        );
      },
    },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    yAxis: {
      type: 'category',
      data: rows.map((r) => r.name),
      axisLine: { lineStyle: { color: p.axis } },
      axisTick: { show: false },
      axisLabel: { color: p.muted, fontSize: look.compact ? 10 : 12 },
    },
    xAxis: {
      type: 'value',
      max: 100,
      splitLine: { lineStyle: { color: p.grid } },
      axisLabel: { color: p.muted, formatter: (v: number) => `${v}%` },
    },
    series,
  };
}
