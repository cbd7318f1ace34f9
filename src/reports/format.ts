// Numbers and text as reports print them.
import { METRIC_DEFS, type Metric } from '../domain/metrics.js';
import { formatQuantity } from '../domain/quantity.js';

import { formatDay } from '../domain/dates.js';

export { formatDay };

const nf = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A metric value with its unit by the shared rules: "1,245 sessions", "1 export", "17.4 GB". */
export function formatValue(metric: Metric, v: number | null | undefined): string {
  if (v === null || v === undefined) return 'n/a';
  return formatQuantity(metric, v);
}

/** Dollars as the dashboard writes them: "$49", "$413.50", never "$0.00" beside "$19". */
export function formatUsd(usd: number): string {
  const cents = !Number.isInteger(Math.round(usd * 100) / 100);
  return `$${usd.toLocaleString('en-US', { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 })}`;
}

/** A change in percent with its sign, or "new" / "no change" where a percentage says nothing. */
export function formatChange(
  pct: number | null | undefined,
  prev: number | null | undefined,
  cur?: number | null,
): string {
  if (pct === null || pct === undefined) {
    if (prev === 0) return cur ? 'new' : 'no change';
    return '–';
  }
  if (pct === 0) return 'no change';
  return `${pct > 0 ? '+' : ''}${nf.format(pct)}%`;
}

const fine = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 });

/**
 * An 80% range whose ends differ as written: "80%: 1,280–1,370 sessions"; storage in GB at two
 * decimals where one is not enough ("80%: 11.68–11.74 GB"); said once when even that reads the same.
 */
export function bandText(m: Metric, lower: number, upper: number): string {
  let lo = formatValue(m, lower);
  let hi = formatValue(m, upper);
  if (lo === hi && m === 'storage_mb' && Math.min(lower, upper) >= 1000) {
    const [a, b] = [fine.format(lower / 1000), fine.format(upper / 1000)];
    if (a !== b) [lo, hi] = [`${a} GB`, `${b} GB`];
  }
  return lo === hi ? `80% range: ${lo}` : `80%: ${lo}–${hi}`;
}

/** "Sessions: projected 1,325 of 1,000 (80%: 1,280–1,370); limit reached on 2026-11-23". */
export function forecastLine(f: {
  metric: Metric;
  kind: 'total' | 'level';
  projected: { point: number; p80: { lower: number; upper: number } };
  limit: number | null;
  limitReach: { status: string; date?: string; earliest?: string };
}): string {
  const m = f.metric;
  const head = `${METRIC_DEFS[m].label}: ${f.kind === 'level' ? 'expected at' : 'projected'} ${formatValue(m, f.projected.point)}`;
  const of = f.limit !== null ? ` of ${formatValue(m, f.limit)}` : '';
  const band = ` (${bandText(m, f.projected.p80.lower, f.projected.p80.upper)})`;
  const r = f.limitReach;
  const reach =
    r.status === 'reached'
      ? `; limit reached on ${formatDay(r.date ?? '')}`
      : r.status === 'expected'
        ? `; limit expected around ${formatDay(r.date ?? '')}`
        : r.status === 'possible'
          ? `; limit possible from ${formatDay(r.earliest ?? '')}`
          : '';
  return head + of + band + reach;
}
