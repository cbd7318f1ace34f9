// Real public series for the analytics benchmarks, read from the vega-datasets npm package
// (node_modules/vega-datasets/data). Each loader returns values in time order, zero-filled where
// the source only lists events, with the period a seasonal-naive forecast should use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// The package exports only its JS entry (build/index.js); the data folder sits beside build/.
const DATA = join(dirname(require.resolve('vega-datasets')), '..', 'data');

export interface BenchSeries {
  name: string;
  /** What makes the series hard: trend, seasonality, noise, sparsity. */
  shape: string;
  source: string;
  times: string[];
  values: number[];
  /** The natural seasonal period (seasonal naive and MASE scaling use it). */
  period: number;
  /** The calendar periods known a priori (what the product passes for usage: 7 daily, 24+168 hourly). */
  seasons: number[];
  /** Steps forecast from each origin. */
  horizon: number;
  /** Forecast origins, spaced `step` apart, all inside the held-out tail. */
  origins: number;
  step: number;
}

function csv(file: string): string[][] {
  return readFileSync(join(DATA, file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
}

/** Counts events into contiguous buckets keyed by a sortable string, zero-filling the gaps. */
function countBuckets(keys: string[], all: string[]): number[] {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return all.map((k) => counts.get(k) ?? 0);
}

function hoursBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${first}:00:00Z`); t <= Date.parse(`${last}:00:00Z`); t += 3_600_000) {
    out.push(new Date(t).toISOString().slice(0, 13));
  }
  return out;
}

function daysBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (
    let t = Date.parse(`${first}T00:00:00Z`);
    t <= Date.parse(`${last}T00:00:00Z`);
    t += 86_400_000
  ) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

interface Flight {
  date: string;
}

function flightStamps(): string[] {
  const rows = JSON.parse(readFileSync(join(DATA, 'flights-20k.json'), 'utf8')) as Flight[];
  // "2001/01/01 00:47" -> "2001-01-01T00:47"
  return rows.map((r) => r.date.replace(/\//g, '-').replace(' ', 'T')).sort();
}

/** Flights departing per day (Jan-Mar 2001, a 20k sample): weekly rhythm, like product usage. */
export function flightsDaily(): BenchSeries {
  const stamps = flightStamps();
  const days = daysBetween(stamps[0]!.slice(0, 10), stamps.at(-1)!.slice(0, 10));
  const values = countBuckets(
    stamps.map((s) => s.slice(0, 10)),
    days,
  );
  return {
    name: 'flights/day',
    shape: 'counts, weekly cycle, short (90 d)',
    source: 'flights-20k.json',
    times: days,
    values,
    period: 7,
    seasons: [7],
    horizon: 14,
    origins: 3,
    step: 7,
  };
}

/** Flights departing per hour: strong daily cycle, weekly modulation, many near-zero night hours. */
export function flightsHourly(): BenchSeries {
  const stamps = flightStamps();
  const hours = hoursBetween(stamps[0]!.slice(0, 13), stamps.at(-1)!.slice(0, 13));
  const values = countBuckets(
    stamps.map((s) => s.slice(0, 13)),
    hours,
  );
  return {
    name: 'flights/hour',
    shape: 'sparse counts, daily + weekly cycle',
    source: 'flights-20k.json',
    times: hours.map((h) => `${h}:00:00Z`),
    values,
    period: 24,
    seasons: [24, 168],
    horizon: 48,
    origins: 4,
    step: 48,
  };
}

/** GitHub commits per day of one repository (2015): noisy, weekday-heavy counts. */
export function githubDaily(): BenchSeries {
  const rows = csv('github.csv').map(
    ([t, c]) => [t!.slice(0, 10).replace(/\//g, '-'), Number(c)] as const,
  );
  const days = daysBetween(rows[0]![0], rows.at(-1)![0]);
  const sums = new Map<string, number>();
  for (const [d, c] of rows) sums.set(d, (sums.get(d) ?? 0) + c);
  return {
    name: 'github/day',
    shape: 'noisy counts, weekday effect',
    source: 'github.csv',
    times: days,
    values: days.map((d) => sums.get(d) ?? 0),
    period: 7,
    seasons: [7],
    horizon: 14,
    origins: 3,
    step: 7,
  };
}

/** Daily maximum temperature in Seattle 2012-2015: yearly cycle, weather noise, no weekly cycle. */
export function seattleTempMax(): BenchSeries {
  const rows = csv('seattle-weather.csv');
  return {
    name: 'seattle temp_max/day',
    shape: 'yearly cycle, autocorrelated noise',
    source: 'seattle-weather.csv',
    times: rows.map((r) => r[0]!),
    values: rows.map((r) => Number(r[2])),
    period: 365,
    seasons: [365],
    horizon: 30,
    origins: 4,
    step: 30,
  };
}

/** Hourly temperature normals for Seattle (one climatological year): smooth daily and yearly cycle. */
export function seattleHourlyNormals(): BenchSeries {
  const rows = csv('seattle-weather-hourly-normals.csv');
  return {
    name: 'seattle normals/hour',
    shape: 'smooth daily cycle, slow drift',
    source: 'seattle-weather-hourly-normals.csv',
    times: rows.map((r) => `${r[0]}Z`),
    values: rows.map((r) => Number(r[2])),
    period: 24,
    seasons: [24],
    horizon: 48,
    origins: 4,
    step: 48,
  };
}

/** Monthly CO2 at Mauna Loa 1958-2020: trend with curvature and a yearly cycle. */
export function co2Monthly(): BenchSeries {
  const rows = csv('co2-concentration.csv');
  return {
    name: 'CO2/month',
    shape: 'accelerating trend, yearly cycle',
    source: 'co2-concentration.csv',
    times: rows.map((r) => r[0]!),
    values: rows.map((r) => Number(r[1])),
    period: 12,
    seasons: [12],
    horizon: 24,
    origins: 3,
    step: 12,
  };
}

export function allSeries(): BenchSeries[] {
  return [
    flightsDaily(),
    flightsHourly(),
    githubDaily(),
    seattleTempMax(),
    seattleHourlyNormals(),
    co2Monthly(),
  ];
}
