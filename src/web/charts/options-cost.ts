// ECharts options of the cost panel: 12 months of cost (plan price and overage stacked) and the
// cost per session and per audio minute over the same months. Pure.
import { pageLanguage, pageT } from '../lib/locale.js';
import type { CostView } from '../../contracts/cost.js';
import { money, unitMoney } from '../lib/money.js';
import { formatMonth } from '../lib/format.js';
import { box, common, row } from './analytics-parts.js';
import type { ChartOption, Look } from './option-parts.js';

type Month = CostView['months'][number];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Nov 2026" from "2026-11". */
export const monthLabel = (m: string) =>
  // English keeps its own short names ("Sep"); other languages write the month as Intl does.
  pageLanguage() === 'en'
    ? `${MONTHS[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`
    : formatMonth(m, true);

const axis = (months: Month[], look: Look) => ({
  type: 'category' as const,
  data: months.map((m) => monthLabel(m.month) + (m.complete ? '' : pageT()('cost.soFarMark'))),
  axisLine: { lineStyle: { color: look.palette.axis } },
  axisTick: { show: false },
  axisLabel: { color: look.palette.muted, fontSize: look.compact ? 10 : 12 },
});

const grid = (look: Look) => ({
  left: look.compact ? 4 : 12,
  right: 12,
  top: 40,
  bottom: 8,
  containLabel: true,
});

/** Cost by month: plan price and overage stacked, each month on the plan in force then. */
export function monthlyCostOption(months: Month[], currency: string, look: Look): ChartOption {
  const p = look.palette;
  return {
    ...common(look),
    legend: { top: 0, textStyle: { color: p.text } },
    tooltip: {
      ...common(look).tooltip,
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const i = ([] as { dataIndex: number }[]).concat(params as never)[0]?.dataIndex ?? 0;
        const m = months[i]!;
        return box(
          `${monthLabel(m.month)}${m.complete ? '' : pageT()('cost.soFarMark')}`,
          row(pageT()('charts.plan'), m.planName ?? pageT()('noUsage.title')) +
            row(pageT()('cost.columns.planPrice'), money(m.base, currency)) +
            row(pageT()('cost.columns.overage'), money(m.overage, currency)) +
            row(pageT()('cost.columns.total'), money(m.total, currency)) +
            row(pageT()('cost.columns.perSession'), unitMoney(m.perSession, currency)) +
            row(pageT()('cost.columns.perAudioMinute'), unitMoney(m.perAudioMinute, currency)),
        );
      },
    },
    grid: grid(look),
    xAxis: axis(months, look),
    yAxis: {
      type: 'value',
      splitLine: { lineStyle: { color: p.grid } },
      axisLabel: { color: p.muted, formatter: (v: number) => money(v, currency) },
    },
    series: [
      {
        id: 'base',
        name: pageT()('cost.columns.planPrice'),
        type: 'bar',
        stack: 'cost',
        barMaxWidth: 40,
        itemStyle: { color: '#4D8DF7' },
        data: months.map((m) => m.base),
      },
      {
        id: 'overage',
        name: pageT()('cost.columns.overage'),
        type: 'bar',
        stack: 'cost',
        barMaxWidth: 40,
        itemStyle: { color: '#FF6B6B' },
        data: months.map((m) => m.overage),
      },
    ],
  };
}

/** Cost per session and per audio minute by month, on two axes (their sizes differ tenfold). */
export function unitCostOption(months: Month[], currency: string, look: Look): ChartOption {
  const p = look.palette;
  const value = (name: string, position: 'left' | 'right') => ({
    type: 'value' as const,
    name,
    position,
    nameTextStyle: { color: p.muted },
    splitLine: { show: position === 'left', lineStyle: { color: p.grid } },
    axisLabel: { color: p.muted, formatter: (v: number) => unitMoney(v, currency) },
  });
  return {
    ...common(look),
    legend: { top: 0, textStyle: { color: p.text } },
    tooltip: {
      ...common(look).tooltip,
      trigger: 'axis',
      formatter: (params) => {
        const i = ([] as { dataIndex: number }[]).concat(params as never)[0]?.dataIndex ?? 0;
        const m = months[i]!;
        return box(
          monthLabel(m.month),
          row(pageT()('cost.columns.perSession'), unitMoney(m.perSession, currency)) +
            row(pageT()('cost.columns.perAudioMinute'), unitMoney(m.perAudioMinute, currency)) +
            row(pageT()('metrics.sessions'), String(m.sessions)) +
            row(pageT()('metrics.audio_minutes'), String(m.audioMinutes)),
        );
      },
    },
    grid: { ...grid(look), top: 56 },
    xAxis: axis(months, look),
    yAxis: [
      value(pageT()('charts.perSessionAxis'), 'left'),
      value(pageT()('charts.perMinuteAxis'), 'right'),
    ],
    series: [
      {
        id: 'per-session',
        name: pageT()('charts.costPerSession'),
        type: 'line',
        yAxisIndex: 0,
        itemStyle: { color: '#FFB800' },
        lineStyle: { color: '#FFB800' },
        connectNulls: false,
        data: months.map((m) => m.perSession),
      },
      {
        id: 'per-minute',
        name: pageT()('charts.costPerMinute'),
        type: 'line',
        yAxisIndex: 1,
        itemStyle: { color: '#4ECDC4' },
        lineStyle: { color: '#4ECDC4' },
        connectNulls: false,
        data: months.map((m) => m.perAudioMinute),
      },
    ],
  };
}
