// Chart options for server-rendered reports (PDF and email): plain ECharts option objects, no DOM.
import { METRIC_DEFS, type Metric } from '../metrics.js';
import { formatStorage } from '../quantity.js';
import { METRIC_COLORS } from '../metrics.js';

export interface SeriesBucket {
  start: string;
  values: Partial<Record<Metric, number | null>>;
}

const axisLabel = { color: '#555', fontFamily: 'DejaVu Sans', fontSize: 11 };

const dayMonth = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
/** A date on a report's axis as the dashboard writes it: "3 Nov", not "11-03". */
export function axisDay(date: string): string {
  return dayMonth.format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** The unit family a metric is drawn against: counts share an axis, minutes and storage do not. */
export function unitFamily(m: Metric): 'count' | 'minutes' | 'storage' {
  return m === 'audio_minutes' ? 'minutes' : m === 'storage_mb' ? 'storage' : 'count';
}

const AXIS_NAMES = { count: 'count', minutes: 'minutes', storage: 'storage' } as const;

/**
 * Daily usage of several metrics as lines, each on the axis of its own unit family (counts left,
 * minutes and storage right), so no metric is read against another's scale.
 */
export function reportUsageOption(
  buckets: SeriesBucket[],
  metrics: readonly Metric[],
  title: string,
) {
  const dates = buckets.map((b) => axisDay(b.start));
  const families = [...new Set(metrics.map(unitFamily))];
  return {
    animation: false,
    backgroundColor: '#ffffff',
    title: {
      text: title,
      left: 8,
      top: 4,
      textStyle: { fontFamily: 'DejaVu Sans', fontSize: 13, color: '#222' },
    },
    // Below the plot: beside the title, a long period label ran into it.
    legend: { bottom: 2, left: 'center', textStyle: axisLabel, itemWidth: 14, itemGap: 18 },
    grid: { left: 48, right: 48 + Math.max(0, families.length - 2) * 52, top: 48, bottom: 48 },
    xAxis: {
      type: 'category',
      data: dates,
      axisLabel: { ...axisLabel, hideOverlap: true },
      axisLine: { lineStyle: { color: '#bbb' } },
    },
    yAxis: families.map((f, i) => ({
      type: 'value',
      name: AXIS_NAMES[f],
      nameTextStyle: axisLabel,
      position: i === 0 ? 'left' : 'right',
      offset: i > 1 ? (i - 1) * 52 : 0,
      axisLabel:
        f === 'storage' ? { ...axisLabel, formatter: (v: number) => formatStorage(v) } : axisLabel,
      splitLine: i === 0 ? { lineStyle: { color: '#eee' } } : { show: false },
    })),
    series: metrics.map((m) => ({
      type: 'line',
      name: METRIC_DEFS[m].label,
      yAxisIndex: families.indexOf(unitFamily(m)),
      showSymbol: false,
      lineStyle: { width: 2, color: METRIC_COLORS[m] },
      itemStyle: { color: METRIC_COLORS[m] },
      data: buckets.map((b) => b.values[m] ?? 0),
    })),
  };
}

/** The forecast of one metric: history, projection with its 80% band, and the limit as a line. */
export function reportForecastOption(
  metric: Metric,
  history: { date: string; value: number }[],
  forecast: { date: string; point: number; lower80: number; upper80: number }[],
  limit: number | null,
) {
  const dates = [...history.map((h) => h.date), ...forecast.map((f) => f.date)];
  const pad = (n: number) => Array<number | null>(n).fill(null);
  const color = METRIC_COLORS[metric];
  return {
    animation: false,
    backgroundColor: '#ffffff',
    title: {
      text: `${METRIC_DEFS[metric].label}: cumulative this month and forecast`,
      left: 8,
      top: 4,
      textStyle: { fontFamily: 'DejaVu Sans', fontSize: 13, color: '#222' },
    },
    grid: { left: 56, right: 24, top: 36, bottom: 28 },
    xAxis: {
      type: 'category',
      data: dates.map(axisDay),
      axisLabel: { ...axisLabel, hideOverlap: true },
    },
    yAxis: { type: 'value', axisLabel, splitLine: { lineStyle: { color: '#eee' } } },
    series: [
      {
        type: 'line',
        name: 'actual',
        showSymbol: false,
        lineStyle: { color, width: 2 },
        data: [...history.map((h) => h.value), ...pad(forecast.length)],
      },
      {
        type: 'line',
        name: 'lower',
        stack: 'band',
        showSymbol: false,
        lineStyle: { opacity: 0 },
        data: [...pad(history.length), ...forecast.map((f) => f.lower80)],
      },
      {
        type: 'line',
        name: '80% band',
        stack: 'band',
        showSymbol: false,
        lineStyle: { opacity: 0 },
        areaStyle: { color, opacity: 0.18 },
        data: [...pad(history.length), ...forecast.map((f) => f.upper80 - f.lower80)],
      },
      {
        type: 'line',
        name: 'forecast',
        showSymbol: false,
        lineStyle: { color, width: 2, type: 'dashed' },
        data: [...pad(history.length), ...forecast.map((f) => f.point)],
      },
      ...(limit !== null
        ? [
            {
              type: 'line',
              name: 'limit',
              showSymbol: false,
              lineStyle: { color: '#d33', width: 1.5, type: 'dotted' },
              data: dates.map(() => limit),
            },
          ]
        : []),
    ],
  };
}
