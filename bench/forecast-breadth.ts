// Forecast generalization on series the accuracy benchmark never uses:
// `nice -n 10 npx tsx bench/forecast-breadth.ts [--only NAME,...] [--json FILE] [--tmp DIR]`.
// Same evaluation as bench/forecast-accuracy.ts (held-out tail, several origins, MASE against the
// in-sample seasonal naive, per-step 80% coverage, R's ets and thetaf on the same splits), but
// "ours" goes through the CLI's own path: each history is written as a time,value CSV, read by
// `readGriddedCsv` and forecast by `forecastSeries`, exactly what `analyze forecast --csv FILE
// --horizon N` runs. Series: R's `datasets`, `forecast` and `AER` data (through Rscript) and
// vega-datasets files, none of which bench/forecast-accuracy.ts reads (lib-series.ts,
// lib/series-more.ts, lib/series-r.ts). Seasonal naive uses the natural period, 1 (naive) where
// there is none. Flags: ours over 1.5x seasonal naive or 1.3x the best R baseline, 80% coverage
// outside 60-97%, any error or non-finite forecast.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forecastSeries } from '../src/analytics/forecast/series-forecast.js';
import type { SeriesForecast } from '../src/analytics/types.js';
import { readGriddedCsv } from '../src/cli/commands/gridded-csv.js';
import { rBreadthSeries, SPECS, vegaBreadthSeries } from './lib/breadth-series.js';
import { R_BASELINES, type RBaseline, type RForecast } from './lib/r-baselines.js';
import { baselinesOn, covered, mae, splitId, splits } from './lib/splits.js';

const arg = (flag: string): string | undefined => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

// ---- evaluation: the splits and scores of bench/forecast-accuracy.ts ----------------------------

const only = arg('--only')?.split(',');
const { series: fromR, missing: rMissing } = rBreadthSeries();
const byName = new Map([...fromR, ...vegaBreadthSeries()].map((x) => [x.name, x]));
const series = SPECS.map((x) => byName.get(x[0]!))
  .filter((x) => x !== undefined)
  .filter((s) => !only || only.some((o) => s.name.toLowerCase().includes(o.toLowerCase())));
const all = series.flatMap(splits);
const { r, ms: rMs } = baselinesOn(all);

type Scored = 'ours' | 'snaive' | RBaseline;
type SplitResult = Partial<SeriesForecast> & {
  k: number;
  mase: Partial<Record<Scored, number>>;
  in80: Partial<Record<Scored, number>>;
  ms: number;
  test: number[];
  error?: string;
};
const results = new Map<string, SplitResult[]>();
// Scratch folder for the history CSVs (--tmp DIR, default the system's), removed at the end.
const dir = join(arg('--tmp') ?? tmpdir(), `forecast-breadth-${process.pid}`);
mkdirSync(dir, { recursive: true });
for (const sp of all) {
  const { series: s, train, test } = sp;
  const res: SplitResult = { k: sp.k, mase: {}, in80: {}, ms: 0, test };
  const score = (m: Scored, f: RForecast): void => {
    res.mase[m] = mae(test, f.mean) / sp.scale;
    res.in80[m] = covered(test, f);
  };
  // What `analyze forecast --csv FILE --horizon h` does with this history.
  const file = join(dir, 'history.csv');
  writeFileSync(file, `time,value\n${train.map((v, i) => `${s.times[i]},${v}`).join('\n')}\n`);
  const started = performance.now();
  try {
    const csv = readGriddedCsv(file);
    const times = csv.labels ? {} : { times: csv.times };
    const f = forecastSeries(csv.values, { horizon: s.horizon, level: 0.8, ...times });
    Object.assign(res, f, { note: [...csv.notes, f.note].filter(Boolean).join('; ') });
    if (f.point.length !== s.horizon || ![...f.point, ...f.lower, ...f.upper].every(isFinite))
      res.error = `non-finite or short forecast (${f.point.length} of ${s.horizon})`;
    else score('ours', { mean: f.point, lower: f.lower, upper: f.upper });
  } catch (err) {
    res.error = (err as Error).message.split('\n')[0];
  }
  res.ms = performance.now() - started;
  const snaive = test.map((_, i) => train[train.length - s.period + (i % s.period)]!);
  score('snaive', { mean: snaive, lower: snaive, upper: snaive });
  for (const b of R_BASELINES) {
    const f = r.results.get(splitId(sp))?.get(b);
    if (f) score(b, f);
  }
  results.set(s.name, [...(results.get(s.name) ?? []), res]);
}
rmSync(dir, { recursive: true, force: true });

// ---- report -------------------------------------------------------------------------------------

