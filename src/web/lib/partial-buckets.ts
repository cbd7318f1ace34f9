// Weeks and months only partly inside the range shown, or partly still to come: their totals are
// not comparable with whole ones, so tables, tooltips and axes mark them.
import { addDays, daysBetween, daysInMonth } from '../../domain/dates.js';
import { formatBucket } from './format.js';
import { pageT } from './locale.js';
import type { GroupBy, History } from './types.js';

export interface Coverage {
  /** Days of the bucket inside the range and not after today. */
  days: number;
  /** Days of the whole week or month. */
  of: number;
  /** True when some of the bucket's days are after today. */
  open: boolean;
}

/** How much of a week or month bucket the numbers cover; null for hours, days and whole buckets. */
export function bucketCoverage(
  b: { start: string; end: string },
  groupBy: GroupBy,
  today?: string | null,
): Coverage | null {
  if (groupBy !== 'week' && groupBy !== 'month') return null;
  const start = b.start.slice(0, 10);
  // Buckets end at the next local midnight, so the end's date is the first day not included.
  let end = b.end.slice(0, 10);
  const of = groupBy === 'week' ? 7 : daysInMonth(start);
  const open = !!today && end > addDays(today, 1);
  if (open) end = addDays(today, 1) > start ? addDays(today, 1) : start;
  const days = daysBetween(start, end);
  return days < of ? { days, of, open } : null;
}

/** "partial: 3 of 7 days" or "partial: 12 of 30 days so far". */
export function partialNote(c: Coverage): string {
  return pageT()(c.open ? 'chartText.partialSoFar' : 'chartText.partial', {
    days: c.days,
    of: c.of,
  });
}

/** The note of each bucket of a history (null where the bucket is whole). */
export function partialNotes(h: History, today?: string | null): (string | null)[] {
  return h.buckets.map((b) => {
    const c = bucketCoverage(b, h.period.groupBy, today);
    return c ? partialNote(c) : null;
  });
}

/** A bucket's name with its partial note: "Week of 28 Sept 2026 (partial: 3 of 7 days)". */
export function bucketName(h: History, i: number, today?: string | null, short = false): string {
  const b = h.buckets[i]!;
  const name = formatBucket(b.start, h.period.groupBy, short);
  const c = bucketCoverage(b, h.period.groupBy, today);
  if (!c) return name;
  return short ? `${name}*` : `${name} (${partialNote(c)})`;
}

/** The sentence under a chart naming its partial buckets, or null when all are whole. */
export function partialFootnote(h: History, today?: string | null): string | null {
  const names = h.buckets.flatMap((_, i) =>
    bucketCoverage(h.buckets[i]!, h.period.groupBy, today) ? [bucketName(h, i, today)] : [],
  );
  if (!names.length) return null;
  const what = h.period.groupBy === 'week' ? 'week' : 'month';
  const t = pageT();
  return t(`partialFootnote.${what}`, { count: names.length, names: names.join('; ') });
}
