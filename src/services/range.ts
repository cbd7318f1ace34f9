// Ranges depend only on the query and the local date, so every user in a zone asking for the
// same period today shares one resolved range and one set of bucket labels.
import type { LRUCache } from 'lru-cache';
import { isoInZoneFast, localDate } from '../domain/calendar.js';
import {
  RangeError400,
  resolveRange,
  type RangeInput,
  type ResolvedRange,
} from '../domain/range.js';
import { invalid } from './errors.js';
import { alignmentOf, type Alignment } from './load-periods.js';

// Module-level on purpose (the rule is state on the context): these are
// memos keyed by a ResolvedRange object, which the context's ranges cache owns; they hold nothing
// once the range is evicted, so they need no budget and no reset between tests.
const labels = new WeakMap<ResolvedRange, { starts: string[]; ends: string[] }>();

/** resolveRange with its complaints turned into invalid_input errors naming the field; the result is shared (kept in `ranges` when given) and must not be mutated. */
export function rangeOrInvalid(
  input: RangeInput,
  now: number,
  ranges?: LRUCache<string, ResolvedRange>,
): ResolvedRange {
  const { period, from, to, groupBy, tz } = input;
  const key = `${period}|${from ?? ''}|${to ?? ''}|${groupBy}|${tz}|${localDate(now, tz)}`;
  const hit = ranges?.get(key);
  if (hit) return hit;
  let range: ResolvedRange;
  try {
    range = resolveRange(input, now);
  } catch (e) {
    if (e instanceof RangeError400) throw invalid(e.field, e.reason);
    throw e;
  }
  ranges?.set(key, range);
  return range;
}

const bounds = new WeakMap<
  ResolvedRange,
  Map<string, { boundaries: number[]; aligned: Alignment }>
>();

/** The range's period boundaries (previous start, bucket starts, end) and whether they meet a zone's stored days and hours; shared, not to be mutated. */
export function boundariesOf(range: ResolvedRange, userZone: string) {
  let byZone = bounds.get(range);
  if (!byZone) bounds.set(range, (byZone = new Map()));
  let b = byZone.get(userZone);
  if (!b) {
    const boundaries = [range.previous.start, ...range.buckets.map((x) => x.start), range.end];
    b = { boundaries, aligned: alignmentOf(boundaries, userZone) };
    byZone.set(userZone, b);
  }
  return b;
}

/** The ISO-8601 start and end (with the zone's offset) of each of the range's buckets. */
export function bucketLabels(range: ResolvedRange): { starts: string[]; ends: string[] } {
  let l = labels.get(range);
  if (!l) {
    l = {
      starts: range.buckets.map((b) => isoInZoneFast(b.start, range.tz)),
      ends: range.buckets.map((b) => isoInZoneFast(b.end, range.tz)),
    };
    labels.set(range, l);
  }
  return l;
}
