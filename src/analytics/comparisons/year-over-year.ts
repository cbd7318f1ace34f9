// A chosen range against the same weekdays a year earlier (364 days back, so Mondays meet
// Mondays and weekends meet weekends), as one comparison and bucket by bucket.
import type { Metric } from '../../domain/metrics.js';
import { periodTotal, valueOf } from '../series.js';
import { pctChange, round } from '../stats.js';
import { addDays, dateRange, monthKey, weekStart } from '../time.js';
import type { AlignedBucket, DailyPoint, DateRange, IsoDate, RangeYearOverYear } from '../types.js';
import { comparePeriods, YEAR_ALIGNED_DAYS } from './periods.js';
import { reason } from '../../domain/i18n/reasons.js';

export type BucketSize = 'day' | 'week' | 'month';

export interface RangeYoyOptions {
  range: DateRange;
  /** The zone's today: it and later days are left out, a partial day would read as a fall. */
  today: IsoDate;
  /** First local day with usage; null when there is none. Earlier days are "no data", not zero. */
  since: IsoDate | null;
  bucket: BucketSize;
}

const keyOf: Record<BucketSize, (d: IsoDate) => string> = {
  day: (d) => d,
  week: (d) => weekStart(d),
  month: (d) => monthKey(d),
};

/** Returns the complete days of the range against the same weekdays 364 days earlier, in total and per day, ISO week or month; unavailable where the history does not reach back. */
export function rangeYearOverYear(
  current: readonly DailyPoint[],
  yearEarlier: readonly DailyPoint[],
  metric: Metric,
  opts: RangeYoyOptions,
): RangeYearOverYear {
  const byDate = new Map<IsoDate, number>();
  for (const d of [...yearEarlier, ...current]) byDate.set(d.date, valueOf(d.values, metric));
  const from = opts.range.from;
  const yesterday = addDays(opts.today, -1);
  const to = opts.range.to < yesterday ? opts.range.to : yesterday;
  if (to < from) {
    return {
      metric,
      comparison: { available: false, reason: reason('noCompleteDay') },
      buckets: [],
    };
  }
  const back = (d: IsoDate) => addDays(d, -YEAR_ALIGNED_DAYS);
  const covered = (d: IsoDate) => opts.since !== null && d >= opts.since && byDate.has(d);
  let comparison: RangeYearOverYear['comparison'];
  if (opts.since === null) comparison = { available: false, reason: reason('noUsageYet') };
  else if (back(from) < opts.since) {
    comparison = {
      available: false,
      reason: reason('yearNotReached'),
    };
  } else comparison = comparePeriods(metric, byDate, [from, to], [back(from), back(to)]);

  const groups = new Map<string, IsoDate[]>();
  for (const d of dateRange(from, to)) {
    const k = keyOf[opts.bucket](d);
    const g = groups.get(k);
    if (g) g.push(d);
    else groups.set(k, [d]);
  }
  const buckets: AlignedBucket[] = [...groups.values()].map((days) => {
    const first = days[0] as IsoDate;
    const last = days[days.length - 1] as IsoDate;
    const value = round(
      periodTotal(
        metric,
        days.map((d) => byDate.get(d) ?? 0),
      ),
      3,
    );
    const earlier = days.map(back);
    const previous = earlier.every(covered)
      ? round(
          periodTotal(
            metric,
            earlier.map((d) => byDate.get(d) as number),
          ),
          3,
        )
      : null;
    return {
      from: first,
      to: last,
      days: days.length,
      value,
      previous,
      previousFrom: back(first),
      previousTo: back(last),
      changePct: previous === null ? null : pctChange(previous, value),
    };
  });
  return { metric, comparison, buckets };
}
