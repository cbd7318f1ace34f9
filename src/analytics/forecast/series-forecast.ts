// Forecast of any numeric series (the `analyze forecast` CLI): point and central interval per step.
import { AnalyticsInputError } from '../errors.js';
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
  const { point, lower, upper } = stepIntervals(model, level);
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
