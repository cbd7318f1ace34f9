// The Theta method (Assimakopoulos & Nikolopoulos 2000) in the form Hyndman & Billah (2003) proved
// equivalent: simple exponential smoothing with a drift of half the slope of a straight line
// fitted to the deseasonalised series. It won the M3 competition and is a fixture of the winning
// combinations since; it is written here because augurs has no Theta, and it is cheap (pure JS,
// linear time), so cross-validation can afford it on every origin.
import { linearFit } from '../stats.js';
import {
  reseasonalise,
  deseasonalise,
  seasonalParts,
  type DecompositionType,
} from './decompose.js';

/** Smoothing weights are kept inside R's usual bounds for ETS(A,N,N). */
const ALPHA_RANGE = [1e-4, 0.9999] as const;

export interface SesFit {
  alpha: number;
  /** Optimised initial level. */
  l0: number;
  /** Level after the last observation: the flat SES forecast. */
  level: number;
  /** Sum of squared one-step errors. */
  sse: number;
}

/** SSE and final level of SES for a given alpha with the initial level that minimises the SSE. */
function sesAt(x: readonly number[], alpha: number): SesFit {
  // The one-step error is linear in l0: e_t = r_t - d_t * l0 with d_t = (1 - alpha)^(t - 1), so
  // the best l0 for an alpha is a one-variable least-squares solution.
  let c = 0;
  let d = 1;
  let srd = 0;
  let sdd = 0;
  for (const y of x) {
    srd += (y - c) * d;
    sdd += d * d;
    c = (1 - alpha) * c + alpha * y;
    d *= 1 - alpha;
  }
  const l0 = sdd > 0 ? srd / sdd : (x[0] as number);
  let level = l0;
  let sse = 0;
  for (const y of x) {
    sse += (y - level) ** 2;
    level += alpha * (y - level);
  }
  return { alpha, l0, level, sse };
}

/** Fits simple exponential smoothing by least squares on alpha and the initial level (R's `ses`). */
export function fitSes(x: readonly number[]): SesFit {
  // A coarse grid finds the basin (the SSE can have two), golden-section search polishes it.
  const [lo, hi] = ALPHA_RANGE;
  const grid = Array.from({ length: 21 }, (_, i) => lo + ((hi - lo) * i) / 20);
  let best = sesAt(x, grid[0] as number);
  let at = 0;
  grid.forEach((a, i) => {
    const f = sesAt(x, a);
    if (f.sse < best.sse) [best, at] = [f, i];
  });
  let a = grid[Math.max(0, at - 1)] as number;
  let b = grid[Math.min(grid.length - 1, at + 1)] as number;
  const g = (Math.sqrt(5) - 1) / 2;
  for (let it = 0; it < 40; it++) {
    const c = b - g * (b - a);
    const d = a + g * (b - a);
    if (sesAt(x, c).sse < sesAt(x, d).sse) b = d;
    else a = c;
  }
  const polished = sesAt(x, (a + b) / 2);
  return polished.sse < best.sse ? polished : best;
}

export interface ThetaForecast {
  mean: number[];
  /** Standard error per step, as `thetaf` computes it: sigma * sqrt(1 + (h - 1) * alpha^2). */
  sd: number[];
  alpha: number;
  /** Half the slope of the straight line (the theta = 2 line's contribution). */
  drift: number;
  seasonal: boolean;
}

/**
 * Returns the Theta forecast of `h` steps (R forecast's `thetaf`): deseasonalise by classical
 * decomposition when the lag-m autocorrelation is significant, SES with drift, reseasonalise.
 */
export function thetaForecast(
  y: readonly number[],
  h: number,
  opts: { periods?: readonly number[]; decomposition?: DecompositionType } = {},
): ThetaForecast {
  const n = y.length;
  const type = opts.decomposition ?? 'multiplicative';
  const constant = y.every((v) => v === y[0]);
  const parts = constant ? [] : seasonalParts(y, opts.periods ?? [], type);
  const x = deseasonalise(y, parts);
  const ses = fitSes(x);
  const { slope } = linearFit(
    x.map((_, i) => i),
    x,
  );
  const drift = slope / 2;
  const alpha = Math.max(1e-10, ses.alpha);
  const shift = (1 - (1 - alpha) ** n) / alpha;
  const flat = Array.from({ length: h }, (_, i) => ses.level + drift * (i + shift));
  // As R's ets: the SSE over n minus the two smoothing parameters (alpha, l0).
  const sigma = Math.sqrt(ses.sse / Math.max(1, n - 2));
  return {
    mean: reseasonalise(flat, n, parts),
    sd: flat.map((_, i) => sigma * Math.sqrt(1 + i * alpha * alpha)),
    alpha,
    drift,
    seasonal: parts.length > 0,
  };
}
