// What each chart says, as data: table rows, peaks and plain-language summaries (for everyone,
// and for screen readers the same words as the chart).
import { formatBucket, formatChange, formatPercent, formatValue, trendWords } from './format.js';
import { metricLabel, pageT } from './locale.js';
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
    columns: [pageT()(`groupBy.${g}`), ...metrics.map(metricLabel)],
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
    columns: [
      pageT()('groupBy.month'),
      ...metrics.map((m) => pageT()('summary.pctOfLimit', { metric: metricLabel(m) })),
    ],
    rows: h.buckets.map((_, i) => [
      bucketName(h, i, today),
      ...metrics.map((m) => formatPercent(u[m]?.[i] ?? null)),
    ]),
  };
}

function peakText(h: History, m: Metric, g: GroupBy): string {
  const p = h.peaks[m];
  if (!p || !p.value) return '';
  return pageT()('summary.peak', {
    value: formatValue(m, p.value),
    when: formatBucket(p.start, g),
  });
}

/** The change on the previous period in words, a percentage only where one means something. */
export function changeText(h: History, m: Metric): string {
  const t = pageT();
  const c = describeChange(h.totals[m], h.previousTotals[m], h.previousCoverage ?? 1);
  if (c.kind === 'none' || (c.kind === 'absolute' && c.delta === 0)) return t('summary.noChange');
  if (c.kind === 'percent')
    return t('summary.change', { change: formatChange(c.pct), why: trendWords(h.trend[m]) });
  const sign = c.delta > 0 ? '+' : '−';
  return t('summary.change', {
    change: `${sign}${formatValue(m, Math.abs(c.delta))}`,
    // Why the change is an amount, not a percentage (the cards say the same).
    why: t(`changeReasons.${c.reason}`),
  });
}

/** "Sessions: 1,204 sessions in total, +12% on the previous period (rising), peak 83 sessions (Mon 3 Nov 2026)." */
export function overTimeSummary(h: History, metrics: readonly Metric[]): string {
  const g = h.period.groupBy;
  return metrics
    .map((m) => {
      const total = h.totals[m];
      const change = changeText(h, m);
      return pageT()('summary.overTime', {
        metric: metricLabel(m),
        total: formatValue(m, total ?? null),
        change,
        peak: peakText(h, m, g),
      });
    })
    .join(' ');
}

/** The month with the most usage and the latest month, for the monthly bars. */
export function monthlySummary(h: History, m: Metric): string {
  const values = h.buckets.map((b) => b[m] ?? 0);
  const t = pageT();
  if (!values.length) return t('summary.noMonths');
  let best = 0;
  values.forEach((v, i) => {
    if (v > values[best]!) best = i;
  });
  const last = values.length - 1;
  const limit = h.limits.values[m];
  const over = typeof limit === 'number' ? values.filter((v) => v > limit).length : 0;
  const parts = [
    t('summary.byMonth', { metric: metricLabel(m), count: values.length }),
    t('summary.highest', {
      month: formatBucket(h.buckets[best]!.start, 'month'),
      value: formatValue(m, values[best]!),
    }),
    t('summary.latest', {
      month: formatBucket(h.buckets[last]!.start, 'month'),
      value: formatValue(m, values[last]!),
    }),
  ];
  if (typeof limit === 'number') {
    parts.push(
      over
        ? t('summary.monthsOver', {
            count: over,
            plan: h.limits.planName,
            limit: formatValue(m, limit),
          })
        : t('summary.allWithin', { plan: h.limits.planName, limit: formatValue(m, limit) }),
    );
  }
  return parts.join(' ');
}

export function stackedSummary(h: History, metrics: readonly Metric[]): string {
  const totals = metrics.map((m) => h.totals[m] ?? 0);
  const sum = totals.reduce((a, b) => a + b, 0);
  const t = pageT();
  if (!sum) return t('summary.noActivity');
  return t('summary.stacked', {
    list: metrics
      .map(
        (m, i) =>
          `${metricLabel(m)} ${formatValue(m, totals[i]!)} (${formatPercent((totals[i]! / sum) * 100)})`,
      )
      .join(', '),
    count: metrics.length,
    per: t(`summary.per.${h.period.groupBy}`),
  });
}

export function utilizationSummary(h: History, metrics: readonly Metric[]): string {
  const t = pageT();
  const u = utilization(h, metrics);
  const parts = metrics.map((m) => {
    const values = (u[m] ?? []).filter((v): v is number => v !== null);
    if (!values.length) return t('summary.unlimited', { metric: metricLabel(m) });
    const max = Math.max(...values);
    const latest = values[values.length - 1]!;
    return t('summary.utilization', {
      metric: metricLabel(m),
      latest: formatPercent(latest),
      max: formatPercent(max),
    });
  });
  return `${t('summary.utilizationHead', { plan: h.limits.planName })} ${parts.join(' ')}`;
}
