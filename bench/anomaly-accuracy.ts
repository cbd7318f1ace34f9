// Anomaly detection on real series with injected spikes and dips: `npx tsx bench/anomaly-accuracy.ts`.
// Sizes are multiples of a reference scale that does not depend on the detector: the robust sd of
// the seasonal differences y[t] - y[t - m], divided by sqrt(2). Positions and directions are drawn
// from a seeded generator. A detection at an injected index is a true positive; any other is
// counted as false, although a real series has genuine oddities of its own (reported separately
// as alarms on the clean series).
import { detectAnomalies } from '../src/analytics/index.js';
import { seededUniform } from '../src/domain/rng.js';
import { mad } from '../src/analytics/stats.js';
import { allSeries, type BenchSeries } from './lib-series.js';

const SIZES = [3, 5, 8];
const TRIALS = 20;
const PER_TRIAL = 6;
const COUNT_SERIES = new Set(['flights/day', 'flights/hour', 'github/day']);

interface Tally {
  injected: number[];
  found: number[];
  tp: number;
  detections: number;
  /** Detections at points already flagged on the clean series: the series' own oddities. */
  known: number;
}

function referenceScale(s: BenchSeries): number {
  const d = s.values.slice(s.period).map((v, i) => v - s.values[i]!);
  return (1.4826 * mad(d)) / Math.SQRT2;
}

/** 3 sigma of the raw series: the baseline the issue rules out. */
function naive(values: readonly number[]): Set<number> {
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - m) ** 2, 0) / values.length);
  return new Set(values.flatMap((v, i) => (Math.abs(v - m) > 3 * sd ? [i] : [])));
}

function run(s: BenchSeries): string {
  const scale = referenceScale(s);
  const countData = COUNT_SERIES.has(s.name);
  const opts = { seasons: s.seasons, countData };
  const nonNegative = s.values.every((v) => v >= 0);
  const clean = detectAnomalies(s.values, s.times, opts);
  const tally = (): Tally => ({
    injected: SIZES.map(() => 0),
    found: SIZES.map(() => 0),
    tp: 0,
    detections: 0,
    known: 0,
  });
  const ours = tally();
  const base = tally();
  const cleanOurs = new Set(clean.anomalies.map((a) => a.index));
  const cleanBase = naive(s.values);
  let ms = 0;
  for (let trial = 0; trial < TRIALS; trial++) {
    const u = seededUniform(1000 * trial + s.values.length);
    const y = [...s.values];
    const sizeAt = new Map<number, number>();
    while (sizeAt.size < PER_TRIAL) {
      const i = Math.floor(u() * y.length);
      if ([...sizeAt.keys()].some((j) => Math.abs(i - j) < 3)) continue;
      const k = sizeAt.size % SIZES.length;
      const sign = u() < 0.5 ? -1 : 1;
      y[i] = y[i]! + sign * SIZES[k]! * scale;
      if (nonNegative) y[i] = Math.max(0, y[i]!);
      sizeAt.set(i, k);
    }
    const t0 = performance.now();
    const found = new Set(detectAnomalies(y, s.times, opts).anomalies.map((a) => a.index));
    ms += performance.now() - t0;
    for (const [tally, hits, before] of [
      [ours, found, cleanOurs],
      [base, naive(y), cleanBase],
    ] as const) {
      for (const [i, k] of sizeAt) {
        tally.injected[k]!++;
        if (hits.has(i)) {
          tally.found[k]!++;
          tally.tp++;
        }
      }
      tally.detections += hits.size;
      for (const i of hits) if (before.has(i) && !sizeAt.has(i)) tally.known++;
    }
  }
  const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${Math.round((100 * a) / b)}%`);
  const recall = (t: Tally): string =>
    SIZES.map((_, k) => pct(t.found[k]!, t.injected[k]!)).join(' / ');
  const alarms = ((1000 * clean.anomalies.length) / s.values.length).toFixed(1);
  const precision = (t: Tally): string =>
    `${pct(t.tp, t.detections)} (${pct(t.tp, t.detections - t.known)})`;
  return `| ${s.name} | ${s.values.length} | ${clean.season ?? 'none'} | ${recall(ours)} | ${precision(ours)} | ${alarms} | ${recall(base)} | ${precision(base)} | ${(ms / TRIALS).toFixed(0)} |`;
}

console.log(
  `| series | n | season | recall ours (${SIZES.map((x) => `${x}σ`).join(' / ')}) | precision ours (excl. the series' own oddities) | own oddities: alarms on the clean series per 1000 points | recall raw 3-sigma | precision raw 3-sigma | ms per run |`,
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const s of allSeries()) console.log(run(s));
console.log(
  `\n${TRIALS} trials x ${PER_TRIAL} injections per series (sizes cycled, direction random, seeded). ` +
    'Count series (flights, github) run with countData as the product does for usage.',
);
