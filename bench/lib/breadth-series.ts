// The 47 series of bench/forecast-breadth.ts, none of which bench/forecast-accuracy.ts reads: R's
// `datasets`, `forecast` and `AER` data (through one Rscript) and vega-datasets files, with times
// written as a user exporting them would (years, quarters, months, trading days, 28-day periods,
// minutes, bare steps).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { BenchSeries } from '../lib-series.js';

// name | shape | period | horizon | origins | step | source: an R expression or vega:LOADER |
// how times are written | start (bday, week, fourweek) | NAs filled by: prev (previous value) or
// lin (straight line). Times as a user exporting the series would write them: year 1871, quarter
// 1990 Q1, month 1990-01, bday trading days (Mon-Fri), week / fourweek every 7 / 28 days, tenmin /
// minute from 2000-01-03, steps 1, 2, 3 (no calendar).
const AER = (x: string, col = ''): string => `local({ data(${x}, package = "AER"); ${x}${col} })`;
const TABLE = `
lynx/year | counts, ~10-year multiplicative cycle | 1 | 6 | 4 | 3 | lynx | year
Lake Huron level/year | level, autocorrelated, drift | 1 | 6 | 4 | 3 | LakeHuron | year
Nile flow/year | level shift (1898), noise | 1 | 6 | 4 | 3 | Nile | year
New Haven temp/year | noise around slow trend | 1 | 6 | 4 | 3 | nhtemp | year
sunspots/year | ~11-year cycle, zeros | 1 | 6 | 4 | 3 | sunspot.year | year
tree ring/year (last 1000) | stationary noise | 1 | 6 | 4 | 3 | window(treering, start = 980) | year
discoveries/year | small counts, zeros | 1 | 6 | 4 | 3 | discoveries | year
motorcycles/year | counts, rise and fall, short (48) | 1 | 6 | 4 | 3 | ${AER('MotorCycles')} | year
global temp anomaly/year | trend, negative values | 1 | 6 | 4 | 3 | vega:temp
US airmiles/year | compounding growth, short (24) | 1 | 4 | 3 | 2 | airmiles | year
US population/decade | smooth growth, very short (19) | 1 | 2 | 3 | 1 | uspop | decade
AU residents/quarter | smooth linear growth | 4 | 8 | 4 | 4 | austres | quarter
presidents approval/quarter | level swings, 6 NAs | 4 | 8 | 4 | 4 | presidents | quarter | | lin
Freeny revenue/quarter | trend, short (39) | 4 | 4 | 3 | 2 | freeny.y | quarter
Argentina CPI/quarter | hyperinflation | 4 | 8 | 4 | 4 | ${AER('ArgentinaCPI')} | quarter
UK non-durables/quarter | growth, strong season | 4 | 8 | 4 | 4 | ${AER('UKNonDurables')} | quarter
German unemployment/quarter | rate, season, shifts | 4 | 8 | 4 | 4 | ${AER('GermanUnemployment', '[, 1]')} | quarter
US production index/quarter | trend, season, recessions | 4 | 8 | 4 | 4 | ${AER('USProdIndex', '[, 1]')} | quarter
UK lung deaths/month | counts, strong season, short (72) | 12 | 12 | 4 | 3 | ldeaths | month
UK lung deaths male/month | counts, strong season, short (72) | 12 | 12 | 4 | 3 | mdeaths | month
UK lung deaths female/month | counts, strong season, short (72) | 12 | 12 | 4 | 3 | fdeaths | month
Seatbelts front/month | counts, season, level shift (1983) | 12 | 12 | 4 | 6 | Seatbelts[, "front"] | month
Seatbelts rear/month | counts, season | 12 | 12 | 4 | 6 | Seatbelts[, "rear"] | month
Seatbelts vans killed/month | small counts, season, shift | 12 | 12 | 4 | 6 | Seatbelts[, "VanKilled"] | month
UK km driven/month | volume, trend, season | 12 | 12 | 4 | 6 | Seatbelts[, "kms"] | month
UK petrol price/month | price, drift, no season | 1 | 12 | 4 | 6 | Seatbelts[, "PetrolPrice"] | month
Dutch sales/month | sales, season, trend, long (425) | 12 | 12 | 4 | 6 | ${AER('DutchSales')} | month
sunspots/month | long (3177), 11-year cycle | 1 | 12 | 4 | 6 | sunspot.month | month
bird strikes/month | counts, summer season, growth | 12 | 12 | 4 | 6 | vega:birds
AAPL price/month | price, crash then growth | 1 | 12 | 4 | 6 | vega:AAPL
AMZN price/month | price, crash then growth | 1 | 12 | 4 | 6 | vega:AMZN
IBM price/month | price, random walk | 1 | 12 | 4 | 6 | vega:IBM
Dutch TV advertising/4 weeks | 13 periods a year | 13 | 13 | 4 | 7 | ${AER('DutchAdvert', '[, "tv"]')} | fourweek | 1978-01-02
Dow Jones/week | price, random walk | 1 | 13 | 4 | 13 | ${AER('DJFranses')} | week | 1980-01-07
New York temp_max/day | yearly cycle, weather noise | 365 | 30 | 4 | 30 | vega:ny
Seattle precipitation/day | zero-heavy, wet season | 365 | 30 | 4 | 30 | vega:rain
DAX/trading day | price, random walk | 1 | 20 | 4 | 10 | EuStockMarkets[, "DAX"] | bday | 1991-07-01
SMI/trading day | price, random walk | 1 | 20 | 4 | 10 | EuStockMarkets[, "SMI"] | bday | 1991-07-01
CAC/trading day | price, random walk | 1 | 20 | 4 | 10 | EuStockMarkets[, "CAC"] | bday | 1991-07-01
FTSE/trading day | price, random walk | 1 | 20 | 4 | 10 | EuStockMarkets[, "FTSE"] | bday | 1991-07-01
gold/trading day | price, NAs | 1 | 20 | 4 | 10 | forecast::gold | bday | 1985-01-01 | prev
earthquakes/hour | small counts, one week | 24 | 24 | 3 | 12 | vega:quakes
WWW users/minute | autocorrelated level, short (100) | 1 | 10 | 4 | 5 | WWWusage | minute
hormone/10 min | short (48), noise | 1 | 6 | 3 | 3 | lh | tenmin
beaver1 temp/10 min | level, a late rise | 1 | 12 | 4 | 6 | beaver1$temp | tenmin
beaver2 temp/10 min | level shift (activity) | 1 | 12 | 4 | 6 | beaver2$temp | tenmin
BJ sales/step | trend with turns, no calendar | 1 | 10 | 4 | 5 | BJsales | steps`;
export const SPECS = TABLE.trim()
  .split('\n')
  .map((l) => l.split(' | ').map((c) => c.trim()));

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const addDays = (iso: string, d: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10);

