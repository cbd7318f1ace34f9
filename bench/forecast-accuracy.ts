// Forecast accuracy on held-out tails of real public series: `npx tsx bench/forecast-accuracy.ts`.
// For each series, several origins lie in the tail; every forecast is fitted on the points before
// its origin only (seasons detected on those points too), so nothing is tuned on the tail.
// MASE = mean absolute error / in-sample MAE of the seasonal naive forecast (Hyndman & Koehler 2006).
import { forecastSeries } from '../src/analytics/index.js';
import { fitPathModel, stepIntervals } from '../src/analytics/forecast/model.js';
import { sampleQuantiles, simulatePaths } from '../src/analytics/forecast/paths.js';
import { linearFit } from '../src/analytics/stats.js';
import { allSeries, type BenchSeries } from './lib-series.js';

interface Row {
  series: string;
  shape: string;
  n: number;
  horizon: number;
  origins: number;
  seasons: string;
  method: string;
  maseOurs: number;
  maseFixed: number;
  cover80Fixed: number;
  calendar: string;
  maseSnaive: number;
  maseLinear: number;
  cover80: number;
  cover95: number;
  ms: number;
}

function naiveScale(train: readonly number[], m: number): number {
  let s = 0;
  for (let i = m; i < train.length; i++) s += Math.abs(train[i]! - train[i - m]!);
  return s / (train.length - m);
}

function mae(actual: readonly number[], pred: readonly number[]): number {
  return actual.reduce((s, a, i) => s + Math.abs(a - pred[i]!), 0) / actual.length;
}

function seasonalNaive(train: readonly number[], m: number, h: number): number[] {
  return Array.from({ length: h }, (_, i) => train[train.length - m + (i % m)]!);
}

function linear(train: readonly number[], h: number): number[] {
  const { intercept, slope } = linearFit(
    train.map((_, i) => i),
    train,
  );
  return Array.from({ length: h }, (_, i) => intercept + slope * (train.length + i));
}

function evaluate(s: BenchSeries): Row {
  const m = s.period;
  const scores = { ours: 0, fixed: 0, snaive: 0, linear: 0 };
  let in80Fixed = 0;
  let in80 = 0;
  let in95 = 0;
  let total = 0;
  let ms = 0;
  const seasons = new Set<string>();
  const methods = new Set<string>();
  for (let k = 0; k < s.origins; k++) {
    const origin = s.values.length - s.horizon - (s.origins - 1 - k) * s.step;
    const train = s.values.slice(0, origin);
    const test = s.values.slice(origin, origin + s.horizon);
    const scale = naiveScale(train, m);
    const t0 = performance.now();
    const f80 = forecastSeries(train, {
      horizon: s.horizon,
      level: 0.8,
      times: s.times.slice(0, origin),
    });
    ms += performance.now() - t0;
    const f95 = forecastSeries(train, { horizon: s.horizon, level: 0.95, seasons: f80.seasons });
    const fixed = forecastSeries(train, { horizon: s.horizon, level: 0.8, seasons: s.seasons });
    scores.fixed += mae(test, fixed.point) / scale;
    seasons.add(f80.seasons.join('+') || 'none');
    methods.add(f80.method);
    scores.ours += mae(test, f80.point) / scale;
    scores.snaive += mae(test, seasonalNaive(train, m, s.horizon)) / scale;
    scores.linear += mae(test, linear(train, s.horizon)) / scale;
    test.forEach((a, i) => {
      total++;
      if (a >= f80.lower[i]! && a <= f80.upper[i]!) in80++;
      if (a >= f95.lower[i]! && a <= f95.upper[i]!) in95++;
      if (a >= fixed.lower[i]! && a <= fixed.upper[i]!) in80Fixed++;
    });
  }
  return {
    series: s.name,
    shape: s.shape,
    n: s.values.length,
    horizon: s.horizon,
    origins: s.origins,
    seasons: [...seasons].join(', '),
    method: [...methods].join(', '),
    maseOurs: scores.ours / s.origins,
    maseFixed: scores.fixed / s.origins,
    calendar: s.seasons.join('+'),
    cover80Fixed: in80Fixed / total,
    maseSnaive: scores.snaive / s.origins,
    maseLinear: scores.linear / s.origins,
    cover80: in80 / total,
    cover95: in95 / total,
    ms: ms / s.origins,
  };
}

const rows = allSeries().map(evaluate);
const f = (x: number, d = 2): string => x.toFixed(d);
const pct = (x: number): string => `${Math.round(x * 100)}%`;
const bold = (x: number, r: Row): string =>
  x < r.maseSnaive && x < r.maseLinear ? `**${f(x)}**` : f(x);
