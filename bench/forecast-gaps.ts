// Forecasts of series with rows missing, as `analyze forecast` reads them: put back on their step
// (series-grid.ts) against every row read as one step (before 2026-12-02). Synthetic daily series
// with a weekly rhythm, a trend and noise; 12% of the rows (never the first or last) removed.
//
//   npx tsx bench/forecast-gaps.ts [--series 12] [--missing 0.12]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forecastSeries } from '../src/analytics/index.js';
import { readGriddedCsv } from '../src/cli/commands/gridded-csv.js';
import { readTimeValueCsv } from '../src/cli/commands/time-value-csv.js';
import { seededNormal, seededUniform } from '../src/domain/rng.js';
import { cliOptions, numberOption } from './lib/args.js';

const opts = cliOptions(
  { series: { type: 'string' }, missing: { type: 'string' }, help: { type: 'boolean' } },
  'usage: npx tsx bench/forecast-gaps.ts [--series 12] [--missing 0.12]',
);
const count = Math.round(numberOption(opts.series, 12, 'series'));
const missing = numberOption(opts.missing, 0.12, 'missing');
const N = 400;
const H = 28;
const dir = mkdtempSync(join(tmpdir(), 'ui-gaps-'));
const day = (i: number) => new Date(Date.UTC(2023, 0, 1 + i)).toISOString().slice(0, 10);

const rows: string[] = [];
const scores = { grid: [] as number[], rows: [] as number[] };
for (let s = 0; s < count; s++) {
  const u = seededUniform(100 + s);
  const z = seededNormal(200 + s);
  const level = 50 + 450 * u();
  const amp = 0.2 + 0.3 * u();
  const trend = -0.001 + 0.004 * u();
  const v = Array.from(
    { length: N + H },
    (_, i) =>
      level * (1 + trend * i) * (1 + amp * Math.sin((2 * Math.PI * i) / 7 + s)) * (1 + 0.05 * z()),
  );
  const kept = v
    .slice(0, N)
    .flatMap((x, i) => (i === 0 || i === N - 1 || u() >= missing ? [`${day(i)},${x}`] : []));
  const file = join(dir, `s${s}.csv`);
  writeFileSync(file, ['date,value', ...kept].join('\n'));
  // MASE against the weekly naive forecast's in-sample error on the full history.
  const scale = v.slice(7, N).reduce((a, x, i) => a + Math.abs(x - v[i]!), 0) / (N - 7);
  const mase = (p: number[]) => p.reduce((a, x, h) => a + Math.abs(x - v[N + h]!), 0) / H / scale;
  const g = readGriddedCsv(file);
  const grid = forecastSeries(g.values, { horizon: H, times: g.times });
  const r = readTimeValueCsv(file);
  const asRows = forecastSeries(r.values as number[], { horizon: H, times: r.times });
  scores.grid.push(mase(grid.point));
  scores.rows.push(mase(asRows.point));
  rows.push(
    `| ${s} | ${kept.length} | ${mase(asRows.point).toFixed(2)} (${asRows.seasons.join('+') || 'none'}) | ${mase(grid.point).toFixed(2)} (${grid.seasons.join('+') || 'none'}) |`,
  );
}
const gmean = (xs: number[]) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
console.log(
  `${count} daily series of ${N} days, ${Math.round(missing * 100)}% of rows removed, ${H} days ahead\n`,
);
console.log('| series | rows | MASE, each row a step (seasons) | MASE, on its step (seasons) |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(
  `\ngeometric-mean MASE: each row a step ${gmean(scores.rows).toFixed(2)}, on its step ${gmean(scores.grid).toFixed(2)}`,
);
