// ECharts options of the usage patterns (weekday x hour heatmap, calendar) and the peer position. Pure.
import type { BarSeriesOption } from 'echarts/charts';
import type { CalendarHeatmap, Peers, WeekdayHourHeatmap } from '../lib/analytics-types.js';
import { addDays } from '../../domain/dates.js';
import { formatDate, formatTick, formatValue, weekdayName } from '../lib/format.js';
import { METRIC_COLORS } from '../../domain/metrics.js';
import { metricLabel, pageT } from '../lib/locale.js';
import { calendarDays, calendarMonths } from './calendar-names.js';
import type { Metric } from '../lib/types.js';
import { box, common, row } from './analytics-parts.js';
import type { ChartOption, Look } from './option-parts.js';

function ramp(metric: Metric, look: Look): string[] {
  return [look.palette.grid, METRIC_COLORS[metric]];
}

/** Mean usage per weekday and hour. */
export function weekHourOption(h: WeekdayHourHeatmap, look: Look): ChartOption {
  const p = look.palette;
  const data: [number, number, number][] = [];
  h.cells.forEach((r, i) => r.forEach((v, j) => data.push([j, i, Math.round(v * 100) / 100])));
  return {
    ...common(look),
    tooltip: {
      ...common(look).tooltip,
      trigger: 'item',
      formatter: (q) => {
        const [j, i, v] = (q as unknown as { value: [number, number, number] }).value;
        return box(
          `${weekdayName(i, h.weekdays[i]!)} ${String(h.hours[j]).padStart(2, '0')}:00`,
          row(pageT()('charts.meanPerHour'), formatValue(h.metric, v), `dot-${h.metric}`),
        );
      },
    },
    grid: { left: look.compact ? 4 : 12, right: 12, top: 8, bottom: 56, containLabel: true },
    xAxis: {
      type: 'category',
      data: h.hours.map((x) => String(x).padStart(2, '0')),
      splitArea: { show: false },
      axisLine: { lineStyle: { color: p.axis } },
      axisTick: { show: false },
      axisLabel: { color: p.muted, interval: look.compact ? 5 : 1 },
    },
    yAxis: {
      type: 'category',
      data: h.weekdays.map((d, i) => weekdayName(i, d, true)),
      inverse: true,
      axisLine: { lineStyle: { color: p.axis } },
      axisTick: { show: false },
      axisLabel: { color: p.muted },
    },
    visualMap: {
      min: 0,
      max: Math.max(h.max, 1e-9),
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: look.compact ? 120 : 200,
      itemWidth: 10,
      text: [formatTick(h.max), '0'],
      textGap: 8,
      textStyle: { color: p.muted },
      inRange: { color: ramp(h.metric, look) },
    },
    series: [
      {
        id: h.metric,
        name: metricLabel(h.metric),
        type: 'heatmap',
        data,
        itemStyle: { borderColor: p.background, borderWidth: 1 },
        emphasis: { itemStyle: { borderColor: p.text, borderWidth: 1 } },
      },
    ],
  };
}

/** Daily usage over the last twelve months as a calendar (the last four months on a phone). */
export function calendarOption(c: CalendarHeatmap, look: Look): ChartOption {
  const p = look.palette;
  const from = look.compact ? addDays(c.range.to, -119) : c.range.from;
  const days = c.days.filter((d) => d.date >= from);
  const max = Math.max(1e-9, ...days.map((d) => d.value ?? 0));
  return {
    ...common(look),
    tooltip: {
      ...common(look).tooltip,
      trigger: 'item',
      formatter: (q) => {
        const [d, v] = (q as unknown as { value: [string, number | null] }).value;
        return box(
          formatDate(d),
          row(metricLabel(c.metric), formatValue(c.metric, v), `dot-${c.metric}`),
        );
      },
    },
    calendar: {
      range: [from, c.range.to],
      top: 28,
      left: look.compact ? 28 : 40,
      right: look.compact ? 8 : 16,
      cellSize: ['auto', look.compact ? 16 : 15],
      orient: 'horizontal',
      splitLine: { lineStyle: { color: p.axis, width: 1 } },
      itemStyle: { color: 'transparent', borderColor: p.grid, borderWidth: 1 },
      yearLabel: { show: false },
      monthLabel: { color: p.muted, nameMap: calendarMonths() },
      dayLabel: { color: p.muted, firstDay: 1, nameMap: calendarDays() },
    },
    visualMap: {
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: look.compact ? 120 : 200,
      itemWidth: 10,
      text: [formatTick(max), '0'],
      textGap: 8,
      textStyle: { color: p.muted },
      inRange: { color: ramp(c.metric, look) },
    },
    series: [
      {
        id: c.metric,
        name: metricLabel(c.metric),
        type: 'heatmap',
        coordinateSystem: 'calendar',
        data: days.filter((d) => d.value !== null).map((d) => [d.date, d.value]),
      },
    ],
  };
}

