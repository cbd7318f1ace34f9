// Unusual days from the anomalies API, placed on the usage-over-time chart's buckets. Pure.
import { pageFormatTag, pageT } from '../lib/locale.js';
import type { Anomaly } from '../lib/analytics-types.js';
import { formatValue } from '../lib/format.js';
import type { History, Metric } from '../lib/types.js';
import { esc, type Look } from './option-parts.js';
import { pinLabel, pinSize } from './pin-layout.js';
import type { ChartPalette } from './theme.js';

/** Unusual days per metric, by bucket index (daily views only: a day's value is the bucket's). */
export type AnomalyMarks = Partial<Record<Metric, Map<number, Anomaly>>>;

export function anomalyMarks(
  h: History,
  list: { metric: Metric; granularity: string; anomalies: Anomaly[] }[] | undefined,
): AnomalyMarks {
  const out: AnomalyMarks = {};
  if (!list || h.period.groupBy !== 'day') return out;
  const index = new Map(h.buckets.map((b, i) => [b.start.slice(0, 10), i]));
  for (const m of list) {
    if (m.granularity !== 'day') continue;
    const marks = new Map<number, Anomaly>();
    for (const a of m.anomalies) {
      const i = typeof a.time === 'string' ? index.get(a.time.slice(0, 10)) : undefined;
      if (i !== undefined) marks.set(i, a);
    }
    if (marks.size) out[m.metric] = marks;
  }
  return out;
}

/** "Unusual spike: expected about 42 (normal 20–65)". */
export function anomalyText(m: Metric, a: Anomaly): string {
  const v = (x: number) => formatValue(m, x);
  const t = pageT();
  return t(a.direction === 'spike' ? 'charts.unusualSpike' : 'charts.unusualDip', {
    severity: t(`charts.severity.${a.severity}`, { defaultValue: a.severity }),
    expected: v(a.expected),
    low: v(Math.max(0, a.lower)),
    high: v(a.upper),
  });
}

/** The mark points of one metric's unusual days (a triangle for a spike, a diamond for a dip). */
export function anomalyPoints(
  marks: Map<number, Anomaly> | undefined,
  skip: number,
  palette: ChartPalette,
) {
  return [...(marks ?? [])]
    .filter(([i]) => i !== skip)
    .map(([i, a]) => ({
      name: a.direction,
      coord: [i, a.value],
      value: a.value,
      symbol: a.direction === 'spike' ? 'triangle' : 'diamond',
      symbolSize: 11,
      itemStyle: { color: palette.limit, borderColor: palette.background, borderWidth: 1.5 },
    }));
}

/** A tooltip formatter that adds the explanation of each unusual value under the values. */
export function withAnomalyNotes(
  lines: (params: unknown) => string,
  metrics: readonly Metric[],
  marks: AnomalyMarks,
) {
  return (params: unknown) => {
    const html = lines(params);
    const first = ([] as { dataIndex: number }[]).concat(params as never)[0];
    const notes = metrics
      .map((m) => {
        const a = first ? marks[m]?.get(first.dataIndex) : undefined;
        return a
          ? `<div class="tt-note"><span class="tt-dot dot-${m}"></span>${esc(anomalyText(m, a))}</div>`
          : '';
      })
      .join('');
    return notes ? html.replace(/<\/div>$/, `${notes}</div>`) : html;
  };
}

/** The series' mark points: its peak (a pin with the value) and its unusual days. */
export function overTimeMarks(
  m: Metric,
  peak: { value: number } | null | undefined,
  peakIndex: number,
  marks: Map<number, Anomaly> | undefined,
  look: Look,
) {
  const text = peak ? pinLabel(m, peak.value, pageFormatTag()) : '';
  return (peak && peak.value > 0 && peakIndex >= 0) || marks
    ? {
        symbol: 'pin',
        symbolSize: pinSize(text, look.compact),
        label: {
          color: '#14171f',
          fontSize: 10,
          formatter: (p: { name?: string }) => (p.name === 'Peak' && peak ? text : ''),
        },
        data: [
          ...(peak && peak.value > 0 && peakIndex >= 0
            ? [{ name: 'Peak', coord: [peakIndex, peak.value], value: peak.value }]
            : []),
          ...anomalyPoints(marks, peakIndex, look.palette),
        ],
      }
    : undefined;
}
