// Numbers, units, changes and bucket labels as people read them.
import { wallClockDate } from './dates.js';
import { formatStorage } from '../../domain/quantity.js';
import { METRIC_DEFS } from '../../domain/metrics.js';
import { pageFormatTag, pageLanguage, pageT } from './locale.js';

export { metricLabel } from './locale.js';
import type { GroupBy, Metric } from './types.js';

// Formatters per locale tag, made once each: the page's tag is read on every call (pageFormatTag).
const cache = new Map<string, ReturnType<typeof makeFormats>>();

function makeFormats(tag: string) {
  const num = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(tag, o);
  const date = (o: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(tag, { ...o, timeZone: 'UTC' });
  return {
    int: num({ maximumFractionDigits: 0 }),
    dec1: num({ maximumFractionDigits: 1 }),
    exact: num({ maximumFractionDigits: 3 }),
    compact: num({ notation: 'compact', maximumFractionDigits: 1 }),
    dollarTick: num({
      style: 'currency',
      currency: 'USD',
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }),
    hour: date({
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: '2-digit',
      minute: '2-digit',
    }),
    hourShort: date({ hour: '2-digit', minute: '2-digit' }),
    day: date({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }),
    dayShort: date({ day: 'numeric', month: 'short' }),
    month: date({ month: 'long', year: 'numeric' }),
    monthShort: date({ month: 'short', year: 'numeric' }),
    monthName: date({ month: 'short' }),
    date: date({ day: 'numeric', month: 'short', year: 'numeric' }),
  };
}

function formats() {
  const tag = pageFormatTag();
  let f = cache.get(tag);
  if (!f) {
    f = makeFormats(tag);
    cache.set(tag, f);
  }
  return f;
}

/**
 * A number in a metric's unit, by the shared rules of src/domain/quantity.ts: "1,204 sessions",
 * "1 export", "312.5 min", storage always "812 MB" / "17.4 GB" (cards, table, tooltips alike).
 */
export function formatValue(
  metric: Metric,
  value: number | null | undefined,
  /** afterOf: the unit as it reads after "of" ("von 250 Exporten"), see Words.qtyOf. */
  opts: { compact?: boolean; exact?: boolean; unit?: boolean; afterOf?: boolean } = {},
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const withUnit = opts.unit ?? true;
  const tag = pageFormatTag();
  if (metric === 'storage_mb') return formatStorage(value, withUnit, tag);
  const whole = METRIC_DEFS[metric].whole;
  const { compact: compactFmt, int, exact, dec1 } = formats();
  const n = opts.compact
    ? compactFmt.format(whole ? Math.round(value) : value)
    : whole
      ? int.format(Math.round(value))
      : opts.exact
        ? exact.format(value)
        : dec1.format(value);
  if (!withUnit) return n;
  return `${n} ${unitText(metric, whole ? Math.round(value) : value, true, opts.afterOf)}`;
}

/** The unit word of a metric for a value in the page's language: "1 session", "2 Sitzungen", "min". */
export function unitText(
  metric: Metric,
  value: number,
  abbreviate = false,
  afterOf = false,
): string {
  const t = pageT();
  if (metric === 'audio_minutes' && abbreviate) return t('units.min');
  const one = Math.abs(value) === 1 || (METRIC_DEFS[metric].whole && Math.round(value) === 1);
  const count = one ? 1 : 2;
  return afterOf ? t(`unitsOf.${metric}`, { count }) : t(`units.${metric}`, { count });
}

/** An axis tick for a metric's axis: storage in its one unit rule, others compact. */
export function formatAxisTick(metric: Metric | null, value: number): string {
  return metric === 'storage_mb' ? formatStorage(value, true, pageFormatTag()) : formatTick(value);
}

/** An axis tick: compact, no unit. */
export function formatTick(value: number): string {
  return formats().compact.format(value);
}

/** A dollar axis tick, compact: "$210" in English, "210 $" in German. */
export function formatDollarTick(value: number): string {
  if (pageLanguage() === 'en') return `$${formatTick(value)}`;
  return formats().dollarTick.format(value);
}

/** A change in percent: "+12.3%", "−4%", "0%"; null means no usage before. */
export function formatChange(change: number | null | undefined): string {
  if (change === null || change === undefined) return pageT()('format.new');
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return '0%';
  return `${rounded > 0 ? '+' : '−'}${formats().dec1.format(Math.abs(rounded))}%`;
}

export function formatPercent(p: number | null | undefined): string {
  if (p === null || p === undefined) return '–';
  const { int, dec1 } = formats();
  return `${p >= 10 ? int.format(p) : dec1.format(p)}%`;
}

/**
 * The name of weekday `i` (0 = Monday), as the analytics API names it in English ("Monday"), else
 * as the page's language does ("Montag"); `short` takes the first three letters / Intl's short form.
 */
export function weekdayName(i: number, apiName: string, short = false): string {
  if (pageLanguage() === 'en') return short ? apiName.slice(0, 3) : apiName;
  const monday = new Date(Date.UTC(2024, 0, 1 + i));
  return new Intl.DateTimeFormat(pageFormatTag(), {
    weekday: short ? 'short' : 'long',
    timeZone: 'UTC',
  }).format(monday);
}

/**
 * Month `n` of the year (1 = January), as the analytics API names it in English ("January"), else
 * as the page's language does ("Januar"); `short` takes the first three letters / Intl's short form.
 */
export function monthOfYearName(n: number, apiName: string, short = false): string {
  if (pageLanguage() === 'en') return short ? apiName.slice(0, 3) : apiName;
  return new Intl.DateTimeFormat(pageFormatTag(), {
    month: short ? 'short' : 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2024, n - 1, 1)));
}

