// ECharts option of the forecast chart: usage so far, the projection and its band, the limit. Pure.
import { pageT } from '../lib/locale.js';
import type { LineSeriesOption } from 'echarts/charts';
import type { ForecastSeries } from '../lib/analytics-data.js';
import { limitReachDate } from '../lib/analytics-data.js';
import type { MetricForecast } from '../lib/analytics-types.js';
import { formatDate, formatTick, formatValue } from '../lib/format.js';
import { METRIC_COLORS } from '../../domain/metrics.js';
import { box, common, dayLabel, row } from './analytics-parts.js';
import type { ChartOption, Look } from './option-parts.js';

/** Usage so far this billing period, the projection with its 80% band, the limit and the day it is reached. */
export function forecastOption(f: MetricForecast, s: ForecastSeries, look: Look): ChartOption {
  const p = look.palette;
  const m = f.metric;
  const color = METRIC_COLORS[m];
  const reach = limitReachDate(f.limitReach);
  const reachIndex = reach ? s.dates.indexOf(reach) : -1;
  const limitTop = f.limit ?? 0;
  const stop = 'stoppedBy' in f.limitReach ? f.limitReach.stoppedBy : undefined;
  const stopIndex = stop ? s.dates.indexOf(stop.date) : -1;
  const top = Math.max(limitTop, ...s.upper.map((v) => v ?? 0), ...s.actual.map((v) => v ?? 0));
  const reachLabel =
    f.limitReach.status === 'reached'
      ? pageT()('charts.limitReached', { day: dayLabel(reach!) })
      : f.limitReach.status === 'expected'
        ? pageT()('charts.limitExpected', { day: dayLabel(reach!) })
        : pageT()('charts.limitPossible', { day: reach ? dayLabel(reach) : '' });
  const series: LineSeriesOption[] = [
    {
      // Invisible: brings the limit into the axis extent, so the axis rounds its top nicely.
      id: 'extent',
      type: 'line',
      data: s.dates.map((_, i) => (i === 0 ? Math.max(top, limitTop) * 1.04 : null)),
      symbol: 'none',
      lineStyle: { opacity: 0 },
      silent: true,
      tooltip: { show: false },
    },
    {
      id: 'band-base',
      name: pageT()('charts.interval80'),
      type: 'line',
      data: s.lower,
      stack: 'band',
      symbol: 'none',
      lineStyle: { opacity: 0 },
      silent: true,
      tooltip: { show: false },
    },
    {
      id: 'band',
      name: pageT()('charts.interval80'),
      type: 'line',
      data: s.upper.map((u, i) => (u === null || s.lower[i] === null ? null : u - s.lower[i]!)),
      stack: 'band',
      symbol: 'none',
      lineStyle: { opacity: 0 },
      areaStyle: { color, opacity: 0.18 },
      color,
      silent: true,
    },
    {
      id: 'projected',
      name: pageT()('charts.projected'),
      type: 'line',
      data: s.point,
      color,
      symbol: 'none',
      lineStyle: { type: 'dashed', width: 2 },
      markLine:
        f.limit !== null
          ? {
              symbol: 'none',
              silent: true,
              lineStyle: { color: p.limit, type: 'dashed', width: 1.5 },
              label: {
                color: p.limit,
                position: 'insideStartTop',
                formatter: pageT()('charts.limitValue', { value: formatValue(m, f.limit) }),
              },
              data: [
                { name: 'limit', yAxis: f.limit },
                ...(reachIndex >= 0
                  ? [
                      {
                        name: 'limit-reach',
                        xAxis: reachIndex,
                        lineStyle: { color: p.limit, type: 'dotted' as const, width: 1.5 },
                        label: {
                          color: p.limit,
                          position: 'insideEndTop' as const,
                          formatter: reachLabel,
                        },
                      },
                    ]
                  : []),
                ...(stop && stopIndex >= 0
                  ? [
                      {
                        // Usage inside sessions stops with them: the demand line past it is not billed.
                        name: 'stopped-by',
                        xAxis: stopIndex,
                        lineStyle: { color: p.axis, type: 'dotted' as const, width: 1.5 },
                        label: {
                          color: p.text,
                          backgroundColor: p.background,
                          position: 'insideEndTop' as const,
                          formatter: pageT()('charts.stoppedBy', {
                            metric: pageT()(`metrics.${stop.metric}`),
                            day: dayLabel(stop.date),
                          }),
                        },
                      },
                    ]
                  : []),
              ],
            }
          : undefined,
      markPoint:
        f.limit !== null && reachIndex >= 0
          ? {
              symbol: 'circle',
              symbolSize: 10,
              itemStyle: { color: p.limit, borderColor: p.background, borderWidth: 2 },
              label: { show: false },
              data: [{ name: reachLabel, coord: [reachIndex, f.limit] }],
            }
          : undefined,
    },
    {
      id: 'actual',
      name: f.kind === 'total' ? pageT()('charts.usedSoFar') : pageT()('charts.level'),
      type: 'line',
      data: s.actual,
      color,
      showSymbol: s.dates.length <= 31,
      symbolSize: 4,
      lineStyle: { width: 2.5 },
      areaStyle: f.kind === 'total' ? { opacity: 0.08 } : undefined,
    },
  ];
  return {
    ...common(look),
    legend: {
      top: 0,
      data: [
        f.kind === 'total' ? pageT()('charts.usedSoFar') : pageT()('charts.level'),
        pageT()('charts.projected'),
        { name: pageT()('charts.interval80'), itemStyle: { color, opacity: 0.3 } },
      ],
      textStyle: { color: p.text },
      inactiveColor: p.axis,
    },
    tooltip: {
      ...common(look).tooltip,
      trigger: 'axis',
      axisPointer: { type: 'line', lineStyle: { color: p.axis } },
      formatter: (params) => {
        const list = ([] as { dataIndex: number }[]).concat(params as never);
        const i = list[0]?.dataIndex ?? 0;
        const v = (x: number | null | undefined) => formatValue(m, x ?? null, { exact: false });
        const rows = [
          s.actual[i] !== null
            ? row(
                f.kind === 'total' ? pageT()('charts.usedSoFar') : pageT()('charts.level'),
                v(s.actual[i]),
                `dot-${m}`,
              )
            : '',
          i > s.todayIndex && s.point[i] !== null
            ? row(pageT()('charts.projected'), v(s.point[i]))
            : '',
          i > s.todayIndex && s.lower[i] !== null
            ? row(pageT()('charts.interval80'), `${v(s.lower[i])} – ${v(s.upper[i])}`)
            : '',
          f.limit !== null ? row(pageT()('charts.limit'), v(f.limit)) : '',
          i === reachIndex ? row(reachLabel, '') : '',
        ].join('');
        return box(formatDate(s.dates[i]!), rows);
      },
    },
    grid: {
      left: look.compact ? 4 : 12,
      right: look.compact ? 8 : 24,
      top: 40,
      bottom: 8,
      containLabel: true,
    },
    xAxis: {
      type: 'category',
      data: s.dates,
      boundaryGap: false,
      axisLine: { lineStyle: { color: p.axis } },
      axisTick: { show: false },
      axisLabel: { color: p.muted, hideOverlap: true, formatter: dayLabel },
    },
    yAxis: {
      type: 'value',
      splitLine: { lineStyle: { color: p.grid } },
      axisLabel: { color: p.muted, formatter: (v: number) => formatTick(v) },
    },
    series,
  };
}
