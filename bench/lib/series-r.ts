// Classic series that ship with Debian's R, for the forecast benchmark: base R `datasets`
// (r-base-core) and R forecast's own data (r-cran-forecast), read through Rscript.
import { execFileSync } from 'node:child_process';
import type { BenchSeries } from '../lib-series.js';

interface RSpec {
  r: string;
  name: string;
  shape: string;
  period: number;
  seasons: number[];
  horizon: number;
  step: number;
}

const R_SERIES: RSpec[] = [
  {
    r: 'AirPassengers',
    name: 'air passengers/month',
    shape: 'compounding growth, multiplicative season',
    period: 12,
    seasons: [12],
    horizon: 12,
    step: 6,
  },
  {
    r: 'forecast::gas',
    name: 'AU gas production/month',
    shape: 'strong growth, season grows with level',
    period: 12,
    seasons: [12],
    horizon: 12,
    step: 6,
  },
  {
    r: 'forecast::wineind',
    name: 'AU wine sales/month',
    shape: 'volume, strong season, flat',
    period: 12,
    seasons: [12],
    horizon: 12,
    step: 6,
  },
  {
    r: 'UKDriverDeaths',
    name: 'UK driver deaths/month',
    shape: 'counts, season, level shift (1983 law)',
    period: 12,
    seasons: [12],
    horizon: 12,
    step: 6,
  },
  {
    r: 'USAccDeaths',
    name: 'US accidental deaths/month',
    shape: 'counts, season, short (72)',
    period: 12,
    seasons: [12],
    horizon: 12,
    step: 3,
  },
  {
    r: 'nottem',
    name: 'Nottingham temperature/month',
    shape: 'pure yearly cycle',
    period: 12,
    seasons: [12],
    horizon: 12,
    step: 6,
  },
  {
    r: 'UKgas',
    name: 'UK gas consumption/quarter',
    shape: 'growth, multiplicative season',
    period: 4,
    seasons: [4],
    horizon: 8,
    step: 4,
  },
  {
    r: 'JohnsonJohnson',
    name: 'J&J earnings/quarter',
    shape: 'exponential growth, season grows',
    period: 4,
    seasons: [4],
    horizon: 8,
    step: 2,
  },
  {
    r: 'forecast::woolyrnq',
    name: 'AU wool production/quarter',
    shape: 'production, season, level shifts',
    period: 4,
    seasons: [4],
    horizon: 8,
    step: 4,
  },
  {
    r: 'forecast::taylor',
    name: 'UK electricity/half-hour',
    shape: 'traffic-like daily + weekly cycle',
    period: 48,
    seasons: [48, 336],
    horizon: 96,
    step: 96,
  },
];

/** Timestamps of an R ts: months and quarters from its start; taylor's half-hours from Monday 5 June 2000. */
function timesOf(year: number, pos: number, freq: number, n: number): string[] {
  if (freq === 12 || freq === 4) {
    const step = 12 / freq;
    return Array.from({ length: n }, (_, i) => {
      const m = (pos - 1) * step + i * step;
      return `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-01`;
    });
  }
  const t0 = Date.UTC(2000, 5, 5);
  return Array.from({ length: n }, (_, i) => new Date(t0 + i * 1_800_000).toISOString());
}

/** Reads the R datasets through Rscript; returns [] with the reason when R or a package is missing. */
export function rSeries(): { series: BenchSeries[]; missing: string | null } {
  const script = R_SERIES.map(
    (s) =>
      `x <- ${s.r}; cat("${s.r}", start(x)[1], start(x)[2], frequency(x), paste(as.numeric(x), collapse = ","), "\\n", sep = "|")`,
  ).join('\n');
  let out: string;
  try {
    out = execFileSync('Rscript', ['--vanilla', '-e', script], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (err) {
    return {
      series: [],
      missing: `Rscript failed or is missing (${(err as Error).message.split('\n')[0]})`,
    };
  }
  const byName = new Map(
    out
      .trim()
      .split('\n')
      .map((l) => [l.split('|')[0]!, l.split('|')]),
  );
  const series = R_SERIES.map((s) => {
    const [, y0, p0, freq, csv] = byName.get(s.r)!;
    const values = csv!.split(',').map(Number);
    return {
      name: s.name,
      shape: s.shape,
      source: `R ${s.r.includes('::') ? s.r : `datasets::${s.r}`}`,
      times: timesOf(Number(y0), Number(p0), Number(freq), values.length),
      values,
      period: s.period,
      seasons: s.seasons,
      horizon: s.horizon,
      origins: 4,
      step: s.step,
    };
  });
  return { series, missing: null };
}
