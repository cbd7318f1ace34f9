// Fits a forecasting model and describes its forecast errors as a linear innovations process,
// so that sums, maxima and crossing dates can be simulated consistently with the library's intervals.
//
// Why recover psi weights: augurs returns only per-step intervals. For a linear innovations state
// space model (every additive ETS) the h-step error is e_h = sigma * sum_{j<h} psi_j * eps_{h-j}, so
// Var_h = sigma^2 * sum_{j<h} psi_j^2. Reading sigma from step 1 and psi_j from the growth of the
// variance (psi_j >= 0 holds for ETS with positive smoothing weights) rebuilds the error process
// exactly, and with it the correlation between days that a sum over a month depends on.
//
// Why calibrate: ETS intervals use the in-sample one-step error and ignore parameter and
// decomposition uncertainty, so they are often too narrow (or, with a noisy seasonal estimate, too
// wide). The model is refitted on the history cut at three late origins, and the 80% quantile of
// |error / predicted sd| over what followed, divided by the normal's 1.2816, rescales the final sd
// (split-conformal in spirit, calibrated at the level the product shows most). The
// same refits decide whether log1p helps. Only the history is used: a benchmark tail is never seen.
import { AnalyticsInputError } from '../errors.js';
import { augursEts, augursMstl } from '../runtime/augurs-node.js';
import { mean, quantile, sampleSd, zForLevel } from '../stats.js';
import type { ForecastMethod, Transform } from '../types.js';
import { constantModel, MIN_MODEL_HISTORY, runRateModel } from './fallback.js';

/** The forecast of a fitted model as a path model: mean and error structure in model space. */
export interface PathModel {
  method: ForecastMethod;
  transform: Transform;
  periods: number[];
  /** Point forecast per step, in model (possibly log1p) space. */
  mean: number[];
  /** Standard deviation of the one-step innovation, calibration included. */
  sigma: number;
  /** Weight of the innovation j steps back in today's error; psi[0] = 1. */
  psi: number[];
  /** Per-step loading of one error shared by every step (the uncertainty of a run rate); 0 for ETS. */
  shared: number[];
  /** Values below this are impossible (0 for usage); null when unbounded. */
  floor: number | null;
  /** Factor applied to the library's sd after validation on the history's last stretch. */
  calibration: number;
  note?: string;
}

export interface ModelOptions {
  horizon: number;
  /** Seasonal periods to model; periods with fewer than two cycles of history are dropped. */
  periods: readonly number[];
  /** 'auto' picks log1p when it forecasts the validation stretch of the history better. */
  transform?: Transform | 'auto';
  /** Below this many points, a run rate with wide intervals replaces the model. */
  minHistory?: number;
  /** 'flow' (daily counts): a run rate; 'level' (a gauge): the last level plus the mean daily change. */
  kind?: 'flow' | 'level';
}

/** log1p must beat the untransformed model by this margin to be chosen: prefer the simpler model. */
const LOG_MARGIN = 0.95;
/** Intervals are calibrated where they are used most: the 80% level (|z| of a standard normal). */
const CALIBRATION_LEVEL = 0.8;
/** One validation stretch is a noisy judge; calibration may not move the sd beyond these bounds. */
const CALIBRATION_RANGE = [0.5, 3] as const;

/** Fits the model for a series and returns its forecast as a path model (see the file comment). */
export function fitPathModel(y: readonly number[], opts: ModelOptions): PathModel {
  if (y.length === 0) throw new AnalyticsInputError('cannot forecast an empty series');
  if (!y.every(Number.isFinite)) throw new AnalyticsInputError('series holds a non-finite value');
  if (!Number.isInteger(opts.horizon) || opts.horizon < 1) {
    throw new AnalyticsInputError(`horizon must be a positive integer, got ${opts.horizon}`);
  }
  const floor = y.every((v) => v >= 0) ? 0 : null;
  if (y.length < (opts.minHistory ?? MIN_MODEL_HISTORY)) {
    return runRateModel(y, opts.horizon, opts.kind ?? 'flow', floor);
  }
  const periods = opts.periods.filter((p) => Number.isInteger(p) && p >= 2 && y.length >= 2 * p);
  if (sampleSd(y) === 0) return constantModel(y[0] as number, opts.horizon, periods, floor);
  const candidates: Transform[] =
    floor === null || opts.transform === 'none'
      ? ['none']
      : opts.transform === 'log1p'
        ? ['log1p']
        : ['none', 'log1p'];
  const { transform, calibration } = validate(y, periods, opts.horizon, candidates);
  const fit = fitLibrary(y, periods, opts.horizon, transform);
  return {
    ...fit,
    sigma: fit.sigma * calibration,
    shared: fit.shared.map((s) => s * calibration),
    floor,
    calibration,
  };
}

function toModelSpace(y: readonly number[], t: Transform): number[] {
  return t === 'log1p' ? y.map((v) => Math.log1p(v)) : [...y];
}

