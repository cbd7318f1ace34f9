// Forecast accuracy on held-out tails of real public series: `npx tsx bench/forecast-accuracy.ts`.
// For each series, several origins lie in the tail; every forecast is fitted on the points before
// its origin only (seasons detected on those points too), so nothing is tuned on the tail. The
// classical baselines (R forecast's automatic ETS and Theta) run on the same splits, from here.
// MASE = mean absolute error / in-sample MAE of the seasonal naive forecast (Hyndman & Koehler 2006).
import { stepIntervals } from '../src/analytics/forecast/model.js';
import { seriesModel } from '../src/analytics/forecast/series-forecast.js';
import { allSeries } from './lib-series.js';
import { R_BASELINES, type RBaseline, type RForecast } from './lib/r-baselines.js';
import { baselinesOn, covered, mae, splitId, splits } from './lib/splits.js';
import { moreVegaSeries } from './lib/series-more.js';
import { rSeries } from './lib/series-r.js';
import { sumCoverageTable } from './lib/forecast-sums.js';

type Scored = 'auto' | 'calendar' | 'snaive' | RBaseline;

const { series: fromR, missing: rMissing } = rSeries();
const series = [...allSeries(), ...moreVegaSeries(), ...fromR];
const all = series.flatMap(splits);
const { r, ms: rMs } = baselinesOn(all);

interface Acc {
  mase: number;
  in80: number;
  in95: number;
  points: number;
  ms: number;
  seasons: Set<string>;
  methods: Set<string>;
}
const acc = new Map<string, Map<Scored, Acc>>();
const get = (s: string, m: Scored): Acc => {
  if (!acc.has(s)) acc.set(s, new Map());
  const a = acc.get(s)!;
  if (!a.has(m))
    a.set(m, {
      mase: 0,
      in80: 0,
      in95: 0,
      points: 0,
      ms: 0,
      seasons: new Set(),
      methods: new Set(),
    });
  return a.get(m)!;
};

for (const sp of all) {
  const s = sp.series;
  const h = s.horizon;
  const score = (m: Scored, f80: RForecast, f95?: RForecast, ms = 0): void => {
    const a = get(s.name, m);
    a.mase += mae(sp.test, f80.mean) / sp.scale / s.origins;
    a.in80 += covered(sp.test, f80);
    if (f95) a.in95 += covered(sp.test, f95);
    a.points += h;
    a.ms += ms / s.origins;
  };
  for (const mode of ['auto', 'calendar'] as const) {
    const started = performance.now();
    // Exactly what `analyze forecast` runs, without --season (auto) and with it (calendar).
    const model = seriesModel(sp.train, {
      horizon: h,
      ...(mode === 'auto' ? { times: s.times.slice(0, sp.train.length) } : { seasons: s.seasons }),
    });
    const i80 = stepIntervals(model, 0.8);
    const ms = performance.now() - started;
    const i95 = stepIntervals(model, 0.95);
    score(mode, { mean: i80.point, ...i80 }, { mean: i95.point, ...i95 }, ms);
    get(s.name, mode).seasons.add(model.periods.join('+') || 'none');
    get(s.name, mode).methods.add(model.method);
  }
  const snaive = Array.from(
    { length: h },
    (_, i) => sp.train[sp.train.length - s.period + (i % s.period)]!,
  );
  score('snaive', { mean: snaive, lower: snaive, upper: snaive });
  for (const b of R_BASELINES) {
    const f = r.results.get(splitId(sp))?.get(b);
    if (f) score(b, f);
  }
}

const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const pct = (x: number): string => `${Math.round(x * 100)}%`;
const gmean = (xs: number[]): number =>
  Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
const names = series.map((s) => s.name);
const haveR = names.every((n) => R_BASELINES.every((b) => acc.get(n)?.has(b)));

console.log(
  `${series.length} series, ${all.length} splits; R baselines ${r.missing ?? `in ${(rMs / 1000).toFixed(1)} s`}${rMissing ? `; R datasets not loaded: ${rMissing}` : ''}\n`,
);
console.log(
  '| series | shape | n | h x origins | seasons (auto) | method (auto) | MASE ours (auto) | ours (calendar) | seasonal naive | R ets | R theta | best baseline | 80% cover auto / calendar / R ets | 95% cover (auto) | ms per forecast |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const s of series) {
  const a = acc.get(s.name)!;
  const m = (k: Scored): number => a.get(k)?.mase ?? NaN;
  const baselines = (['snaive', ...R_BASELINES] as Scored[]).filter((b) => a.has(b));
  const best = baselines.reduce((x, y) => (m(y) < m(x) ? y : x));
  const auto = a.get('auto')!;
  const cov = (k: Scored): string => (a.has(k) ? pct(a.get(k)!.in80 / a.get(k)!.points) : 'n/a');
  console.log(
    `| ${s.name} | ${s.shape} | ${s.values.length} | ${s.horizon} x ${s.origins} | ${[...auto.seasons].join(', ')} | ${[...auto.methods].join(', ')} | ${f2(m('auto'))} | ${f2(m('calendar'))} | ${f2(m('snaive'))} | ${f2(m('R ets'))} | ${f2(m('R theta'))} | ${best === 'snaive' ? 'seasonal naive' : best} | ${cov('auto')} / ${cov('calendar')} / ${cov('R ets')} | ${pct(auto.in95 / auto.points)} | ${Math.round(auto.ms)} |`,
  );
}
const gm = (k: Scored): number => gmean(names.map((n) => acc.get(n)!.get(k)?.mase ?? NaN));
const strongest = R_BASELINES.reduce((x, y) => (gm(y) < gm(x) ? y : x));
const pooled = (k: Scored): number =>
  names.reduce((s, n) => s + acc.get(n)!.get(k)!.in80, 0) /
  names.reduce((s, n) => s + acc.get(n)!.get(k)!.points, 0);
const worst = (k: Scored): number =>
  Math.min(...names.map((n) => acc.get(n)!.get(k)!.in80 / acc.get(n)!.get(k)!.points));
const vsNaive = (k: Scored): number =>
  Math.max(...names.map((n) => acc.get(n)!.get(k)!.mase / acc.get(n)!.get('snaive')!.mase));
console.log(
  `\nGeometric-mean MASE over ${names.length} series: ours ${f2(gm('auto'))} (auto seasons), ${f2(gm('calendar'))} (calendar seasons); seasonal naive ${f2(gm('snaive'))}; ${R_BASELINES.map((b) => `${b} ${f2(gm(b))}`).join(', ')}.`,
);
console.log(
  `Ratio to seasonal naive: ${f2(gm('auto') / gm('snaive'))} (auto), ${f2(gm('calendar') / gm('snaive'))} (calendar); strongest classical baseline: ${haveR ? `${strongest} (${f2(gm(strongest))})` : 'not run (see above)'}.`,
);
console.log(
  `Worst series relative to seasonal naive: ${f2(vsNaive('auto'))}x (auto), ${f2(vsNaive('calendar'))}x (calendar).`,
);
console.log(
  `80% interval per-step coverage pooled: ${pct(pooled('auto'))} auto (lowest series ${pct(worst('auto'))}), ${pct(pooled('calendar'))} calendar (lowest ${pct(worst('calendar'))})${haveR ? `; R ets ${pct(pooled('R ets'))} (lowest ${pct(worst('R ets'))})` : ''}.`,
);

sumCoverageTable(series);
