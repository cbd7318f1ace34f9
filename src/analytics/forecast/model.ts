// Fits a forecast as a combination of candidate methods and describes its errors as a linear
// innovations process, so that sums, maxima and crossing dates can be simulated consistently.
//
// Why a combination: no single method is best on every shape usage takes (compounding growth,
// seasons that grow with the level, level shifts, short histories); M-competition winners combine.
// ETS, MSTL, Theta and seasonal naive (methods.ts) are refitted on the history cut at a few late
// origins and weighted by their accuracy there (weights.ts); a candidate whose forecast runs away
// is dropped. The transform (none or log1p) is chosen by the same kind of validation.
//
// Why psi weights: for a linear innovations model the h-step error is
// e_h = sigma * sum_{j<h} psi_j * eps_{h-j}, so Var_h = sigma^2 * sum psi_j^2. sigma (step 1) and
// psi (the growth of the variance) are read from the combined per-step standard errors, which
// rebuilds the correlation between steps that a sum over a month depends on. The candidates'
// disagreement is an error shared by all steps; the validation runs then calibrate the per-step
// scale and the share of error common to all steps (calibrate.ts).
import { AnalyticsInputError } from '../errors.js';
import { sampleSd, zForLevel } from '../stats.js';
import type { ForecastMethod, Transform } from '../types.js';
import { calibrate, errorStructure, stepSd } from './calibrate.js';
import {
  combine,
  crossValidate,
  cvError,
  cvOrigins,
  fitWindow,
  type CvRun,
} from './cross-validate.js';
import { constantModel, MIN_MODEL_HISTORY, runRateModel } from './fallback.js';
import { fitMethods, type MethodSet } from './methods.js';
import { withoutIsolatedOutliers } from './outliers.js';
import { sinceLastShift } from './since-shift.js';
import { fromModelSpace, toModelSpace } from './transform.js';
import { chooseWeights } from './weights.js';

export { fromModelSpace } from './transform.js';

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
  /** Per-step loading of one error shared by every step (level and trend uncertainty). */
  shared: number[];
  /** Values below this are impossible (0 for usage); null when unbounded. */
  floor: number | null;
  /** Factor applied to the combined sd after validation on the history's last stretches. */
  calibration: number;
  /** The candidates combined and their weights (summing to 1). */
  components?: { method: string; weight: number }[];
  note?: string;
}

export interface ModelOptions {
  horizon: number;
  /** Seasonal periods to model; periods with fewer than two cycles of history are dropped. */
  periods: readonly number[];
  /** 'auto' picks log1p when it forecasts the validation stretches of the history better. */
  transform?: Transform | 'auto';
  /** Below this many points, a run rate with wide intervals replaces the model. */
  minHistory?: number;
  /** 'flow' (daily counts): a run rate; 'level' (a gauge): the last level plus the mean daily change. */
  kind?: 'flow' | 'level';
  /** More periods for seasonal naive alone (calendar periods the detector did not accept). */
  naivePeriods?: readonly number[];
  /** Validation origins (refits per candidate); default 5, or 3 above 2000 points. */
  origins?: number;
  /** Whether isolated one-offs are replaced before fitting (outliers.ts); off where the caller cleans its own. */
  clean?: boolean;
}

/** log1p must beat the untransformed model by this margin to be chosen: prefer the simpler model. */
const LOG_MARGIN = 0.95;

