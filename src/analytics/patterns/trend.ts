// The up/down/stable indicator shared by weekly and monthly views.
import { linearFit, mean, round } from '../stats.js';
import type { TrendIndicator } from '../types.js';
import { reason } from '../../domain/i18n/reasons.js';

/** Fewer complete periods than this cannot show a trend worth an arrow. */
export const MIN_TREND_PERIODS = 4;
/** A fitted change smaller than this per period is "stable" even when significant. */
const MATERIAL_PCT = 2;
/** |slope / standard error| above this is treated as a real trend, not noise (about 95%). */
const SIGNIFICANT_T = 2;

/** Returns the trend of consecutive complete-period values: a least-squares slope, "stable" unless material and significant. */
export function trendOf(values: readonly number[]): TrendIndicator {
  if (values.length < MIN_TREND_PERIODS) {
    return {
      available: false,
      reason: reason('trendShort', { need: MIN_TREND_PERIODS, have: values.length }),
    };
  }
  const m = mean(values);
  if (m <= 0) return { available: false, reason: reason('trendNoUsage') };
  const { slope, slopeSe } = linearFit(
    values.map((_, i) => i),
    values,
  );
  const pct = (slope / m) * 100;
  const significant = slopeSe === 0 ? slope !== 0 : Math.abs(slope / slopeSe) >= SIGNIFICANT_T;
  const direction =
    significant && Math.abs(pct) >= MATERIAL_PCT ? (pct > 0 ? 'up' : 'down') : 'stable';
  return { available: true, direction, changePctPerPeriod: round(pct, 1), periods: values.length };
}
