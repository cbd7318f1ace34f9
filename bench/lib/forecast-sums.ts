// Coverage of horizon sums (what a billing-month projection is) by the 80% interval, three ways:
// simulated paths of the path model (ours), independent steps (sqrt of summed variances: too
// narrow when a level error persists), and added per-step bounds (every step missing the same way:
// too wide). Calendar seasons, as the product passes them.
import { fitPathModel, stepIntervals } from '../../src/analytics/forecast/model.js';
import { sampleQuantiles, simulatePaths } from '../../src/analytics/forecast/paths.js';
import type { BenchSeries } from '../lib-series.js';

const SUM_ORIGINS = 12;
const Z80 = 1.2815515655446004;

function sumCoverage(s: BenchSeries): { ours: number; indep: number; comono: number; n: number } {
  const step = Math.max(1, Math.floor(s.horizon / 2));
  const c = { ours: 0, indep: 0, comono: 0, n: 0 };
  for (let k = 0; k < SUM_ORIGINS; k++) {
    const origin = s.values.length - s.horizon - (SUM_ORIGINS - 1 - k) * step;
    // Short series get fewer origins: every fit keeps two cycles of its longest season.
    if (origin < Math.max(28, 2 * Math.max(...s.seasons) + s.horizon)) continue;
    c.n++;
    const train = s.values.slice(0, origin);
    const actual = s.values.slice(origin, origin + s.horizon).reduce((a, b) => a + b, 0);
    const model = fitPathModel(train, {
      horizon: s.horizon,
      periods: s.seasons,
      transform: 'auto',
    });
    const sums = simulatePaths(model, 2000, 7 + k).map((p) => p.reduce((a, b) => a + b, 0));
    const [lo, hi] = sampleQuantiles(sums, [0.1, 0.9]) as [number, number];
    if (actual >= lo && actual <= hi) c.ours++;
    const iv = stepIntervals(model, 0.8);
    const point = iv.point.reduce((a, b) => a + b, 0);
    const sd = Math.sqrt(
      iv.upper.reduce((a, u, i) => a + ((u - iv.lower[i]!) / (2 * Z80)) ** 2, 0),
    );
    if (Math.abs(actual - point) <= Z80 * sd) c.indep++;
    const l = iv.lower.reduce((a, b) => a + b, 0);
    const u = iv.upper.reduce((a, b) => a + b, 0);
    if (actual >= l && actual <= u) c.comono++;
  }
  return c;
}

/** Prints the horizon-sum coverage table for the series. */
export function sumCoverageTable(series: readonly BenchSeries[]): void {
  console.log(
    `\n80% interval coverage of the sum over the horizon (up to ${SUM_ORIGINS} origins per series, half a horizon apart, calendar seasons):\n`,
  );
  console.log(
    '| series | h | simulated paths (ours) | independent steps | added per-step bounds |',
  );
  console.log('|---|---|---|---|---|');
  const t = { ours: 0, indep: 0, comono: 0, n: 0 };
  const per: number[] = [];
  for (const s of series) {
    const c = sumCoverage(s);
    for (const k of ['ours', 'indep', 'comono', 'n'] as const) t[k] += c[k];
    per.push(c.ours / c.n);
    console.log(
      `| ${s.name} | ${s.horizon} | ${c.ours}/${c.n} | ${c.indep}/${c.n} | ${c.comono}/${c.n} |`,
    );
  }
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  console.log(`| all | | ${pct(t.ours / t.n)} | ${pct(t.indep / t.n)} | ${pct(t.comono / t.n)} |`);
}
