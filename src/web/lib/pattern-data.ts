// What the pattern and peer panels say, as data: tables and plain-language summaries. Pure.
import type { CalendarHeatmap, Peers, WeekdayHourHeatmap } from './analytics-types.js';
import type { Table } from './chart-data.js';
import { formatDate, formatValue } from './format.js';
import { metricLabel } from './locale.js';
import { formatRate } from '../../domain/quantity.js';

const HOURS = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`);

export function heatmapTable(h: WeekdayHourHeatmap): Table {
  return {
    columns: ['Hour', ...h.weekdays.map((d) => d.slice(0, 3))],
    rows: h.hours.map((hour, j) => [
      HOURS[hour] ?? String(hour),
      ...h.weekdays.map((_, i) => formatValue(h.metric, h.cells[i]?.[j] ?? 0, { exact: true })),
    ]),
  };
}

export function heatmapSummary(h: WeekdayHourHeatmap): string {
  let best = { i: 0, j: 0, v: -1 };
  h.cells.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v > best.v) best = { i, j, v };
    }),
  );
  if (best.v <= 0) return `${metricLabel(h.metric)}: no usage in the weeks shown.`;
  const dayTotals = h.cells.map((r) => r.reduce((a, b) => a + b, 0));
  const busiestDay = dayTotals.indexOf(Math.max(...dayTotals));
  return `${metricLabel(h.metric)}, mean per hour by weekday: busiest hour ${h.weekdays[best.i]} ${
    HOURS[h.hours[best.j] ?? 0]
  } (${formatRate(best.v, 'hour')}); busiest day ${h.weekdays[busiestDay]}.`;
}

export function calendarTable(c: CalendarHeatmap): Table {
  const months = new Map<
    string,
    { total: number; days: number; peak: { date: string; v: number } | null }
  >();
  for (const d of c.days) {
    if (d.value === null) continue;
    const k = d.date.slice(0, 7);
    const m = months.get(k) ?? { total: 0, days: 0, peak: null };
    m.total += d.value;
    m.days += 1;
    if (!m.peak || d.value > m.peak.v) m.peak = { date: d.date, v: d.value };
    months.set(k, m);
  }
  return {
    columns: ['Month', 'Days with data', 'Daily mean', 'Busiest day'],
    rows: [...months].map(([k, m]) => [
      k,
      String(m.days),
      formatValue(c.metric, m.days ? m.total / m.days : 0),
      m.peak ? `${formatDate(m.peak.date)} (${formatValue(c.metric, m.peak.v)})` : '–',
    ]),
  };
}

export function calendarSummary(c: CalendarHeatmap): string {
  const days = c.days.filter((d) => d.value !== null) as { date: string; value: number }[];
  if (!days.length) return `${metricLabel(c.metric)}: no daily usage in the last 12 months.`;
  const peak = days.reduce((a, b) => (b.value > a.value ? b : a));
  const active = days.filter((d) => d.value > 0).length;
  return `${metricLabel(c.metric)} per day from ${formatDate(c.range.from)} to ${formatDate(
    c.range.to,
  )}: ${active} active days of ${days.length}; busiest ${formatDate(peak.date)} with ${formatValue(
    c.metric,
    peak.value,
  )}.`;
}

/** "2026-10" as "October 2026". */
export function monthName(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 1)));
}

const POSITION: Record<string, string> = {
  'below-typical': 'below typical',
  typical: 'typical',
  'above-typical': 'above typical',
  'top-10-percent': 'in the top 10%',
};

export function peersAvailable(p: Peers) {
  return p.metrics.filter(
    (
      m,
    ): m is typeof m & {
      cohort: NonNullable<typeof m.cohort>;
      comparison: { available: true; percentile: number };
    } => m.comparison.available && m.cohort !== null,
  );
}

export function peersSummary(p: Peers): string {
  const ok = peersAvailable(p);
  if (!ok.length) {
    const reason = p.metrics.find((m) => !m.comparison.available)?.comparison as
      { reason: string } | undefined;
    return `No comparison with other ${p.plan} users for ${monthName(p.month)}: ${reason?.reason ?? 'not enough data'}.`;
  }
  return `Your usage in ${monthName(p.month)} against other users of the ${p.plan} plan. ${ok
    .map((m) => {
      const pos = (m.comparison as { position?: string }).position;
      return `${metricLabel(m.metric)}: ${formatValue(m.metric, m.value)}, percentile ${Math.round(
        m.comparison.percentile,
      )}${pos ? ` (${POSITION[pos] ?? pos})` : ''}.`;
    })
    .join(' ')}`;
}

export function peersTable(p: Peers): Table {
  return {
    columns: ['Metric', 'You', 'Percentile', 'p25', 'Median', 'p75', 'p90', 'Users'],
    rows: p.metrics.map((m) => {
      const c = m.cohort;
      const v = (x: number | undefined) => (x === undefined ? '–' : formatValue(m.metric, x));
      return [
        metricLabel(m.metric),
        formatValue(m.metric, m.value),
        m.comparison.available ? String(Math.round(m.comparison.percentile)) : m.comparison.reason,
        v(c?.p25),
        v(c?.p50),
        v(c?.p75),
        v(c?.p90),
        c ? String(c.n) : '–',
      ];
    }),
  };
}
