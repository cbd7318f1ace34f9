// Peer comparison, anonymised: the user's percentile among users of the same plan, from the
// cohort's aggregate percentiles only. No individual value of another user enters or leaves.
import { AnalyticsInputError } from './errors.js';
import { round } from './stats.js';
import type { CohortDistribution, PeerComparison } from './types.js';
import { reason } from '../domain/i18n/reasons.js';

/** Below this many users a percentile would come close to describing individuals. */
export const MIN_COHORT = 10;
const METHOD =
  'linear interpolation between the cohort percentiles p25, p50, p75 and p90, with 0 as the floor ' +
  '(usage is never negative); above p90 only "at least 90" is known';

/** Returns the user's interpolated percentile in a cohort of at least 10 users, from aggregate percentiles only. */
export function peerPercentile(cohort: CohortDistribution, value: number): PeerComparison {
  if (!Number.isFinite(value) || value < 0)
    throw new AnalyticsInputError(`usage must be a non-negative number, got ${value}`);
  if (!(cohort.n >= MIN_COHORT)) {
    return {
      available: false,
      reason: reason('cohortSmall', { n: cohort.n, min: MIN_COHORT }),
    };
  }
  const knots: [number, number][] = [
    [0, 0],
    [cohort.p25, 25],
    [cohort.p50, 50],
    [cohort.p75, 75],
    [cohort.p90, 90],
  ];
  for (let i = 1; i < knots.length; i++) {
    if ((knots[i] as [number, number])[0] < (knots[i - 1] as [number, number])[0]) {
      throw new AnalyticsInputError('cohort percentiles must be non-negative and ascending');
    }
  }
  let percentile: number;
  let bound: 'interpolated' | 'at-least' = 'interpolated';
  const ties = knots.filter(([v]) => v === value);
  if (value > cohort.p90) {
    percentile = 90;
    bound = 'at-least';
  } else if (ties.length > 1) {
    // Several percentiles share this value (many users at 0, say): the middle of their range.
    percentile =
      ((ties[0] as [number, number])[1] + (ties[ties.length - 1] as [number, number])[1]) / 2;
  } else {
    const i = knots.findIndex(([v]) => v >= value);
    const [x1, y1] = knots[i] as [number, number];
    const [x0, y0] = knots[Math.max(0, i - 1)] as [number, number];
    percentile = x1 === x0 ? y1 : y0 + ((value - x0) / (x1 - x0)) * (y1 - y0);
  }
  const position =
    bound === 'at-least'
      ? 'top-10-percent'
      : percentile < 25
        ? 'below-typical'
        : percentile <= 75
          ? 'typical'
          : 'above-typical';
  return {
    available: true,
    value,
    percentile: round(percentile, 1),
    bound,
    position,
    cohort: { p25: cohort.p25, p50: cohort.p50, p75: cohort.p75, p90: cohort.p90, n: cohort.n },
    method: METHOD,
  };
}