function timesFor(kind: string, y0: number, p0: number, n: number, from: string): string[] {
  const i = Array.from({ length: n }, (_, k) => k);
  const at = (ms: number) => i.map((k) => new Date(Date.UTC(2000, 0, 3) + k * ms).toISOString());
  const q = (k: number) => `${y0 + Math.floor((p0 - 1 + k) / 4)} Q${((p0 - 1 + k) % 4) + 1}`;
  const m = (k: number) => `${y0 + Math.floor((p0 - 1 + k) / 12)}-${pad(((p0 - 1 + k) % 12) + 1)}`;
  if (kind === 'bday') {
    const out: string[] = [];
    for (let d = from; out.length < n; d = addDays(d, 1))
      if (![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())) out.push(d);
    return out;
  }
  const days = { week: 7, fourweek: 28 }[kind as 'week'];
  if (days) return i.map((k) => addDays(from, days * k));
  if (kind === 'tenmin' || kind === 'minute') return at(kind === 'tenmin' ? 600_000 : 60_000);
  if (kind === 'steps') return i.map((k) => String(k + 1));
  if (kind === 'quarter') return i.map(q);
  if (kind === 'month') return i.map(m);
  return i.map((k) => pad(y0 + (kind === 'decade' ? 10 : 1) * k, 4));
}

/** Fills NAs by the previous value, or by a straight line to the next one ('lin'). */
function fillMissing(v: number[], how: string): number[] {
  const out = [...v];
  const first = out.findIndex(Number.isFinite);
  for (let k = 0; k < out.length; k++) {
    if (Number.isFinite(out[k])) continue;
    if (k < first) out[k] = out[first]!;
    else {
      let j = k;
      while (j < out.length && !Number.isFinite(out[j])) j++;
      const prev = out[k - 1]!;
      const line = how === 'lin' && j < out.length;
      out[k] = line ? prev + (out[j]! - prev) / (j - k + 1) : prev;
    }
  }
  return out;
}

function build(spec: string[], times: string[], values: number[]): BenchSeries {
  const [name, shape, period, horizon, origins, step, source] = spec as [
    string,
    string,
    ...string[],
  ];
  const [m, h, o, st] = [period, horizon, origins, step].map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return {
    name,
    shape,
    source: source!,
    times,
    values,
    period: m,
    seasons: m > 1 ? [m] : [],
    horizon: h,
    origins: o,
    step: st,
  };
}

