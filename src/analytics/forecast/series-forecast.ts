// Forecast of any numeric series (the `analyze forecast` CLI): point and central interval per step.
import { AnalyticsInputError } from '../errors.js';
import { normalQuantile, resolution } from '../stats.js';
import type { SeriesForecast, SeriesForecastOptions } from '../types.js';
import { fitPathModel, stepIntervals, type PathModel } from './model.js';
import { detectSeasonality } from './seasonality.js';

/** Returns the path model `forecastSeries` reads its intervals from (seasons detected when not given). */
export function seriesModel(values: readonly number[], opts: SeriesForecastOptions): PathModel {
  if (opts.times && opts.times.length !== values.length) {
    throw new AnalyticsInputError('times and values must have the same length');
  }
  const detected = opts.seasons
    ? null
    : detectSeasonality(values, opts.times ? { times: opts.times } : {});
  return fitPathModel(values, {
    horizon: opts.horizon,
    periods: opts.seasons ?? detected?.periods ?? [],
    transform: opts.transform ?? 'auto',
    // A calendar cycle the detector found too weak may still help when merely repeated: the
    // validation decides whether it gets any weight.
    naivePeriods: detected?.scores.map((s) => s.period) ?? [],
  });
}

// Values written in whole numbers (or tenths...) are never known closer than their rounding: a
// series that repeats or climbs exactly would otherwise get an interval of zero width, a promise
// no real usage keeps. Each step's interval is at least the rounding's (sd step / sqrt 12).
function roundingFloor(
  values: readonly number[],
  s: { point: number[]; lower: number[]; upper: number[] },
  level: number,
) {
  const half = (normalQuantile(0.5 + level / 2) * resolution(values)) / Math.sqrt(12);
  const floor = values.every((v) => v >= 0) ? 0 : -Infinity;
  return {
    point: s.point,
    lower: s.lower.map((l, i) => Math.max(floor, Math.min(l, s.point[i]! - half))),
    upper: s.upper.map((u, i) => Math.max(u, s.point[i]! + half)),
  };
}

/**
 * Forecasts `horizon` steps with a combination of ETS, MSTL, Theta and seasonal naive weighted by
 * validation on the history (a run rate under 14 points); seasons are detected when not given.
 */
export function forecastSeries(
  values: readonly number[],
  opts: SeriesForecastOptions,
): SeriesForecast {
  const level = opts.level ?? 0.8;
  if (!(level > 0 && level < 1))
    throw new AnalyticsInputError(`level must be in (0, 1), got ${level}`);
  const model = seriesModel(values, opts);
  const { point, lower, upper } = roundingFloor(values, stepIntervals(model, level), level);
  const out: SeriesForecast = {
    method: model.method,
    level,
    seasons: model.periods,
    transform: model.transform,
    point,
    lower,
    upper,
  };
  if (model.components) out.components = model.components;
  if (model.note) out.note = model.note;
  return out;
}