/** A whole count in the page's locale: "1,234" / "1.234". */
export function formatCount(n: number): string {
  return formats().int.format(n);
}

/** Words for a trend, for screen readers and the text summaries. */
export function trendWords(trend: string | undefined): string {
  const t = pageT();
  return t(
    trend === 'up' ? 'format.rising' : trend === 'down' ? 'format.falling' : 'format.stable',
  );
}

/** A bucket as a person names it, from its start in the user's zone. */
export function formatBucket(start: string, groupBy: GroupBy, short = false): string {
  const d = wallClockDate(start);
  const F = formats();
  switch (groupBy) {
    case 'hour':
      return (short ? F.hourShort : F.hour).format(d);
    case 'day':
      return (short ? F.dayShort : F.day).format(d);
    case 'week':
      return short ? F.dayShort.format(d) : pageT()('format.weekOf', { date: F.date.format(d) });
    case 'month':
      return short
        ? `${F.monthName.format(d)} ’${String(d.getUTCFullYear()).slice(2)}`
        : F.month.format(d);
  }
}

/** A calendar month ("2026-11") as "November 2026" / "November 2026"; short: "Nov 2026" / "Nov. 2026". */
export function formatMonth(month: string, short = false): string {
  const F = formats();
  return (short ? F.monthShort : F.month).format(wallClockDate(`${month}-01T00:00`));
}

/** A local date ("2026-03-04") as "4 Mar 2026". */
export function formatDate(date: string): string {
  return formats().date.format(wallClockDate(`${date}T00:00`));
}

/** A range of local dates: "4 – 10 Mar 2026" style, kept simple. */
export function formatDateRange(from: string, to: string): string {
  return from === to ? formatDate(from) : `${formatDate(from)} – ${formatDate(to)}`;
}

/** A local date as "26 Nov", for sentences about the current period. */
export function formatDayShort(date: string): string {
  return formats().dayShort.format(wallClockDate(`${date}T00:00`));
}

/** US dollars: "$49", "$65.35"; in other languages as they write dollars ("65,35 $"). */
export function formatDollars(usd: number): string {
  const digits = Number.isInteger(usd) ? 0 : 2;
  if (pageLanguage() !== 'en')
    return new Intl.NumberFormat(pageFormatTag(), {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: digits,
      maximumFractionDigits: 2,
    }).format(usd);
  return `$${usd.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(usd) ? 0 : 2, maximumFractionDigits: 2 })}`;
}
