// Short histories in `analyze forecast`: the models (ETS and Theta, equal weights) against the run
// rate they replace from 8 points (series-forecast.ts), on simulated histories of 6 to 13 points:
// flat noise, a line, a random walk, Poisson counts and a ramp that levels off, 200 seeds each,
// 4 steps ahead. Error: mean absolute error scaled by the history's mean absolute step (as MASE
// with period 1); coverage: share of the 4 steps inside the 80% interval.
//
//   npx tsx bench/forecast-short.ts
import { MIN_MODEL_HISTORY } from '../src/analytics/forecast/fallback.js';
import { fitPathModel, stepIntervals, type PathModel } from '../src/analytics/forecast/model.js';
import { seededNormal } from '../src/domain/rng.js';

const H = 4;
const SEEDS = 200;
const shapes: Record<string, (g: () => number, n: number) => number[]> = {
  flat: (g, n) => Array.from({ length: n }, () => 50 + 5 * g()),
  line: (g, n) => Array.from({ length: n }, (_, i) => 20 + 3 * i + 4 * g()),
  'random walk': (g, n) => {
    let x = 50;
    return Array.from({ length: n }, () => (x += 3 * g()));
  },
  'Poisson 5': (g, n) =>
    Array.from({ length: n }, () => Math.max(0, Math.round(5 + Math.sqrt(5) * g()))),
  ramp: (g, n) =>
    Array.from({ length: n }, (_, i) => Math.max(0, 40 * (1 - Math.exp(-i / 4)) + 3 * g())),
};

const rows: string[] = [];
for (const n of [6, 8, 10, 13])
  for (const [name, shape] of Object.entries(shapes)) {
    const sum = { rate: 0, models: 0, rateIn: 0, modelsIn: 0 };
    for (let s = 1; s <= SEEDS; s++) {
      const all = shape(seededNormal(s * 7 + n), n + H);
      const y = all.slice(0, n);
      const test = all.slice(n);
      const scale = y.slice(1).reduce((a, v, i) => a + Math.abs(v - y[i]!), 0) / (n - 1) || 1;
      const score = (m: PathModel) => {
        const iv = stepIntervals(m, 0.8);
        const err = test.reduce((a, v, i) => a + Math.abs(v - m.mean[i]!), 0) / H / scale;
        const inside = test.filter((v, i) => v >= iv.lower[i]! && v <= iv.upper[i]!).length / H;
        return { err, inside };
      };
      const rate = score(
        fitPathModel(y, { horizon: H, periods: [], minHistory: MIN_MODEL_HISTORY }),
      );
      const models = score(fitPathModel(y, { horizon: H, periods: [], minHistory: 1 }));
      sum.rate += rate.err;
      sum.models += models.err;
      sum.rateIn += rate.inside;
      sum.modelsIn += models.inside;
    }
    const f = (v: number) => (v / SEEDS).toFixed(2);
    const pct = (v: number) => `${Math.round((100 * v) / SEEDS)}%`;
    rows.push(
      `| ${n} | ${name} | ${f(sum.rate)} | ${f(sum.models)} | ${pct(sum.rateIn)} | ${pct(sum.modelsIn)} |`,
    );
  }
console.log(
  '| points | shape | scaled error: run rate | models | 80% coverage: run rate | models |',
);
console.log('|---|---|---|---|---|---|');
console.log(rows.join('\n'));
