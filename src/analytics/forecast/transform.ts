// The variance-stabilising transform a model is fitted in. log1p turns compounding growth into a
// straight line and a seasonal swing that grows with the level into a constant one; it is chosen
// per series by cross-validation on its own history (model.ts), never by default.
import type { Transform } from '../types.js';

/** Maps data-scale values into model space. */
export function toModelSpace(y: readonly number[], t: Transform): number[] {
  return t === 'log1p' ? y.map((v) => Math.log1p(v)) : [...y];
}

/** Maps a model-space value back to the data's scale. */
export function fromModelSpace(v: number, t: Transform): number {
  return t === 'log1p' ? Math.expm1(v) : v;
}

/** The innovations form of a per-step standard error: sigma (step 1) and psi weights (see model.ts). */
export function psiFromSd(sd: readonly number[]): { sigma: number; psi: number[] } {
  const sigma = sd[0] ?? 0;
  let reached = sigma * sigma;
  const psi = sd.map((s, i) => {
    if (i === 0) return 1;
    const grow = s * s - reached;
    if (grow <= 0 || sigma <= 0) return 0;
    reached = s * s;
    return Math.sqrt(grow) / sigma;
  });
  return { sigma, psi };
}

/** Variance of the sum of all steps of an innovations process: sigma^2 * sum_r (psi_0 + ... + psi_r)^2. */
export function sumVariance(sigma: number, psi: readonly number[]): number {
  let cum = 0;
  let v = 0;
  for (const p of psi) {
    cum += p;
    v += cum * cum;
  }
  return sigma * sigma * v;
}