console.log(
  '| series | shape | n | h x origins | seasons found | method | MASE ours (auto) | MASE ours (calendar seasons) | MASE seasonal naive | MASE linear | 80% cover (auto) | 80% cover (calendar) | 95% cover (auto) | fit ms |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.series} | ${r.shape} | ${r.n} | ${r.horizon} x ${r.origins} | ${r.seasons} | ${r.method} | ${bold(r.maseOurs, r)} | ${bold(r.maseFixed, r)} (${r.calendar}) | ${f(r.maseSnaive)} | ${f(r.maseLinear)} | ${pct(r.cover80)} | ${pct(r.cover80Fixed)} | ${pct(r.cover95)} | ${f(r.ms, 0)} |`,
  );
}
const points = rows.reduce((s, r) => s + r.horizon * r.origins, 0);
const pooled = (k: 'cover80' | 'cover80Fixed' | 'cover95'): string =>
  pct(rows.reduce((s, r) => s + r[k] * r.horizon * r.origins, 0) / points);
const wins = (k: 'maseOurs' | 'maseFixed'): number =>
  rows.filter((r) => r[k] < r.maseSnaive && r[k] < r.maseLinear).length;
console.log(
  `\nBeats both baselines on ${wins('maseOurs')}/${rows.length} series (auto seasons), ${wins('maseFixed')}/${rows.length} (calendar seasons).` +
    ` Pooled coverage over ${points} held-out points: 80% interval ${pooled('cover80')} (auto), ${pooled('cover80Fixed')} (calendar); 95% interval ${pooled('cover95')}.`,
);

// ---- Sums over the horizon (what a billing-month projection is) --------------------------------
// The product adds days up. Three ways to get an 80% interval for the sum of the next h values:
// simulated paths with the model's error correlation (ours), independent steps (sqrt of summed
// variances: too narrow when a level error persists), and adding per-step bounds (assumes every
// step misses the same way: too wide).
const SUM_ORIGINS = 12;
const Z80 = 1.2815515655446004;

function sumCoverage(s: BenchSeries): { ours: number; indep: number; comono: number; n: number } {
  const step = Math.max(1, Math.floor(s.horizon / 2));
  let ours = 0;
  let indep = 0;
  let comono = 0;
  for (let k = 0; k < SUM_ORIGINS; k++) {
    const origin = s.values.length - s.horizon - (SUM_ORIGINS - 1 - k) * step;
    const train = s.values.slice(0, origin);
    const actual = s.values.slice(origin, origin + s.horizon).reduce((a, b) => a + b, 0);
    const model = fitPathModel(train, {
      horizon: s.horizon,
      periods: s.seasons,
      transform: 'auto',
    });
    const sums = simulatePaths(model, 2000, 7 + k).map((p) => p.reduce((a, b) => a + b, 0));
    const [lo, hi] = sampleQuantiles(sums, [0.1, 0.9]) as [number, number];
    if (actual >= lo && actual <= hi) ours++;
    const iv = stepIntervals(model, 0.8);
    const point = iv.point.reduce((a, b) => a + b, 0);
    const sd = Math.sqrt(
      iv.upper.reduce((a, u, i) => a + ((u - iv.lower[i]!) / (2 * Z80)) ** 2, 0),
    );
    if (Math.abs(actual - point) <= Z80 * sd) indep++;
    const l = iv.lower.reduce((a, b) => a + b, 0);
    const u = iv.upper.reduce((a, b) => a + b, 0);
    if (actual >= l && actual <= u) comono++;
  }
  return { ours, indep, comono, n: SUM_ORIGINS };
}

console.log(
  `\n80% interval coverage of the sum over the horizon (${SUM_ORIGINS} origins per series, calendar seasons):\n`,
);
console.log('| series | h | simulated paths (ours) | independent steps | added per-step bounds |');
console.log('|---|---|---|---|---|');
const totals = { ours: 0, indep: 0, comono: 0, n: 0 };
for (const s of allSeries()) {
  const c = sumCoverage(s);
  for (const k of ['ours', 'indep', 'comono', 'n'] as const) totals[k] += c[k];
  console.log(
    `| ${s.name} | ${s.horizon} | ${c.ours}/${c.n} | ${c.indep}/${c.n} | ${c.comono}/${c.n} |`,
  );
}
console.log(
  `| all | | ${pct(totals.ours / totals.n)} | ${pct(totals.indep / totals.n)} | ${pct(totals.comono / totals.n)} |`,
);
