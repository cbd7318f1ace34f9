// What each chart says, as data: table rows, peaks and plain-language summaries (for everyone,
// and for screen readers the same words as the chart).
import { formatBucket, formatChange, formatPercent, formatValue, trendWords } from './format.js';
import { metricLabel } from './locale.js';
import { describeChange } from '../../domain/quantity.js';
import { bucketName } from './partial-buckets.js';
import type { GroupBy, History, Metric } from './types.js';

export interface Table {
  columns: string[];
  rows: string[][];
}

/** One row per bucket, one column per metric, values with units; partial weeks and months say so. */
export function bucketTable(h: History, metrics: readonly Metric[], today?: string | null): Table {
  const g = h.period.groupBy;
  return {
    columns: [
      g === 'hour' ? 'Hour' : g === 'day' ? 'Day' : g === 'week' ? 'Week' : 'Month',
      ...metrics.map(metricLabel),
    ],
    rows: h.buckets.map((b, i) => [
      bucketName(h, i, today),
      ...metrics.map((m) => formatValue(m, b[m] ?? null, { exact: true })),
    ]),
  };
}

/** Per-bucket share of the monthly limit, in percent (null when unlimited). */
export function utilization(
  h: History,
  metrics: readonly Metric[],
): Record<string, (number | null)[]> {
  const out: Record<string, (number | null)[]> = {};
  for (const m of metrics) {
    const limit = h.limits.values[m];
    out[m] = h.buckets.map((b) => {
      const v = b[m];
      if (!limit || v === null || v === undefined) return null;
      return Math.round((v / limit) * 1000) / 10;
    });
  }
  return out;
}

/** Metrics the plan limits (a number, not unlimited). */
export function limitedIn(h: History, metrics: readonly Metric[]): Metric[] {
  return metrics.filter((m) => typeof h.limits.values[m] === 'number');
}

export function utilizationTable(
  h: History,
  metrics: readonly Metric[],
  today?: string | null,
): Table {
  const u = utilization(h, metrics);
  return {
    columns: ['Month', ...metrics.map((m) => `${metricLabel(m)} (% of limit)`)],
    rows: h.buckets.map((_, i) => [
      bucketName(h, i, today),
      ...metrics.map((m) => formatPercent(u[m]?.[i] ?? null)),
    ]),
  };
}

function peakText(h: History, m: Metric, g: GroupBy): string {
  const p = h.peaks[m];
  if (!p || !p.value) return '';
  return `, peak ${formatValue(m, p.value)} (${formatBucket(p.start, g)})`;
}

/** Why a change is given as an amount, not a percentage (cards and summaries alike). */
export const CHANGE_REASONS = {
  'no earlier usage': 'none in the previous period',
  'small base': 'too little earlier usage for a percentage',
  'short history': 'your history starts inside the previous period',
} as const;

/** The change on the previous period in words, a percentage only where one means something. */
export function changeText(h: History, m: Metric): string {
  const c = describeChange(h.totals[m], h.previousTotals[m], h.previousCoverage ?? 1);
  if (c.kind === 'none' || (c.kind === 'absolute' && c.delta === 0))
    return 'no change from the previous period';
  if (c.kind === 'percent')
    return `${formatChange(c.pct)} on the previous period (${trendWords(h.trend[m])})`;
  const sign = c.delta > 0 ? '+' : '−';
  return `${sign}${formatValue(m, Math.abs(c.delta))} on the previous period (${CHANGE_REASONS[c.reason]})`;
}

/** "Sessions: 1,204 sessions in total, +12% on the previous period (rising), peak 83 sessions (Mon 3 Nov 2026)." */
export function overTimeSummary(h: History, metrics: readonly Metric[]): string {
  const g = h.period.groupBy;
  return metrics
    .map((m) => {
      const total = h.totals[m];
      const change = changeText(h, m);
      return `${metricLabel(m)}: ${formatValue(m, total ?? null)} in total, ${change}${peakText(h, m, g)}.`;
    })
    .join(' ');
}

/** The month with the most usage and the latest month, for the monthly bars. */
export function monthlySummary(h: History, m: Metric): string {
  const values = h.buckets.map((b) => b[m] ?? 0);
  if (!values.length) return 'No months in this range.';
  let best = 0;
  values.forEach((v, i) => {
    if (v > values[best]!) best = i;
  });
  const last = values.length - 1;
  const limit = h.limits.values[m];
  const over = typeof limit === 'number' ? values.filter((v) => v > limit).length : 0;
  const parts = [
    `${metricLabel(m)} by month over ${values.length} months.`,
    `Highest: ${formatBucket(h.buckets[best]!.start, 'month')} with ${formatValue(m, values[best]!)}.`,
    `Latest: ${formatBucket(h.buckets[last]!.start, 'month')} with ${formatValue(m, values[last]!)}.`,
  ];
  if (typeof limit === 'number') {
    parts.push(
      over
        ? `${over} month${over === 1 ? '' : 's'} above the ${h.limits.planName} limit of ${formatValue(m, limit)}.`
        : `Every month within the ${h.limits.planName} limit of ${formatValue(m, limit)}.`,
    );
  }
  return parts.join(' ');
}

export function stackedSummary(h: History, metrics: readonly Metric[]): string {
  const totals = metrics.map((m) => h.totals[m] ?? 0);
  const sum = totals.reduce((a, b) => a + b, 0);
  if (!sum) return 'No activity in this range.';
  return `${metrics
    .map(
      (m, i) =>
        `${metricLabel(m)} ${formatValue(m, totals[i]!)} (${formatPercent((totals[i]! / sum) * 100)})`,
    )
    .join(', ')}: ${metrics.length} kinds of activity stacked per ${h.period.groupBy}.`;
}

export function utilizationSummary(h: History, metrics: readonly Metric[]): string {
  const u = utilization(h, metrics);
  const parts = metrics.map((m) => {
    const values = (u[m] ?? []).filter((v): v is number => v !== null);
    if (!values.length) return `${metricLabel(m)}: unlimited.`;
    const max = Math.max(...values);
    const latest = values[values.length - 1]!;
    return `${metricLabel(m)}: latest ${formatPercent(latest)} of the limit, highest ${formatPercent(max)}.`;
  });
  return `Share of the ${h.limits.planName} plan's monthly limits used each month. ${parts.join(' ')}`;
}