/** Maps a model-space value back to the data's scale. */
export function fromModelSpace(v: number, t: Transform): number {
  return t === 'log1p' ? Math.expm1(v) : v;
}

type LibraryFit = Omit<PathModel, 'floor' | 'calibration'> & { sd: number[] };

function fitLibrary(
  y: readonly number[],
  periods: number[],
  horizon: number,
  transform: Transform,
): LibraryFit {
  const ys = toModelSpace(y, transform);
  const level = 0.8;
  let forecast;
  if (periods.length > 0) {
    const model = augursMstl().MSTL.ets(periods);
    try {
      model.fit(ys);
      forecast = model.predict(horizon, level);
    } finally {
      model.free();
    }
  } else {
    const model = new (augursEts().AutoETS)(1, 'ZZN');
    try {
      model.fit(ys);
      forecast = model.predict(horizon, level);
    } finally {
      model.free();
    }
  }
  const z = zForLevel(level);
  const upper = forecast.intervals?.upper ?? forecast.point;
  const sd = forecast.point.map((p, i) => Math.max(0, ((upper[i] as number) - p) / z));
  const sigma = sd[0] ?? 0;
  const psi = sd.map((s, i) => {
    if (i === 0) return 1;
    const grow = s * s - (sd[i - 1] as number) ** 2;
    return sigma > 0 && grow > 0 ? Math.sqrt(grow) / sigma : 0;
  });
  const base = periods.length > 0 ? 'mstl-ets' : 'ets';
  return {
    method: (transform === 'log1p' ? `${base}-log1p` : base) as ForecastMethod,
    transform,
    periods,
    mean: forecast.point,
    sigma,
    psi,
    shared: new Array<number>(horizon).fill(0),
    sd,
  };
}

/** Validation origins: a single stretch proved too noisy a judge of interval width. */
const VALIDATION_ORIGINS = 3;

/** Refits on the history cut at a few late origins: picks the transform and the interval calibration. */
function validate(
  y: readonly number[],
  periods: number[],
  horizon: number,
  candidates: Transform[],
): { transform: Transform; calibration: number } {
  const maxP = Math.max(1, ...periods);
  const v = Math.min(Math.max(horizon, maxP), Math.floor(y.length / 4));
  const step = Math.max(1, Math.ceil(v / 2));
  const origins = Array.from(
    { length: VALIDATION_ORIGINS },
    (_, k) => y.length - v - k * step,
  ).filter((o) => o >= MIN_MODEL_HISTORY && periods.every((p) => o >= 2 * p));
  const fallback = { transform: candidates[0] as Transform, calibration: 1 };
  if (v < 3 || origins.length === 0) return fallback;
  const scored = candidates.map((t) => {
    const abs: number[] = [];
    const zs: number[] = [];
    for (const o of origins) {
      const m = fitLibrary(y.slice(0, o), periods, v, t);
      y.slice(o, o + v).forEach((a, i) => {
        const p = m.mean[i] as number;
        // MAE on the data's scale picks the transform; the z of the error lives in model space, with the sd.
        abs.push(Math.abs(a - Math.max(0, fromModelSpace(p, t))));
        const sd = m.sd[i] as number;
        zs.push(sd > 0 ? Math.abs(((toModelSpace([a], t)[0] as number) - p) / sd) : 0);
      });
    }
    return { t, mae: mean(abs), zs };
  });
  let best = scored[0] as (typeof scored)[number];
  const log = scored.find((s) => s.t === 'log1p');
  if (log && best.t === 'none' && log.mae < LOG_MARGIN * best.mae) best = log;
  const k = quantile(best.zs, CALIBRATION_LEVEL) / zForLevel(CALIBRATION_LEVEL);
  const calibration =
    Number.isFinite(k) && k > 0
      ? Math.min(CALIBRATION_RANGE[1], Math.max(CALIBRATION_RANGE[0], k))
      : 1;
  return { transform: best.t, calibration };
}

/** Returns the per-step central interval of a path model at `level`, on the data's scale. */
export function stepIntervals(
  model: PathModel,
  level: number,
): { point: number[]; lower: number[]; upper: number[] } {
  const z = zForLevel(level);
  const point: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  let psiSq = 0;
  const clamp = (v: number): number => (model.floor === null ? v : Math.max(model.floor, v));
  model.mean.forEach((m, i) => {
    psiSq += (model.psi[i] as number) ** 2;
    const sd = Math.sqrt(model.sigma ** 2 * psiSq + (model.shared[i] as number) ** 2);
    point.push(clamp(fromModelSpace(m, model.transform)));
    lower.push(clamp(fromModelSpace(m - z * sd, model.transform)));
    upper.push(clamp(fromModelSpace(m + z * sd, model.transform)));
  });
  return { point, lower, upper };
}