/** Reads the R series through one Rscript; none, with the reason, when R or a package is missing. */
export function rBreadthSeries(): { series: BenchSeries[]; missing: string | null } {
  const specs = SPECS.filter((s) => !s[6]!.startsWith('vega:'));
  const script = specs.map(
    (s, k) =>
      `x <- ${s[6]}; st <- if (is.ts(x)) start(x) else c(0, 1); cat(${k}, st[1], if (length(st) > 1) st[2] else 1, paste(as.numeric(x), collapse = ","), "\\n", sep = "|")`,
  );
  let out: string;
  try {
    const args = ['--vanilla', '-e', `suppressMessages(library(forecast))\n${script.join('\n')}`];
    out = execFileSync('Rscript', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    return { series: [], missing: `Rscript failed (${(err as Error).message.split('\n')[0]})` };
  }
  const series = out
    .trim()
    .split('\n')
    .map((line) => {
      const [k, y0, p0, csv] = line.split('|') as [string, string, string, string];
      const s = specs[Number(k)]!;
      const values = fillMissing(csv.split(',').map(Number), s[9] ?? '');
      return build(s, timesFor(s[7]!, Number(y0), Number(p0), values.length, s[8] ?? ''), values);
    });
  return { series, missing: null };
}

const VEGA = join(dirname(createRequire(import.meta.url).resolve('vega-datasets')), '..', 'data');
const read = (file: string): string => readFileSync(join(VEGA, file), 'utf8');
const rows = (file: string): string[][] =>
  read(file)
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
const pick = (r: string[][], t: number, v: number): [string[], number[]] => [
  r.map((x) => x[t]!),
  r.map((x) => Number(x[v])),
];
/** Per-event stamps counted into every bucket from the first to the last. */
function counted(
  keys: string[],
  all: (first: string, last: string) => string[],
): [string[], number[]] {
  const c = new Map<string, number>();
  for (const k of keys) c.set(k, (c.get(k) ?? 0) + 1);
  const sorted = [...c.keys()].sort();
  const buckets = all(sorted[0]!, sorted.at(-1)!);
  return [buckets, buckets.map((b) => c.get(b) ?? 0)];
}
const stock = (sym: string): [string[], number[]] => {
  const [t, v] = pick(
    rows('stocks.csv').filter((x) => x[0] === sym),
    1,
    2,
  );
  const month = (d: string) =>
    pad('JanFebMarAprMayJunJulAugSepOctNovDec'.indexOf(d.slice(0, 3)) / 3 + 1);
  return [t.map((d) => `${d.slice(-4)}-${month(d)}`), v];
};
const VEGA_LOADERS: Record<string, () => [string[], number[]]> = {
  temp: () => pick(rows('global-temp.csv'), 0, 1),
  ny: () =>
    pick(
      rows('weather.csv').filter((r) => r[0] === 'New York'),
      1,
      3,
    ),
  rain: () => pick(rows('seattle-weather.csv'), 0, 1),
  AAPL: () => stock('AAPL'),
  AMZN: () => stock('AMZN'),
  IBM: () => stock('IBM'),
  birds: () =>
    counted(
      rows('birdstrikes.csv').map((r) => r.find((c) => /^\d{4}-\d{2}-\d{2}$/.test(c))!.slice(0, 7)),
      (a, b) =>
        timesFor(
          'month',
          +a.slice(0, 4),
          +a.slice(5),
          (+b.slice(0, 4) - +a.slice(0, 4)) * 12 + +b.slice(5) - +a.slice(5) + 1,
          '',
        ),
    ),
  quakes: () => {
    type Quakes = { features: { properties: { time: number } }[] };
    const hour = (ms: number) => new Date(Math.floor(ms / 3_600_000) * 3_600_000).toISOString();
    const stamps = (JSON.parse(read('earthquakes.json')) as Quakes).features.map((f) =>
      hour(f.properties.time),
    );
    // The first and last hours are partial.
    const hours = (a: string, b: string) =>
      Array.from({ length: (Date.parse(b) - Date.parse(a)) / 3_600_000 - 1 }, (_, k) =>
        hour(Date.parse(a) + (k + 1) * 3_600_000),
      );
    return counted(stamps, hours);
  },
};
export const vegaBreadthSeries = (): BenchSeries[] =>
  SPECS.filter((s) => s[6]!.startsWith('vega:')).map((s) =>
    build(s, ...VEGA_LOADERS[s[6]!.slice(5)]!()),
  );