const f2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const pct = (x: number): string => (Number.isFinite(x) ? `${Math.round(x * 100)}%` : 'n/a');
const gmean = (xs: number[]): number =>
  Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
const avg = (rs: SplitResult[], m: Scored): number =>
  rs.reduce((s, x) => s + (x.mase[m] ?? NaN), 0) / rs.length;
const METHODS: Scored[] = ['ours', 'snaive', ...R_BASELINES];

console.log(
  `${series.length} series, ${all.length} splits; R baselines ${r.missing ?? `in ${(rMs / 1000).toFixed(1)} s`}${rMissing ? `; R datasets not loaded: ${rMissing}` : ''}\n`,
);
console.log(
  '| series | n | m | h x o | method(s) (seasons, transform) | ours | snaive | R ets | R theta | ours/snaive | ours/best R | 80% cov ours / R ets | ms | flags |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
const rows2 = series.map((s) => {
  const rs = results.get(s.name)!;
  const m = Object.fromEntries(METHODS.map((k) => [k, avg(rs, k)])) as Record<Scored, number>;
  const points = rs.length * s.horizon;
  const cov = rs.reduce((a, x) => a + (x.in80.ours ?? NaN), 0) / points;
  const covR = rs.reduce((a, x) => a + (x.in80['R ets'] ?? NaN), 0) / points;
  const bestR = Math.min(m['R ets'], m['R theta']);
  const errs = rs.filter((x) => x.error);
  const worst = Math.max(...rs.map((x) => (x.mase.ours ?? Infinity) / x.mase.snaive!));
  const flags = [
    errs.length ? `ERROR x${errs.length}: ${errs[0]!.error}` : '',
    m.ours / m.snaive > 1.5
      ? '>1.5x snaive'
      : worst > 1.5 && !errs.length
        ? `one origin ${f2(worst)}x snaive`
        : '',
    m.ours / bestR > 1.3 ? '>1.3x best R' : '',
    cov < 0.6 || cov > 0.97 ? 'coverage' : '',
  ].filter(Boolean);
  const how = (x: SplitResult) =>
    `${x.method ?? 'error'} (${x.seasons?.join('+') || 'none'}, ${x.transform ?? '-'})`;
  const ms = rs.reduce((a, x) => a + x.ms, 0) / rs.length;
  console.log(
    `| ${s.name} | ${s.values.length} | ${s.period} | ${s.horizon} x ${s.origins} | ${[...new Set(rs.map(how))].join('; ')} | ${f2(m.ours)} | ${f2(m.snaive)} | ${f2(m['R ets'])} | ${f2(m['R theta'])} | ${f2(m.ours / m.snaive)} | ${f2(m.ours / bestR)} | ${pct(cov)} / ${pct(covR)} | ${Math.round(ms)} | ${flags.join('; ')} |`,
  );
  return { name: s.name, m, cov, covR, points, flags };
});
// Pooled over the series every reported method scored (ours and seasonal naive when R is missing).
const present = METHODS.filter((k) => rows2.some((x) => Number.isFinite(x.m[k])));
const complete = rows2.filter((x) => present.every((k) => Number.isFinite(x.m[k])));
const gm = (k: Scored): number => gmean(complete.map((x) => x.m[k]));
const pooled = (key: 'cov' | 'covR'): number =>
  complete.reduce((a, x) => a + x[key] * x.points, 0) / complete.reduce((a, x) => a + x.points, 0);
const ratios = complete.map((x) => x.m.ours / x.m.snaive);
const covs = complete.map((x) => x.cov);
console.log(
  `\nGeometric-mean MASE over ${complete.length} series with every method: ours ${f2(gm('ours'))}; seasonal naive ${f2(gm('snaive'))}; ${R_BASELINES.map((b) => `${b} ${present.includes(b) ? f2(gm(b)) : 'not run'}`).join(', ')}.`,
);
console.log(
  `Ratio ours / seasonal naive: ${f2(gm('ours') / gm('snaive'))} (geometric mean), worst series ${f2(Math.max(...ratios))}x; series over 1.5x: ${ratios.filter((x) => x > 1.5).length}.`,
);
console.log(
  `80% per-step coverage pooled: ours ${pct(pooled('cov'))} (lowest ${pct(Math.min(...covs))}, highest ${pct(Math.max(...covs))}); R ets ${pct(pooled('covR'))}.`,
);
const out = rows2.filter((x) => !complete.includes(x)).map((x) => x.name);
console.log(`Series not pooled (a method failed): ${out.join(', ') || 'none'}.`);
console.log(`Flagged: ${rows2.filter((x) => x.flags.length).length} of ${rows2.length} series.`);
const json = arg('--json');
if (json) writeFileSync(json, JSON.stringify(Object.fromEntries(results), null, 1));
