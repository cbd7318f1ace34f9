// Numbers, units, changes and bucket labels as people read them.
import { wallClockDate } from './dates.js';
import { METRIC_DEFS } from './metrics.js';
import type { GroupBy, Metric } from './types.js';

const LOCALE = 'en-GB';
const int = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const dec1 = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const exact = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 3 });
const compactFmt = new Intl.NumberFormat(LOCALE, { notation: 'compact', maximumFractionDigits: 1 });

/** A number in a metric's unit: "1,204 sessions", "312.5 min", "1.2 GB". */
export function formatValue(
  metric: Metric,
  value: number | null | undefined,
  opts: { compact?: boolean; exact?: boolean; unit?: boolean } = {},
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const withUnit = opts.unit ?? true;
  if (metric === 'storage_mb') {
    if (!opts.exact && Math.abs(value) >= 1000) {
      return `${dec1.format(value / 1000)}${withUnit ? ' GB' : ''}`;
    }
    return `${(opts.exact ? exact : int).format(value)}${withUnit ? ' MB' : ''}`;
  }
  const n = opts.compact
    ? compactFmt.format(value)
    : opts.exact
      ? exact.format(value)
      : metric === 'audio_minutes'
        ? dec1.format(value)
        : int.format(value);
  if (!withUnit) return n;
  const unit = metric === 'audio_minutes' ? 'min' : METRIC_DEFS[metric].unit;
  return `${n} ${unit}`;
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
