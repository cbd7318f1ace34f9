// Numbers and text as reports print them.
import type { Metric } from '../domain/metrics.js';
import { formatMoney } from '../domain/money.js';
import { formatAmount, formatQuantity, numberFormats } from '../domain/quantity.js';
import { ENGLISH, localDay, type ReportLocale } from './locale.js';

/** A date as reports write it: "4 Mar 2026" (or the locale's: "4. März 2026"). */
export const formatDay = localDay;

const nf = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A metric value with its unit by the shared rules: "1,245 sessions", "1 export", "17.4 GB". */
export function formatValue(
  metric: Metric,
  v: number | null | undefined,
  loc: ReportLocale = ENGLISH,
  /** The unit as it reads after "of" ("von 250 Exporten"). */
  afterOf = false,
): string {
  if (v === null || v === undefined) return loc.t('report.na');
  if (loc.language === 'en') return formatQuantity(metric, v);
  const amount = formatAmount(metric, v, loc.format);
  if (metric === 'storage_mb') return `${amount} ${v >= 1000 ? 'GB' : 'MB'}`;
  const count = Math.abs(Math.round(v * 10) / 10) === 1 ? 1 : 2;
  const unit = afterOf
    ? loc.t(`unitsOf.${metric}`, { count })
    : loc.t(`units.${metric}`, { count });
  return `${amount} ${unit}`;
}

/** Dollars as the dashboard writes them: "$49", "$413.50", never "$0.00" beside "$19"; in the reader's locale otherwise ("41,05 $"). */
export function formatUsd(usd: number, loc: ReportLocale = ENGLISH): string {
  if (loc.language !== 'en') return formatMoney(usd, 'USD', loc.format);
  const cents = !Number.isInteger(Math.round(usd * 100) / 100);
  return `$${usd.toLocaleString('en-US', { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 })}`;
}

/** A change in percent with its sign, or "new" / "no change" where a percentage says nothing. */
export function formatChange(
  pct: number | null | undefined,
  prev: number | null | undefined,
  cur?: number | null,
  loc: ReportLocale = ENGLISH,
): string {
  if (pct === null || pct === undefined) {
    if (prev === 0) return cur ? loc.t('format.new') : loc.t('report.noChange');
    return '–';
  }
  if (pct === 0) return loc.t('report.noChange');
  // A true minus, as the dashboard and the report's own sentences write it (not a hyphen).
  const sign = pct > 0 ? '+' : '\u2212';
  const size = Math.abs(pct);
  if (loc.language === 'en') return `${sign}${nf.format(size)}%`;
  // German writes a space before the sign (no-break: never "12,5" at a line's end and "%" below).
  return `${sign}${numberFormats(loc.format).dec1.format(size)}\u00a0%`;
}

const fine = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 });

/**
 * An 80% range whose ends differ as written: "80%: 1,280–1,370 sessions"; storage in GB at two
 * decimals where one is not enough ("80%: 11.68–11.74 GB"); said once when even that reads the same.
 */
export function bandText(
  m: Metric,
  lower: number,
  upper: number,
  loc: ReportLocale = ENGLISH,
): string {
  let lo = formatValue(m, lower, loc);
  let hi = formatValue(m, upper, loc);
  if (lo === hi && m === 'storage_mb' && Math.min(lower, upper) >= 1000) {
    const two =
      loc.language === 'en'
        ? fine
        : new Intl.NumberFormat(loc.format, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
    const [a, b] = [two.format(lower / 1000), two.format(upper / 1000)];
    if (a !== b) [lo, hi] = [`${a} GB`, `${b} GB`];
  }
  return lo === hi ? loc.t('report.band80One', { value: lo }) : loc.t('report.band80', { lo, hi });
}

/** "Sessions: projected 1,325 of 1,000 (80%: 1,280–1,370); limit reached on 2026-11-23". */
export function forecastLine(
  f: {
    metric: Metric;
    kind: 'total' | 'level';
    projected: { point: number; p80: { lower: number; upper: number } };
    limit: number | null;
    limitReach: {
      status: string;
      date?: string;
      earliest?: string;
      stoppedBy?: { metric: Metric; date: string };
    };
  },
  loc: ReportLocale = ENGLISH,
): string {
  const m = f.metric;
  const { t } = loc;
  const value = formatValue(m, f.projected.point, loc);
  const head = `${t(`metrics.${m}`)}: ${f.kind === 'level' ? t('report.expectedAt', { value }) : t('report.projected', { value })}`;
  const of =
    f.limit !== null ? t('report.ofLimit', { limit: formatValue(m, f.limit, loc, true) }) : '';
  const band = ` (${bandText(m, f.projected.p80.lower, f.projected.p80.upper, loc)})`;
  const r = f.limitReach;
  const reach =
    r.status === 'reached'
      ? t('report.limitReached', { date: formatDay(r.date ?? '', loc) })
      : r.status === 'expected'
        ? t('report.limitExpected', { date: formatDay(r.date ?? '', loc) })
        : r.status === 'possible'
          ? t('report.limitPossible', { date: formatDay(r.earliest ?? '', loc) })
          : '';
  const stop = r.stoppedBy
    ? t('report.stoppedBy', {
        metric: loc.words.label(r.stoppedBy.metric),
        date: formatDay(r.stoppedBy.date, loc),
      })
    : '';
  return head + of + band + reach + stop;
}
