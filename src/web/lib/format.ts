// Numbers, units, changes and bucket labels as people read them.
import { wallClockDate } from './dates.js';
import { formatStorage, unitWord } from '../../domain/quantity.js';
import { METRIC_DEFS } from '../../domain/metrics.js';
import type { GroupBy, Metric } from './types.js';

const LOCALE = 'en-GB';
const int = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const dec1 = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const exact = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 3 });
const compactFmt = new Intl.NumberFormat(LOCALE, { notation: 'compact', maximumFractionDigits: 1 });

/**
 * A number in a metric's unit, by the shared rules of src/domain/quantity.ts: "1,204 sessions",
 * "1 export", "312.5 min", storage always "812 MB" / "17.4 GB" (cards, table, tooltips alike).
 */
export function formatValue(
  metric: Metric,
  value: number | null | undefined,
  opts: { compact?: boolean; exact?: boolean; unit?: boolean } = {},
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const withUnit = opts.unit ?? true;
  if (metric === 'storage_mb') return formatStorage(value, withUnit);
  const whole = METRIC_DEFS[metric].whole;
  const n = opts.compact
    ? compactFmt.format(whole ? Math.round(value) : value)
    : whole
      ? int.format(Math.round(value))
      : opts.exact
        ? exact.format(value)
        : dec1.format(value);
  if (!withUnit) return n;
  return `${n} ${unitWord(metric, whole ? Math.round(value) : value, true)}`;
}

/** An axis tick for a metric's axis: storage in its one unit rule, others compact. */
export function formatAxisTick(metric: Metric | null, value: number): string {
  return metric === 'storage_mb' ? formatStorage(value) : formatTick(value);
}

/** An axis tick: compact, no unit. */
export function formatTick(value: number): string {
  return compactFmt.format(value);
}

/** A change in percent: "+12.3%", "−4%", "0%"; null means no usage before. */
export function formatChange(change: number | null | undefined): string {
  if (change === null || change === undefined) return 'new';
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return '0%';
  return `${rounded > 0 ? '+' : '−'}${dec1.format(Math.abs(rounded))}%`;
}

export function formatPercent(p: number | null | undefined): string {
  if (p === null || p === undefined) return '–';
  return `${p >= 10 ? int.format(p) : dec1.format(p)}%`;
}

/** Words for a trend, for screen readers and the text summaries. */
export function trendWords(trend: string | undefined): string {
  return trend === 'up' ? 'rising' : trend === 'down' ? 'falling' : 'stable';
}

const fmt = (o: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(LOCALE, { ...o, timeZone: 'UTC' });
const F = {
  hour: fmt({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }),
  hourShort: fmt({ hour: '2-digit', minute: '2-digit' }),
  day: fmt({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }),
  dayShort: fmt({ day: 'numeric', month: 'short' }),
  month: fmt({ month: 'long', year: 'numeric' }),
  monthName: fmt({ month: 'short' }),
  date: fmt({ day: 'numeric', month: 'short', year: 'numeric' }),
};

/** A bucket as a person names it, from its start in the user's zone. */
export function formatBucket(start: string, groupBy: GroupBy, short = false): string {
  const d = wallClockDate(start);
  switch (groupBy) {
    case 'hour':
      return (short ? F.hourShort : F.hour).format(d);
    case 'day':
      return (short ? F.dayShort : F.day).format(d);
    case 'week':
      return short ? F.dayShort.format(d) : `Week of ${F.date.format(d)}`;
    case 'month':
      return short
        ? `${F.monthName.format(d)} ’${String(d.getUTCFullYear()).slice(2)}`
        : F.month.format(d);
  }
}

/** A local date ("2026-03-04") as "4 Mar 2026". */
export function formatDate(date: string): string {
  return F.date.format(wallClockDate(`${date}T00:00`));
}

/** A range of local dates: "4 – 10 Mar 2026" style, kept simple. */
export function formatDateRange(from: string, to: string): string {
  return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
}

/** A local date as "26 Nov", for sentences about the current period. */
export function formatDayShort(date: string): string {
  return F.dayShort.format(wallClockDate(`${date}T00:00`));
}

/** US dollars: "$49", "$65.35". */
export function formatDollars(usd: number): string {
  return `$${usd.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(usd) ? 0 : 2, maximumFractionDigits: 2 })}`;
}
