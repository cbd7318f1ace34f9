// Folds stored periods into the requested buckets and derives totals, change, trend and peaks.
import type { Bucket } from './calendar.js';
import { METRIC_DEFS, type Metric } from './metrics.js';
import type { Period } from './period-values.js';

export type Trend = 'up' | 'down' | 'stable';
export interface BucketValues {
  start: number;
  end: number;
  values: Record<Metric, number | null>;
  storagePeak: number | null;
}
export interface Summary {
  buckets: BucketValues[];
  totals: Record<Metric, number | null>;
  previousTotals: Record<Metric, number | null>;
  change: Record<Metric, number | null>;
  trend: Record<Metric, Trend>;
  peaks: Record<Metric, { start: number; end: number; value: number } | null>;
  storagePeak: number | null;
}
export interface SummarizeInput {
  buckets: Bucket[];
  previous: Bucket;
  /** Periods covering [previous.start, last bucket end), each inside one bucket. */
  periods: Period[];
  uniques: { buckets: number[]; total: number; previousTotal: number };
  /** The storage gauge just before previous.start. */
  carryIn: number | null;
  now: number;
}

/** Change beyond this share of the previous value counts as a trend; smaller moves are stable. */
export const TREND_THRESHOLD_PCT = 5;

const round = (n: number) => Math.round(n * 1e6) / 1e6;

function fold(
  bucket: Bucket,
  periods: Period[],
  carry: number | null,
  unique: number,
  now: number,
): BucketValues {
  const v = {
    sessions: 0,
    audio_minutes: 0,
    transcriptions: 0,
    exports: 0,
    api_calls: 0,
    concurrent: 0,
  };
  let storage: number | null = null;
  let peak: number | null = null;
  for (const p of periods) {
    v.sessions += p.values.sessions;
    v.audio_minutes += p.values.audio_minutes;
    v.transcriptions += p.values.transcriptions;
    v.exports += p.values.exports;
    v.api_calls += p.values.api_calls;
    v.concurrent = Math.max(v.concurrent, p.values.concurrent_sessions_peak);
    if (p.values.storage_mb !== null) storage = p.values.storage_mb;
    if (p.values.storage_mb_peak !== null) peak = Math.max(peak ?? 0, p.values.storage_mb_peak);
  }
  // Storage in use persists between measurements, up to now; a future bucket has no value yet.
  if (storage === null && bucket.start <= now) storage = carry;
  if (peak === null) peak = storage;
  return {
    start: bucket.start,
    end: bucket.end,
    values: {
      sessions: round(v.sessions),
      audio_minutes: round(v.audio_minutes),
      transcriptions: round(v.transcriptions),
      exports: round(v.exports),
      storage_mb: storage,
      api_calls: round(v.api_calls),
      unique_clients: unique,
      concurrent_sessions_peak: v.concurrent,
    },
    storagePeak: peak,
  };
}

function totalOf(metric: Metric, bs: BucketValues[], unique: number): number | null {
  const agg = METRIC_DEFS[metric].aggregation;
  if (agg === 'distinct') return unique;
  const vals = bs.map((b) => b.values[metric]);
  if (agg === 'sum') return round(vals.reduce<number>((s, x) => s + (x ?? 0), 0));
  if (agg === 'max') return vals.reduce<number>((s, x) => Math.max(s, x ?? 0), 0);
  return [...vals].reverse().find((x) => x !== null) ?? null;
}

/** Percentage change from prev to cur, one decimal; null when there is nothing to compare with. */
export function changePct(cur: number | null, prev: number | null): number | null {
  if (cur === null || prev === null || prev === 0) return null;
  return Math.round(((cur - prev) / prev) * 1000) / 10;
}

/** up/down when the change exceeds TREND_THRESHOLD_PCT, up from zero, otherwise stable. */
export function trendOf(cur: number | null, prev: number | null): Trend {
  if ((prev === null || prev === 0) && (cur ?? 0) > 0) return 'up';
  const c = changePct(cur, prev);
  if (c === null) return 'stable';
  return c > TREND_THRESHOLD_PCT ? 'up' : c < -TREND_THRESHOLD_PCT ? 'down' : 'stable';
}

/** Summarises periods into buckets, totals, previous totals, change, trend and peaks for every metric. */
export function summarize(input: SummarizeInput, metrics: readonly Metric[]): Summary {
  const { periods, now } = input;
  let i = 0;
  let carry = input.carryIn;
  const foldRange = (b: Bucket, unique: number) => {
    const inside: Period[] = [];
    while (i < periods.length && periods[i]!.start < b.end) {
      if (periods[i]!.start >= b.start) inside.push(periods[i]!);
      i++;
    }
    const out = fold(b, inside, carry, unique, now);
    if (out.values.storage_mb !== null) carry = out.values.storage_mb;
    return out;
  };
  const prev = foldRange(input.previous, input.uniques.previousTotal);
  const buckets = input.buckets.map((b, k) => foldRange(b, input.uniques.buckets[k] ?? 0));
  const s = {} as Summary;
  s.buckets = buckets;
  s.totals = {} as Summary['totals'];
  s.previousTotals = {} as Summary['previousTotals'];
  s.change = {} as Summary['change'];
  s.trend = {} as Summary['trend'];
  s.peaks = {} as Summary['peaks'];
  for (const m of metrics) {
    s.totals[m] = totalOf(m, buckets, input.uniques.total);
    s.previousTotals[m] = totalOf(m, [prev], input.uniques.previousTotal);
    s.change[m] = changePct(s.totals[m], s.previousTotals[m]);
    s.trend[m] = trendOf(s.totals[m], s.previousTotals[m]);
    let best: BucketValues | null = null;
    for (const b of buckets) if ((b.values[m] ?? 0) > (best?.values[m] ?? 0)) best = b;
    s.peaks[m] = best ? { start: best.start, end: best.end, value: best.values[m]! } : null;
  }
  const peaks = buckets.map((b) => b.storagePeak).filter((x): x is number => x !== null);
  s.storagePeak = peaks.length ? Math.max(...peaks) : null;
  return s;
}
