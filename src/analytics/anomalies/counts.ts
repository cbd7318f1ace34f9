// A noise model for counts of events: around its expected value a count varies as a negative
// binomial (Poisson noise plus a spread of the rate itself, variance mu + mu^2 / size), so one
// event at a quiet hour and fifty at a busy one are each judged against the noise their own level
// has. The size is fitted by maximum likelihood on the series' own ordinary points; every count
// is then scored by its tail probability, turned into a normal score (mid-p, for discreteness), so
// that the flag line of scale.ts applies unchanged. Measurements: docs/adr/0007-anomaly-detection.md.
import betainc from '@stdlib/math-base-special-betainc';
import logpmf from '@stdlib/stats-base-dists-negative-binomial-logpmf';
import { normalQuantile } from '../stats.js';

/** Search range of log(size): from a rate that varies tenfold (size ~0.02) to Poisson (size ~22000). */
const LOG_SIZE = [-4, 10] as const;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

/** stdlib's negative binomial: failures before `size` successes of probability p; mean size (1-p) / p. */
const successP = (mu: number, size: number): number => size / (size + mu);

/** Returns the log-likelihood of whole counts `y` around means `mu` under a negative binomial of `size`. */
export function countLogLikelihood(
  y: readonly number[],
  mu: readonly number[],
  size: number,
): number {
  let ll = 0;
  y.forEach((v, i) => (ll += logpmf(v, size, successP(mu[i] as number, size))));
  return ll;
}

/** Returns the maximum-likelihood size of the negative binomial (golden-section search on its log). */
export function fitSize(y: readonly number[], mu: readonly number[]): number {
  const f = (g: number) => countLogLikelihood(y, mu, Math.exp(g));
  let [a, b] = LOG_SIZE as readonly [number, number];
  let c = b - GOLDEN * (b - a);
  let d = a + GOLDEN * (b - a);
  let fc = f(c);
  let fd = f(d);
  for (let it = 0; it < 40 && b - a > 0.01; it++) {
    if (fc >= fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - GOLDEN * (b - a);
      fc = f(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + GOLDEN * (b - a);
      fd = f(d);
    }
  }
  return Math.exp((a + b) / 2);
}

/**
 * Returns the normal score of count `y` against a negative binomial of mean `mu` and `size`:
 * positive above the mean, from the mid-p tail probability (P(beyond) + P(equal) / 2), computed
 * from the regularized incomplete beta's own tail so that far spikes keep their rank.
 */
export function countScore(y: number, mu: number, size: number): number {
  const p = successP(mu, size);
  const k = Math.max(0, Math.round(y));
  const half = Math.exp(logpmf(k, size, p)) / 2;
  // P(Y >= k) = 1 - I_p(size, k); P(Y <= k) = I_p(size, k + 1).
  const atLeast = k === 0 ? 1 : betainc(p, size, k, true, true);
  const upper = atLeast - half;
  if (upper < 0.5) return -normalQuantile(Math.max(upper, Number.MIN_VALUE));
  const lower = betainc(p, size, k + 1, true, false) - half;
  return normalQuantile(Math.max(lower, Number.MIN_VALUE));
}

/**
 * Returns the sd a negative binomial of mean `mu` and `size` has on a transform's scale, by the
 * delta method (the band shown around an expected count).
 */
export function countSd(mu: number, size: number, slope: number): number {
  return Math.sqrt(mu + (mu * mu) / size) * slope;
}
