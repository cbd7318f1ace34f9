// More real public series for the forecast benchmark: monthly, weekly and trading-day series from
// the vega-datasets npm package (the R datasets are in series-r.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BenchSeries } from '../lib-series.js';

const require = createRequire(import.meta.url);
const DATA = join(dirname(require.resolve('vega-datasets')), '..', 'data');
const rows = (file: string): string[][] =>
  readFileSync(join(DATA, file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));

const spec = (
  h: number,
  origins: number,
  step: number,
): Pick<BenchSeries, 'horizon' | 'origins' | 'step'> => ({ horizon: h, origins, step });

/** US unemployed persons, all industries summed, 2000-2010: seasonal, and doubling in the 2008 recession. */
export function unemployment(): BenchSeries {
  const d = JSON.parse(readFileSync(join(DATA, 'unemployment-across-industries.json'), 'utf8')) as {
    date: string;
    count: number;
  }[];
  const sums = new Map<string, number>();
  for (const r of d) sums.set(r.date.slice(0, 7), (sums.get(r.date.slice(0, 7)) ?? 0) + r.count);
  const months = [...sums.keys()].sort();
  return {
    name: 'US unemployed/month',
    shape: 'counts, yearly cycle, level shift (2008)',
    source: 'vega-datasets unemployment-across-industries.json',
    times: months.map((m) => `${m}-01`),
    values: months.map((m) => sums.get(m)!),
    period: 12,
    seasons: [12],
    ...spec(12, 4, 6),
  };
}

/** US nonfarm payrolls 2006-2015 (thousands): a trend broken by the recession, then recovery. */
export function nonfarm(): BenchSeries {
  const r = rows('us-employment.csv');
  return {
    name: 'US nonfarm jobs/month',
    shape: 'volume, trend break and recovery',
    source: 'vega-datasets us-employment.csv',
    times: r.map((x) => x[0]!),
    values: r.map((x) => Number(x[1])),
    period: 12,
    seasons: [12],
    ...spec(12, 4, 6),
  };
}

function sp500Volume(): { times: string[]; values: number[] } {
  const r = rows('sp500-2000.csv');
  return { times: r.map((x) => x[0]!), values: r.map((x) => Number(x[6]) / 1e6) };
}

/** S&P 500 daily trading volume (millions of shares), 2016-2020 trading days: noisy, shifting level. */
export function sp500Daily(): BenchSeries {
  const { times, values } = sp500Volume();
  const from = times.findIndex((t) => t >= '2016-01-01');
  return {
    name: 'S&P 500 volume/trading day',
    shape: 'volume, noisy, bursts, 5-day week',
    source: 'vega-datasets sp500-2000.csv',
    times: times.slice(from),
    values: values.slice(from),
    period: 5,
    seasons: [5],
    ...spec(20, 4, 10),
  };
}

/** S&P 500 weekly trading volume 2000-2020 (sum over each Monday-based week): growth, regimes. */
export function sp500Weekly(): BenchSeries {
  const { times, values } = sp500Volume();
  const weeks = new Map<string, number>();
  times.forEach((t, i) => {
    const d = new Date(`${t}T00:00:00Z`);
    const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
    const k = monday.toISOString().slice(0, 10);
    weeks.set(k, (weeks.get(k) ?? 0) + values[i]!);
  });
  const keys = [...weeks.keys()].sort().slice(1, -1); // drop the partial first and last weeks
  return {
    name: 'S&P 500 volume/week',
    shape: 'volume, growth then regimes, weekly',
    source: 'vega-datasets sp500-2000.csv',
    times: keys,
    values: keys.map((k) => weeks.get(k)!),
    period: 52,
    seasons: [52],
    ...spec(13, 4, 13),
  };
}

/** The vega-datasets series beyond the six shared with the anomaly benchmark. */
export function moreVegaSeries(): BenchSeries[] {
  return [unemployment(), nonfarm(), sp500Daily(), sp500Weekly()];
}
