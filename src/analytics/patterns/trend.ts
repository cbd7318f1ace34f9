// The up/down/stable indicator shared by weekly and monthly views.
import { linearFit, mean, round } from '../stats.js';
import type { TrendIndicator } from '../types.js';

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
      reason: `needs ${MIN_TREND_PERIODS} complete periods, has ${values.length}`,
    };
  }
  const m = mean(values);
  if (m <= 0) return { available: false, reason: 'no usage in the periods' };
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
