// Seeded synthetic series of the shapes usage takes (a weekly rhythm, steady and compounding
// growth, level steps up and down, a wandering level, daily and hourly counts, a ramp-up), for the anomaly
// shapes benchmark. The real series of bench/lib-anomaly-series.ts say how the detector does on
// data it was not built for; these say how it does on each shape alone, where the truth is known.
import { seededNormal, seededUniform } from '../../src/domain/rng.js';

export interface ShapeSeries {
  name: string;
  /** What the series does. */
  shape: string;
  times: string[];
  values: number[];
  /** The calendar periods of its step (what the robust sd of the injections is read with). */
  seasons: number[];
}

const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);
const days = (n: number) =>
  Array.from({ length: n }, (_, i) => new Date(START + i * DAY).toISOString().slice(0, 10));
const hours = (n: number) =>
  Array.from({ length: n }, (_, i) => new Date(START + i * 3_600_000).toISOString());

/** A Poisson draw (Knuth's method; a rounded normal above 50, where the two agree closely). */
function poisson(u: () => number, g: () => number, mean: number): number {
  if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * g()));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= u();
  } while (p > limit);
  return k - 1;
}

/** Returns the shapes for one seed: 400 days each, and 60 days of hours for the hourly counts. */
export function usageShapes(seed: number): ShapeSeries[] {
  const g = seededNormal(seed);
  const u = seededUniform(seed + 1);
  const g2 = seededNormal(seed + 1000);
  const u2 = seededUniform(seed + 1001);
  const n = 400;
  const d = Array.from({ length: n }, (_, i) => i);
  const week = (i: number) => Math.sin((2 * Math.PI * i) / 7);
  const workday = (i: number) => (i % 7 < 5 ? 1 : -1);
  const firstOfMonth = (i: number) => new Date(START + i * DAY).getUTCDate() === 1;
  let walk = 1000;
  const daily: Omit<ShapeSeries, 'times' | 'seasons'>[] = [
    {
      name: 'weekly',
      shape: 'weekly rhythm, additive noise',
      values: d.map((i) => 100 + 20 * week(i) + 5 * g()),
    },
    { name: 'linear', shape: 'steady growth', values: d.map((i) => 50 + 0.5 * i + 3 * g()) },
    {
      name: 'compounding',
      shape: 'growth of 0.5% a day, weekly rhythm and noise in proportion',
      values: d.map((i) => 200 * Math.exp(0.005 * i) * (1 + 0.3 * week(i)) * Math.exp(0.05 * g())),
    },
    {
      name: 'step up',
      shape: 'level up 60% (15 sd) at day 200',
      values: d.map((i) => (i < 200 ? 100 : 160) + 4 * g()),
    },
    {
      name: 'small step',
      shape: 'level up 40% (10 sd) at day 180',
      values: d.map((i) => (i < 180 ? 100 : 140) + 4 * g()),
    },
    {
      name: 'step down, weekly',
      shape: 'workdays 50% above weekends; level down 40% at day 250',
      values: d.map((i) => (i < 250 ? 300 : 180) * (1 + 0.2 * workday(i)) + 8 * g()),
    },
    {
      name: 'stairs',
      shape: 'a step up every 100 days, weekly rhythm in proportion',
      values: d.map((i) => 50 * (1 + Math.floor(i / 100)) * (1 + 0.15 * week(i)) + 3 * g()),
    },
    {
      name: 'billing day',
      shape: 'weekly rhythm and a run on the 1st of every month (3x a day)',
      values: d.map((i) => 100 + 15 * workday(i) + 8 * g() + (firstOfMonth(i) ? 200 : 0)),
    },
    { name: 'wandering', shape: 'a random walk', values: d.map(() => (walk += 5 * g())) },
    {
      name: 'daily counts',
      shape: 'events a day, quieter weekends, doubling over the year',
      values: d.map((i) => poisson(u, g, (i % 7 < 5 ? 40 : 12) * (1 + i / n))),
    },
    {
      // Its own draws, so that the shapes above and below stay what they were.
      name: 'ramp-up',
      shape: 'a new user adopting: from nothing to 60 a workday over the first two months',
      values: d.map((i) => poisson(u2, g2, (i % 7 < 5 ? 60 : 20) * (1 - Math.exp(-i / 20)))),
    },
  ];
  const m = 24 * 60;
  const h = Array.from({ length: m }, (_, i) => i);
  const office = (i: number) => i % 24 >= 9 && i % 24 < 18;
  const hourly: Omit<ShapeSeries, 'times' | 'seasons'>[] = [
    {
      name: 'hourly counts',
      shape: 'events an hour, a daily peak, busier workdays',
      values: h.map((i) =>
        poisson(
          u,
          g,
          Math.exp(3 + Math.sin((2 * Math.PI * i) / 24) + 0.3 * (i % 168 < 120 ? 1 : 0)),
        ),
      ),
    },
    {
      name: 'sparse hourly',
      shape: 'a few events an hour in office hours, mostly none at night',
      values: h.map((i) => poisson(u, g, 0.5 + 1.5 * (office(i) ? 1 : 0))),
    },
  ];
  // Written as usage is exported: four decimals at most.
  const tidy = (v: number[]) => v.map((x) => Math.round(x * 1e4) / 1e4);
  return [
    ...daily.map((s) => ({ ...s, values: tidy(s.values), times: days(n), seasons: [7] })),
    ...hourly.map((s) => ({ ...s, values: tidy(s.values), times: hours(m), seasons: [24, 168] })),
  ];
}
