// The candidate methods a forecast combines, each fitted in model space (after the transform) and
// returning a point forecast and a standard error per step:
// - mstl-ets: augurs' MSTL (STL seasonality that may evolve) with an AutoETS trend;
// - ets: augurs' AutoETS (it picks among additive, damped and multiplicative-error trends by AICc)
//   on the series deseasonalised by classical decomposition (a fixed seasonal figure);
// - theta: SES with drift on the same deseasonalised series (theta.ts);
// - seasonal-naive: the last cycle repeated (the last value when there is no season), the
//   benchmark every other method must beat and the fallback when they run away.
// They fail differently (an evolving versus a fixed season, a damped versus a straight-line trend),
// which is what makes their combination better than any one of them.
import { augursEts, augursMstl } from '../runtime/augurs-node.js';
import { zForLevel } from '../stats.js';
import { deseasonalise, reseasonalise, seasonalParts } from './decompose.js';
import { thetaForecast } from './theta.js';

export type MethodName = 'mstl-ets' | 'ets' | 'theta' | 'seasonal-naive';

export interface MethodForecast {
  method: MethodName;
  /** Identifies the candidate across refits ('seasonal-naive:24'). */
  key: string;
  mean: number[];
  sd: number[];
}

/** Level at which the library's intervals are read back into standard errors. */
const LEVEL = 0.8;

function fromIntervals(f: { point: number[]; intervals?: { upper: number[] } | undefined }): {
  mean: number[];
  sd: number[];
} {
  const z = zForLevel(LEVEL);
  const upper = f.intervals?.upper ?? f.point;
  return { mean: f.point, sd: f.point.map((p, i) => Math.max(0, ((upper[i] as number) - p) / z)) };
}

function mstl(ys: readonly number[], h: number, periods: readonly number[]): MethodForecast | null {
  if (periods.length === 0) return null;
  const model = augursMstl().MSTL.ets([...periods]);
  try {
    model.fit([...ys]);
    return { method: 'mstl-ets', key: 'mstl-ets', ...fromIntervals(model.predict(h, LEVEL)) };
  } finally {
    model.free();
  }
}

function ets(ys: readonly number[], h: number, periods: readonly number[]): MethodForecast {
  const parts = seasonalParts(ys, periods, 'additive');
  const model = new (augursEts().AutoETS)(1, 'ZZN');
  try {
    model.fit(deseasonalise(ys, parts));
    const f = fromIntervals(model.predict(h, LEVEL));
    return { method: 'ets', key: 'ets', mean: reseasonalise(f.mean, ys.length, parts), sd: f.sd };
  } finally {
    model.free();
  }
}

function theta(ys: readonly number[], h: number, periods: readonly number[]): MethodForecast {
  const f = thetaForecast(ys, h, { periods, decomposition: 'additive' });
  return { method: 'theta', key: 'theta', mean: f.mean, sd: f.sd };
}

/** Seasonal naive with period p (1: naive); its error sums one seasonal difference per cycle ahead. */
export function seasonalNaive(ys: readonly number[], h: number, p: number): MethodForecast {
  const n = ys.length;
  let ss = 0;
  for (let i = p; i < n; i++) ss += ((ys[i] as number) - (ys[i - p] as number)) ** 2;
  const s = n > p ? Math.sqrt(ss / (n - p)) : 0;
  return {
    method: 'seasonal-naive',
    key: `seasonal-naive:${p}`,
    mean: Array.from({ length: h }, (_, i) => ys[n - p + (i % p)] as number),
    sd: Array.from({ length: h }, (_, i) => s * Math.sqrt(Math.floor(i / p) + 1)),
  };
}

export interface MethodSet {
  /** Periods MSTL, ETS and Theta may model (at least two cycles in every fit). */
  periods: readonly number[];
  /** Periods for seasonal naive (one cycle is enough); [1] means naive. */
  naivePeriods: readonly number[];
  /** Only these candidates (all when absent): the transform is judged by the cheap ones. */
  only?: readonly MethodName[];
}

/**
 * Fits every candidate on a model-space series and returns those that fitted and stay finite.
 * A candidate the library cannot fit (augurs reports "no model found" on some short or flat
 * series) is left out rather than failing the forecast.
 */
export function fitMethods(ys: readonly number[], h: number, set: MethodSet): MethodForecast[] {
  const out: MethodForecast[] = [];
  const tryFit = (f: () => MethodForecast | null): void => {
    try {
      const r = f();
      if (r && r.mean.every(Number.isFinite) && r.sd.every(Number.isFinite)) out.push(r);
    } catch {
      // left out: see the doc comment
    }
  };
  const use = (m: MethodName): boolean => !set.only || set.only.includes(m);
  if (use('mstl-ets')) tryFit(() => mstl(ys, h, set.periods));
  if (use('ets')) tryFit(() => ets(ys, h, set.periods));
  if (use('theta')) tryFit(() => theta(ys, h, set.periods));
  if (use('seasonal-naive'))
    for (const p of set.naivePeriods) if (ys.length > p) tryFit(() => seasonalNaive(ys, h, p));
  return out;
}
