// Real public series for the anomaly benchmark: the vega-datasets series of bench/lib-series.ts,
// GitHub commits per hour from the same package, and series that ship with Debian's R
// (r-base-core's datasets and r-cran-forecast's), read once through Rscript. Without Rscript the
// R series are skipped with a note: nothing is downloaded.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  co2Monthly,
  flightsDaily,
  flightsHourly,
  githubDaily,
  seattleHourlyNormals,
  seattleTempMax,
  type BenchSeries,
} from './lib-series.js';

export interface AnomalySeries {
  name: string;
  /** What makes the series hard for a detector. */
  shape: string;
  /** Package and dataset. */
  source: string;
  times: string[];
  values: number[];
  /** The calendar periods a caller would pass (what the product passes for usage: 7, or 24 + 168). */
  seasons: number[];
  /** Counts of events: run with countData, as the product does for usage. */
  countData: boolean;
}

const require = createRequire(import.meta.url);
const VEGA = join(dirname(require.resolve('vega-datasets')), '..', 'data');

function fromBench(s: BenchSeries, countData: boolean, seasons = s.seasons): AnomalySeries {
  return {
    name: s.name,
    shape: s.shape,
    source: `vega-datasets ${s.source}`,
    times: s.times,
    values: s.values,
    seasons,
    countData,
  };
}

/** GitHub commits per hour of one repository (2015): mostly zeros, bursts of activity. */
function githubHourly(): AnomalySeries {
  const rows = readFileSync(join(VEGA, 'github.csv'), 'utf8').trim().split('\n').slice(1);
  const counts = new Map<number, number>();
  for (const row of rows) {
    const [t, c] = row.split(',');
    const ms = Date.parse(`${t!.replace(/\//g, '-').replace(' ', 'T')}Z`);
    counts.set(ms, (counts.get(ms) ?? 0) + Number(c));
  }
  const keys = [...counts.keys()].sort((a, b) => a - b);
  const times: string[] = [];
  const values: number[] = [];
  for (let t = keys[0]!; t <= keys.at(-1)!; t += 3_600_000) {
    times.push(new Date(t).toISOString());
    values.push(counts.get(t) ?? 0);
  }
  return {
    name: 'github/hour',
    shape: 'zero-heavy counts (85% zeros), daily + weekly cycle',
    source: 'vega-datasets github.csv',
    times,
    values,
    seasons: [24, 168],
    countData: true,
  };
}

interface RSpec {
  name: string;
  shape: string;
  /** R expression for a numeric vector, in time order. */
  expr: string;
  dataset: string;
  seasons: number[];
  countData: boolean;
  /** Time label of point i. */
  time: (i: number) => string;
}

const month = (y0: number, m0: number) => (i: number) => {
  const m = m0 - 1 + i;
  return `${y0 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
};

const R_SERIES: RSpec[] = [
  {
    name: 'taylor/half-hour',
    shape: 'electricity demand (volume), daily + weekly cycle',
    expr: 'forecast::taylor',
    dataset: 'r-cran-forecast taylor',
    seasons: [48, 336],
    countData: false,
    // 12 weeks from Monday 5 June 2000.
    time: (i) => new Date(Date.UTC(2000, 5, 5) + i * 1_800_000).toISOString(),
  },
  {
    name: 'gold/trading day',
    shape: 'random walk (prices), one known data error',
    expr: 'Filter(Negate(is.na), as.numeric(forecast::gold))',
    dataset: 'r-cran-forecast gold',
    seasons: [],
    countData: false,
    time: (i) => `day ${i + 1}`,
  },
  {
    name: 'WWWusage/minute',
    shape: 'users online per minute, smooth wandering level',
    expr: 'datasets::WWWusage',
    dataset: 'r-base-core datasets WWWusage',
    seasons: [],
    // Users connected at each minute: a level, not events counted in the minute.
    countData: false,
    time: (i) => `minute ${i + 1}`,
  },
  {
    name: 'AirPassengers/month',
    shape: 'growth, seasonality growing with the level',
    expr: 'datasets::AirPassengers',
    dataset: 'r-base-core datasets AirPassengers',
    seasons: [12],
    countData: false,
    time: month(1949, 1),
  },
  {
    name: 'gas/month',
    shape: 'production volume, 30x growth, seasonality growing with it',
    expr: 'forecast::gas',
    dataset: 'r-cran-forecast gas',
    seasons: [12],
    countData: false,
    time: month(1956, 1),
  },
  {
    name: 'UKDriverDeaths/month',
    shape: 'counts, yearly cycle, level shift (seat-belt law, Feb 1983)',
    expr: 'datasets::UKDriverDeaths',
    dataset: 'r-base-core datasets UKDriverDeaths',
    seasons: [12],
    countData: true,
    time: month(1969, 1),
  },
  {
    name: 'Nile/year',
    shape: 'annual flow, level shift (1898 dam)',
    expr: 'datasets::Nile',
    dataset: 'r-base-core datasets Nile',
    seasons: [],
    countData: false,
    time: (i) => String(1871 + i),
  },
  {
    name: 'sunspots/month',
    shape: 'counts, 11-year cycle (not calendar), heavy tails',
    expr: 'datasets::sunspot.month',
    dataset: 'r-base-core datasets sunspot.month',
    seasons: [12],
    countData: false,
    time: month(1749, 1),
  },
];

function rSeries(): { series: AnomalySeries[]; note?: string } {
  const script = R_SERIES.map(
    (s) =>
      `cat(${JSON.stringify(s.name)}, as.numeric(${s.expr}), sep = ",", fill = FALSE); cat("\\n")`,
  ).join('\n');
  let out: string;
  try {
    out = execFileSync('Rscript', ['--vanilla', '-e', script], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return {
      series: [],
      note: 'Rscript not found: the R series were skipped (apt-get install r-cran-forecast)',
    };
  }
  const byName = new Map(
    out
      .trim()
      .split('\n')
      .map((line) => {
        const [name, ...vals] = line.split(',');
        return [name!, vals.map(Number)] as const;
      }),
  );
  return {
    series: R_SERIES.map((s) => {
      const values = byName.get(s.name) ?? [];
      return {
        name: s.name,
        shape: s.shape,
        source: s.dataset,
        times: values.map((_, i) => s.time(i)),
        values,
        seasons: s.seasons,
        countData: s.countData,
      };
    }),
  };
}

/** Every series of the anomaly benchmark, hourly first, and a note on what was skipped. */
export function anomalySeries(): { series: AnomalySeries[]; note?: string } {
  const r = rSeries();
  const byName = new Map(r.series.map((s) => [s.name, s]));
  const pick = (n: string) => (byName.has(n) ? [byName.get(n)!] : []);
  const series = [
    fromBench(flightsHourly(), true),
    githubHourly(),
    ...pick('taylor/half-hour'),
    fromBench(seattleHourlyNormals(), false, [24]),
    ...pick('WWWusage/minute'),
    fromBench(flightsDaily(), true),
    fromBench(githubDaily(), true),
    fromBench(seattleTempMax(), false, [7, 365]),
    ...pick('gold/trading day'),
    fromBench(co2Monthly(), false),
    ...pick('AirPassengers/month'),
    ...pick('gas/month'),
    ...pick('UKDriverDeaths/month'),
    ...pick('sunspots/month'),
    ...pick('Nile/year'),
  ];
  return r.note ? { series, note: r.note } : { series };
}