// Named by charts.bands.<key> in the catalogue.
const BANDS = [
  { key: 'q1', from: 0, to: 25, opacity: 0.18 },
  { key: 'q2', from: 25, to: 50, opacity: 0.32 },
  { key: 'q3', from: 50, to: 75, opacity: 0.46 },
  { key: 'p90', from: 75, to: 90, opacity: 0.6 },
  { key: 'top', from: 90, to: 100, opacity: 0.75 },
] as const;

/** The user's percentile per metric over the cohort's quarters (0-100 on one scale for every metric). */
export function peersOption(peers: Peers, look: Look): ChartOption {
  const p = look.palette;
  const rows = peers.metrics.filter((m) => m.comparison.available && m.cohort);
  const names = rows.map((m) => metricLabel(m.metric));
  const series: BarSeriesOption[] = BANDS.map((b, k) => ({
    id: `band-${k}`,
    name: pageT()(`charts.bands.${b.key}`),
    type: 'bar',
    stack: 'dist',
    barWidth: look.compact ? 14 : 18,
    silent: true,
    itemStyle: { color: '#4D8DF7', opacity: b.opacity },
    data: rows.map(() => b.to - b.from),
    markPoint:
      k === 0
        ? {
            symbol: 'diamond',
            symbolSize: 16,
            label: { show: false },
            data: rows.map((m, i) => ({
              name: metricLabel(m.metric),
              coord: [(m.comparison as { percentile: number }).percentile, i],
              itemStyle: { color: METRIC_COLORS[m.metric], borderColor: p.text, borderWidth: 1.5 },
              value: m.value,
            })),
          }
        : undefined,
  }));
  return {
    ...common(look),
    tooltip: {
      ...common(look).tooltip,
      trigger: 'item',
      formatter: (q) => {
        const i =
          (q as { dataIndex?: number; data?: { coord?: [number, number] } }).data?.coord?.[1] ??
          (q as { dataIndex?: number }).dataIndex ??
          0;
        const m = rows[i];
        if (!m || !m.cohort) return '';
        const c = m.cohort;
        return box(
          metricLabel(m.metric),
          row(pageT()('charts.you'), formatValue(m.metric, m.value), `dot-${m.metric}`) +
            row(
              pageT()('charts.percentile'),
              String(Math.round((m.comparison as { percentile: number }).percentile)),
            ) +
            row(
              pageT()('charts.quartiles'),
              [c.p25, c.p50, c.p75, c.p90]
                .map((v) => formatValue(m.metric, v, { compact: true }))
                .join(' · '),
            ) +
            row(pageT()('charts.usersCompared'), String(c.n)),
        );
      },
    },
    grid: { left: look.compact ? 4 : 12, right: 16, top: 8, bottom: 8, containLabel: true },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 25,
      splitLine: { lineStyle: { color: p.grid } },
      axisLabel: {
        color: p.muted,
        formatter: (v: number) => (v === 50 ? pageT()('charts.medianAxis') : `p${v}`),
      },
    },
    yAxis: {
      type: 'category',
      data: names,
      inverse: true,
      axisLine: { lineStyle: { color: p.axis } },
      axisTick: { show: false },
      axisLabel: { color: p.text },
    },
    series,
  };
}
