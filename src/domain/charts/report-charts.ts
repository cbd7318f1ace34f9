// Chart options for server-rendered reports (PDF and email): plain ECharts option objects, no DOM.
// Written in the report's language (`Words`, English by default): titles, legends, axis names, date
// ticks and the numbers on the value axes; English output is what it always was.
import { EN_WORDS, type Words } from '../i18n/words.js';
import { type Metric } from '../metrics.js';
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
const dayMonths = new Map<string, Intl.DateTimeFormat>([['en', dayMonth]]);

/** A date on a report's axis as the dashboard writes it: "3 Nov" ("3. Nov."), not "11-03". */
export function axisDay(date: string, w: Words = EN_WORDS): string {
  const key = w.lang === 'en' ? 'en' : w.tag;
  let f = dayMonths.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(w.tag, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    dayMonths.set(key, f);
  }
  return f.format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** A value axis's labels: ECharts' own numbers in English ("1,200"), the language's otherwise. */
export function valueLabels(w: Words, style: object = axisLabel): object {
  return w.lang === 'en' ? style : { ...style, formatter: (v: number) => w.num(v) };
}

const storageLabel = (v: number, w: Words) =>
  w.lang === 'en' ? formatStorage(v) : formatStorage(v, true, w.tag);

/** The unit family a metric is drawn against: counts share an axis, minutes and storage do not. */
export function unitFamily(m: Metric): 'count' | 'minutes' | 'storage' {
  return m === 'audio_minutes' ? 'minutes' : m === 'storage_mb' ? 'storage' : 'count';
}

/**
 * Daily usage of several metrics as lines, each on the axis of its own unit family (counts left,
 * minutes and storage right), so no metric is read against another's scale.
 */
export function reportUsageOption(
  buckets: SeriesBucket[],
  metrics: readonly Metric[],
  title: string,
  w: Words = EN_WORDS,
) {
  const dates = buckets.map((b) => axisDay(b.start, w));
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
      name: w.t(`reportCharts.${f}`),
      nameTextStyle: axisLabel,
      position: i === 0 ? 'left' : 'right',
      offset: i > 1 ? (i - 1) * 52 : 0,
      axisLabel:
        f === 'storage'
          ? { ...axisLabel, formatter: (v: number) => storageLabel(v, w) }
          : valueLabels(w),
      splitLine: i === 0 ? { lineStyle: { color: '#eee' } } : { show: false },
    })),
    series: metrics.map((m) => ({
      type: 'line',
      name: w.Label(m),
      yAxisIndex: families.indexOf(unitFamily(m)),
      showSymbol: false,
      lineStyle: { width: 2, color: METRIC_COLORS[m] },
      itemStyle: { color: METRIC_COLORS[m] },
      data: buckets.map((b) => b.values[m] ?? 0),
    })),
  };
}

/**
 * The forecast of one metric: history, projection with its 80% band, the limit as a line, and
 * the day another limit stops the usage (`stop`, the sessions limit for usage inside sessions).
 */
export function reportForecastOption(
  metric: Metric,
  history: { date: string; value: number }[],
  forecast: { date: string; point: number; lower80: number; upper80: number }[],
  limit: number | null,
  w: Words = EN_WORDS,
  stop?: { metric: Metric; date: string },
) {
  const dates = [...history.map((h) => h.date), ...forecast.map((f) => f.date)];
  const stopAt = stop ? dates.indexOf(stop.date) : -1;
  const pad = (n: number) => Array<number | null>(n).fill(null);
  const color = METRIC_COLORS[metric];
  return {
    animation: false,
    backgroundColor: '#ffffff',
    title: {
      text: w.t('reportCharts.forecastTitle', { metric: w.Label(metric) }),
      left: 8,
      top: 4,
      textStyle: { fontFamily: 'DejaVu Sans', fontSize: 13, color: '#222' },
    },
    grid: { left: 56, right: 24, top: 36, bottom: 28 },
    xAxis: {
      type: 'category',
      data: dates.map((d) => axisDay(d, w)),
      axisLabel: { ...axisLabel, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      axisLabel: valueLabels(w),
      splitLine: { lineStyle: { color: '#eee' } },
    },
    series: [
      {
        type: 'line',
        name: w.t('reportCharts.actual'),
        showSymbol: false,
        lineStyle: { color, width: 2 },
        data: [...history.map((h) => h.value), ...pad(forecast.length)],
      },
      {
        type: 'line',
        name: w.t('reportCharts.lower'),
        stack: 'band',
        showSymbol: false,
        lineStyle: { opacity: 0 },
        data: [...pad(history.length), ...forecast.map((f) => f.lower80)],
      },
      {
        type: 'line',
        name: w.t('reportCharts.band'),
        stack: 'band',
        showSymbol: false,
        lineStyle: { opacity: 0 },
        areaStyle: { color, opacity: 0.18 },
        data: [...pad(history.length), ...forecast.map((f) => f.upper80 - f.lower80)],
      },
      {
        type: 'line',
        name: w.t('reportCharts.forecast'),
        showSymbol: false,
        lineStyle: { color, width: 2, type: 'dashed' },
        data: [...pad(history.length), ...forecast.map((f) => f.point)],
        ...(stop && stopAt >= 0
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { color: '#666', type: 'dotted', width: 1.5 },
                label: {
                  position: 'insideEndTop',
                  color: '#444',
                  fontFamily: 'DejaVu Sans',
                  fontSize: 9,
                  formatter: w.t('reportCharts.stoppedBy', {
                    metric: w.Label(stop.metric),
                    day: axisDay(stop.date, w),
                  }),
                },
                data: [{ xAxis: stopAt }],
              },
            }
          : {}),
      },
      ...(limit !== null
        ? [
            {
              type: 'line',
              name: w.t('reportCharts.limit'),
              showSymbol: false,
              lineStyle: { color: '#d33', width: 1.5, type: 'dotted' },
              data: dates.map(() => limit),
            },
          ]
        : []),
    ],
  };
}
