// Anomalies on synthetic usage shapes: `npx tsx bench/anomaly-shapes.ts [--seeds 8]`.
// Each seed draws every shape of bench/lib/usage-shapes.ts afresh and injects spikes and dips of
// 4, 5, 6, 7 and 8 robust sd (as bench/anomaly-accuracy.ts: one sd for the whole series, read from
// lagged differences without any detector; 1 point in 100, at least 5, at least 3 apart; whole
// numbers on counts, never below zero). The detector runs as the CLI does, told nothing but times.
// Every flag at a point not injected counts against it.
import { parseArgs } from 'node:util';
import { detectAnomalies } from '../src/analytics/index.js';
import { seededUniform } from '../src/domain/rng.js';
import { globalSigma } from './lib-anomaly-sigma.js';
import { usageShapes } from './lib/usage-shapes.js';

const SIZES = [4, 5, 6, 7, 8];
const { values: args } = parseArgs({ options: { seeds: { type: 'string', default: '8' } } });
const seeds = Number(args.seeds);

interface Tally {
  shape: string;
  found: number[];
  injected: number[];
  falseShare: number[];
  /** 8 sd injections scored above every flag that was not injected. */
  onTop: number;
}

const tallies = new Map<string, Tally>();
for (let seed = 1; seed <= seeds; seed++) {
  for (const s of usageShapes(seed)) {
    const sigma = globalSigma(s.values, s.seasons);
    const u = seededUniform(31 * seed + 7);
    const y = [...s.values];
    const whole = y.every(Number.isInteger);
    const nonNegative = y.every((v) => v >= 0);
    const at = new Map<number, number>();
    const count = Math.max(SIZES.length, Math.floor(y.length / 100));
    for (let k = 0; at.size < count;) {
      const i = Math.floor(u() * y.length);
      if ([...at.keys()].some((j) => Math.abs(i - j) < 3)) continue;
      const size = SIZES[k % SIZES.length]! * sigma;
      const d = whole ? Math.max(1, Math.round(size)) : size;
      const dip = u() < 0.5 && !(nonNegative && y[i]! - d < 0);
      y[i] = y[i]! + (dip ? -d : d);
      at.set(i, k++ % SIZES.length);
    }
    const flags = detectAnomalies(y, s.times).anomalies;
    const t = tallies.get(s.name) ?? {
      shape: s.shape,
      found: SIZES.map(() => 0),
      injected: SIZES.map(() => 0),
      falseShare: [],
      onTop: 0,
    };
    tallies.set(s.name, t);
    const byIndex = new Map(flags.map((f) => [f.index, f]));
    const others = flags.filter((f) => !at.has(f.index));
    const top = Math.max(0, ...others.map((f) => Math.abs(f.score)));
    t.falseShare.push(others.length / y.length);
    for (const [i, k] of at) {
      t.injected[k]!++;
      const f = byIndex.get(i);
      if (f) t.found[k]!++;
      if (k === SIZES.length - 1 && f && Math.abs(f.score) > top) t.onTop++;
    }
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const pct = (x: number) => `${Math.round(100 * x)}%`;
console.log(
  '| shape | what it does | recall 4σ / 6σ / 8σ | recall 4–8σ | non-injected flags, % of points: mean (worst seed) | 8σ above every other flag | both targets |',
);
console.log('|---|---|---|---|---|---|---|');
let pass = 0;
for (const [name, t] of tallies) {
  const recall = sum(t.found) / sum(t.injected);
  const flags = (100 * sum(t.falseShare)) / t.falseShare.length;
  const ok = recall >= 0.9 && flags <= 1;
  if (ok) pass++;
  const by = [0, 2, 4].map((k) => pct(t.found[k]! / t.injected[k]!)).join(' / ');
  const worst = (100 * Math.max(...t.falseShare)).toFixed(2);
  console.log(
    `| ${name} | ${t.shape} | ${by} | ${pct(recall)} | ${flags.toFixed(2)} (${worst}) | ${t.onTop} of ${t.injected[4]} | ${ok ? 'yes' : 'no'} |`,
  );
}
console.log(`\nBoth targets on ${pass} of ${tallies.size} shapes, ${seeds} seeds each.`);
