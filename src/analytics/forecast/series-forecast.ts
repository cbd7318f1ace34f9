// Forecast of any numeric series (the `analyze forecast` CLI): point and central interval per step.
import { AnalyticsInputError } from '../errors.js';
import type { SeriesForecast, SeriesForecastOptions } from '../types.js';
import { fitPathModel, stepIntervals } from './model.js';
import { detectSeasonality } from './seasonality.js';

/** Forecasts `horizon` steps with a validated combination of ETS, MSTL, Theta and seasonal naive (run rate under 14 points); seasons are detected when not given. */
export function forecastSeries(
  values: readonly number[],
  opts: SeriesForecastOptions,
): SeriesForecast {
  const level = opts.level ?? 0.8;
  if (!(level > 0 && level < 1))
    throw new AnalyticsInputError(`level must be in (0, 1), got ${level}`);
  if (opts.times && opts.times.length !== values.length) {
    throw new AnalyticsInputError('times and values must have the same length');
  }
  const seasons =
    opts.seasons ?? detectSeasonality(values, opts.times ? { times: opts.times } : {}).periods;
  const model = fitPathModel(values, {
    horizon: opts.horizon,
    periods: seasons,
    transform: opts.transform ?? 'auto',
  });
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