/** Fits the combination for a series and returns its forecast as a path model (see the file comment). */
export function fitPathModel(raw: readonly number[], opts: ModelOptions): PathModel {
  if (raw.length === 0) throw new AnalyticsInputError('cannot forecast an empty series');
  if (!raw.every(Number.isFinite)) throw new AnalyticsInputError('series holds a non-finite value');
  if (!Number.isInteger(opts.horizon) || opts.horizon < 1) {
    throw new AnalyticsInputError(`horizon must be a positive integer, got ${opts.horizon}`);
  }
  const minHistory = opts.minHistory ?? MIN_MODEL_HISTORY;
  // The new level's history must hold two cycles of the shortest season (longer ones are dropped).
  const seasons = opts.periods.filter((p) => Number.isInteger(p) && p >= 2);
  // A cut keeps at least the history a validated fit needs, even where shorter ones may be fitted.
  const need = Math.max(
    minHistory,
    MIN_MODEL_HISTORY,
    seasons.length ? 2 * Math.min(...seasons) : 0,
  );
  // A gauge (storage) grows by steps, each upload one: its history is all of them.
  const from = opts.kind === 'level' ? 0 : sinceLastShift(raw, opts.periods, need);
  if (from > 0) {
    // Searched again on its own: the new level's fit can show a later step the whole history's
    // did not (CO2's record: MASE 0.50 with one search, 0.48 with the second).
    const m = fitPathModel(raw.slice(from), opts);
    const note = `fitted on the ${raw.length - from} points since the level shifted (point ${from + 1})`;
    return { ...m, note: m.note ? `${note}; ${m.note}` : note };
  }
  const n = raw.length;
  const floor = raw.every((v) => v >= 0) ? 0 : null;
  if (n < minHistory) {
    return runRateModel(raw, opts.horizon, opts.kind ?? 'flow', floor, minHistory);
  }
  const valid = opts.periods.filter((p) => Number.isInteger(p) && p >= 2);
  const periods = valid.filter((p) => n >= 2 * p);
  if (sampleSd(raw) === 0) return constantModel(raw[0] as number, opts.horizon, periods, floor);
  // A gauge's steps are its uploads, not outliers; under two cycles of a season, a one-off may be
  // that season's peak seen once; a history constant but for its outliers has nothing else to say.
  const cleanable =
    opts.clean !== false && opts.kind !== 'level' && periods.length === valid.length;
  const cleaned = cleanable ? withoutIsolatedOutliers(raw, periods) : null;
  const y = cleaned && sampleSd(cleaned.values) > 0 ? cleaned.values : raw;
  const replaced = y === raw ? 0 : (cleaned?.replaced.length ?? 0);
  // A season too long to model (under two cycles) can still be repeated once it has been seen.
  const seen = [...new Set([...valid, ...(opts.naivePeriods ?? [])])].filter(
    (p) => Number.isInteger(p) && p >= 2 && n >= p + MIN_MODEL_HISTORY / 2,
  );
  const set: MethodSet = { periods, naivePeriods: seen.length ? seen : [1] };
  const { origins, v } = cvOrigins(n, opts.horizon, periods, opts.origins ?? (n > 2000 ? 3 : 5));
  const { t, runs } = chooseTransform(y, opts.transform ?? 'auto', floor, origins, v, set);
  const ys = toModelSpace(fitWindow(y, periods), t);
  const final = fitMethods(ys, opts.horizon, set);
  const { weights } = chooseWeights(ys, final, runs, t, floor);
  const comb = combine(final, weights);
  if (!comb) return runRateModel(y, opts.horizon, opts.kind ?? 'flow', floor);
  const cal = calibrate(runs, weights);
  const { sigma, psi, shared } = errorStructure(comb, cal);
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const components = final
    .filter((f) => (weights.get(f.key) ?? 0) > 0)
    .map((f) => ({ method: f.key, weight: (weights.get(f.key) as number) / total }));
  const single =
    components.length === 1 ? final.find((f) => f.key === components[0]?.method) : null;
  const base = single ? single.method : 'combination';
  return {
    method: (t === 'log1p' ? `${base}-log1p` : base) as ForecastMethod,
    transform: t,
    periods,
    mean: comb.mean,
    sigma,
    psi,
    shared,
    floor,
    calibration: cal.scale,
    components,
    ...(replaced > 0 && {
      note: `${replaced} isolated outlier${replaced === 1 ? ' was' : 's were'} replaced by ${replaced === 1 ? 'its' : 'their'} expected value${replaced === 1 ? '' : 's'} before fitting`,
    }),
  };
}

/**
 * Picks the transform by validation: log1p when the best candidate's error is at least 5% lower
 * with it (compounding growth, seasons that scale with the level). Negative data stays raw.
 * Returns the validation runs in the chosen space, which weight and calibrate the combination.
 */
function chooseTransform(
  y: readonly number[],
  wanted: Transform | 'auto',
  floor: number | null,
  origins: number[],
  v: number,
  set: MethodSet,
): { t: Transform; runs: CvRun[] } {
  const fixed: Transform | null =
    floor === null || wanted === 'none' ? 'none' : wanted === 'log1p' ? 'log1p' : null;
  if (fixed || origins.length === 0) {
    const t = fixed ?? 'none';
    return { t, runs: crossValidate(y, t, origins, v, set) };
  }
  const best = (t: Transform, runs: CvRun[]): number =>
    Math.min(...(runs[0]?.fits ?? []).map((f) => cvError(runs, f.key, t, floor)));
  const raw = crossValidate(y, 'none', origins, v, set);
  const log = crossValidate(y, 'log1p', origins, v, set);
  return best('log1p', log) < LOG_MARGIN * best('none', raw)
    ? { t: 'log1p', runs: log }
    : { t: 'none', runs: raw };
}

/** Returns the per-step central interval of a path model at `level`, on the data's scale. */
export function stepIntervals(
  model: PathModel,
  level: number,
): { point: number[]; lower: number[]; upper: number[] } {
  const z = zForLevel(level);
  const sd = stepSd(model);
  const clamp = (v: number): number => (model.floor === null ? v : Math.max(model.floor, v));
  const at = (v: number): number => clamp(fromModelSpace(v, model.transform));
  const point = model.mean.map(at);
  const lower = model.mean.map((m, i) => at(m - z * (sd[i] as number)));
  const upper = model.mean.map((m, i) => at(m + z * (sd[i] as number)));
  return { point, lower, upper };
}
