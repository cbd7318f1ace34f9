// How quantities are written, the same way on every screen and in every report: whole counts as
// whole numbers, storage in one unit rule (MB below 1,000 MB, GB above), singular for one.
import { METRIC_DEFS, type Metric } from './metrics.js';

// English numbers are written by the en-GB rules everywhere; another locale passes its own tag
// (src/domain/i18n/locale.ts, formatTag). Formatters are made once per tag and kept.
const ENGLISH = 'en-GB';
type NumberFormats = { int: Intl.NumberFormat; dec1: Intl.NumberFormat };
const formats = new Map<string, NumberFormats>();

/** Whole and one-decimal number formats for a locale tag (unknown tags write English). */
export function numberFormats(tag: string = ENGLISH): NumberFormats {
  let f = formats.get(tag);
  if (!f) {
    try {
      f = {
        int: new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }),
        dec1: new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }),
      };
    } catch {
      f = numberFormats(ENGLISH);
    }
    formats.set(tag, f);
  }
  return f;
}

/** Megabytes per gigabyte, as the plans count storage. */
export const MB_PER_GB = 1000;

/** A count, always whole: 1049.3 → "1,049". */
export function formatCount(n: number, tag?: string): string {
  return numberFormats(tag).int.format(Math.round(n));
}

/** Storage in the one unit rule: "812 MB", "17.4 GB" (never "14,918.44 MB" or a bare "200,000"). */
export function formatStorage(mb: number, withUnit = true, tag?: string): string {
  const { int, dec1 } = numberFormats(tag);
  if (Math.abs(mb) >= MB_PER_GB) return `${dec1.format(mb / MB_PER_GB)}${withUnit ? ' GB' : ''}`;
  return `${int.format(mb)}${withUnit ? ' MB' : ''}`;
}

/** The unit a storage axis or column uses for values up to `max` MB, and the divisor to get there. */
export function storageScale(max: number): { unit: 'MB' | 'GB'; divisor: number } {
  return max >= MB_PER_GB ? { unit: 'GB', divisor: MB_PER_GB } : { unit: 'MB', divisor: 1 };
}

/** The unit word of a metric for a value: "1 session", "2 sessions", "1 minute". */
export function unitWord(metric: Metric, value: number, abbreviate = false): string {
  if (metric === 'audio_minutes' && abbreviate) return 'min';
  const unit = METRIC_DEFS[metric].unit;
  const one = Math.abs(value) === 1 || (METRIC_DEFS[metric].whole && Math.round(value) === 1);
  return one && unit.endsWith('s') ? unit.slice(0, -1) : unit;
}

/** The number alone, rounded as the metric is counted (whole units whole, minutes to 0.1). */
export function formatAmount(metric: Metric, value: number, tag?: string): string {
  if (metric === 'storage_mb') return formatStorage(value, false, tag);
  return METRIC_DEFS[metric].whole
    ? formatCount(value, tag)
    : numberFormats(tag).dec1.format(value);
}

/** A quantity with its unit: "1,049 transcriptions", "1 export", "312.5 minutes", "17.4 GB". */
export function formatQuantity(
  metric: Metric,
  value: number,
  opts: { abbreviate?: boolean } = {},
): string {
  if (metric === 'storage_mb') return formatStorage(value);
  const shown = METRIC_DEFS[metric].whole ? Math.round(value) : Math.round(value * 10) / 10;
  return `${formatAmount(metric, value)} ${unitWord(metric, shown, opts.abbreviate)}`;
}

/** An average read as a rate, never rounded to zero: "about 12 a day", "about 0.3 an hour". */
export function formatRate(value: number, per: 'hour' | 'day' | 'week'): string {
  const unit = per === 'hour' ? 'an hour' : `a ${per}`;
  if (value <= 0) return `none ${per === 'hour' ? 'in an hour' : `in a ${per}`}`;
  if (value < 0.05) return `less than 0.1 ${unit}`;
  return `about ${value >= 10 ? formatCount(value) : numberFormats().dec1.format(value)} ${unit}`;
}

/** Smallest earlier total a percentage is computed against: below it, "+200%" says nothing. */
export const MIN_CHANGE_BASE = 20;
/** Share of the earlier period that must hold data for a percentage to compare like with like. */
export const MIN_HISTORY_SHARE = 0.9;

export type Change =
  | { kind: 'percent'; pct: number; delta: number }
  | { kind: 'absolute'; delta: number; reason: 'no earlier usage' | 'small base' | 'short history' }
  | { kind: 'none' };

/**
 * A change from the earlier period to this one: a percentage only when the earlier period is
 * covered by history and its total is a meaningful base, otherwise the absolute change and why.
 */
export function describeChange(
  cur: number | null | undefined,
  prev: number | null | undefined,
  previousHistoryShare = 1,
): Change {
  if (cur === null || cur === undefined || prev === null || prev === undefined) {
    return { kind: 'none' };
  }
  const delta = cur - prev;
  if (prev === 0 && cur === 0) return { kind: 'none' };
  if (prev === 0) return { kind: 'absolute', delta, reason: 'no earlier usage' };
  if (previousHistoryShare < MIN_HISTORY_SHARE) {
    return { kind: 'absolute', delta, reason: 'short history' };
  }
  if (Math.abs(prev) < MIN_CHANGE_BASE) return { kind: 'absolute', delta, reason: 'small base' };
  return { kind: 'percent', pct: Math.round((delta / prev) * 1000) / 10, delta };
}
