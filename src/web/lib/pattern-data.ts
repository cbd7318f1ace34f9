// What the pattern and peer panels say, as data: tables and plain-language summaries. Pure.
import type { CalendarHeatmap, Peers, WeekdayHourHeatmap } from './analytics-types.js';
import type { Table } from './chart-data.js';
import { formatDate, formatMonth, formatValue, weekdayName } from './format.js';
import { metricLabel, pageT, pageWords } from './locale.js';

const HOURS = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`);

export function heatmapTable(h: WeekdayHourHeatmap): Table {
  return {
    columns: [pageT()('groupBy.hour'), ...h.weekdays.map((d, i) => weekdayName(i, d, true))],
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
  const t = pageT();
  if (best.v <= 0) return t('patternText.noUsage', { metric: metricLabel(h.metric) });
  const dayTotals = h.cells.map((r) => r.reduce((a, b) => a + b, 0));
  const busiestDay = dayTotals.indexOf(Math.max(...dayTotals));
  return t('patternText.heatmap', {
    metric: metricLabel(h.metric),
    hour: `${weekdayName(best.i, h.weekdays[best.i]!)} ${HOURS[h.hours[best.j] ?? 0]}`,
    rate: pageWords().rate(best.v, 'hour'),
    day: weekdayName(busiestDay, h.weekdays[busiestDay]!),
  });
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
    columns: (['month', 'daysWithData', 'dailyMean', 'busiestDay'] as const).map((k) =>
      pageT()(`patternText.columns.${k}`),
    ),
    rows: [...months].map(([k, m]) => [
      // The month as the page's language names it, not the API's "2026-11".
      formatMonth(k),
      String(m.days),
      formatValue(c.metric, m.days ? m.total / m.days : 0),
      m.peak ? `${formatDate(m.peak.date)} (${formatValue(c.metric, m.peak.v)})` : '–',
    ]),
  };
}

export function calendarSummary(c: CalendarHeatmap): string {
  const days = c.days.filter((d) => d.value !== null) as { date: string; value: number }[];
  const t = pageT();
  if (!days.length) return t('patternText.noDaily', { metric: metricLabel(c.metric) });
  const peak = days.reduce((a, b) => (b.value > a.value ? b : a));
  const active = days.filter((d) => d.value > 0).length;
  return t('patternText.calendar', {
    metric: metricLabel(c.metric),
    from: formatDate(c.range.from),
    to: formatDate(c.range.to),
    active,
    days: days.length,
    busiest: formatDate(peak.date),
    value: formatValue(c.metric, peak.value),
  });
}

/** "2026-10" as "October 2026" ("Oktober 2026"). */
export function monthName(month: string): string {
  return formatMonth(month);
}

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
  const t = pageT();
  const ok = peersAvailable(p);
  if (!ok.length) {
    const reason = p.metrics.find((m) => !m.comparison.available)?.comparison as
      { reason: string } | undefined;
    return t('patternText.noPeers', {
      plan: p.planName,
      month: monthName(p.month),
      reason: reason?.reason ?? t('patternText.notEnough'),
    });
  }
  const lines = ok.map((m) => {
    const pos = (m.comparison as { position?: string }).position;
    return t('patternText.peerLine', {
      metric: metricLabel(m.metric),
      value: formatValue(m.metric, m.value),
      pct: Math.round(m.comparison.percentile),
      position: pos ? ` (${t(`patternText.position.${pos}`, { defaultValue: pos })})` : '',
    });
  });
  return `${t('patternText.peers', { month: monthName(p.month), plan: p.planName })} ${lines.join(' ')}`;
}

export function peersTable(p: Peers): Table {
  return {
    columns: [
      pageT()('panels.metric'),
      pageT()('charts.you'),
      pageT()('charts.percentile'),
      'p25',
      pageT()('patternText.median'),
      'p75',
      'p90',
      pageT()('patternText.users'),
    ],
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
