import { describe, expect, it } from 'vitest';
import { noise } from '../testing/series.js';
import { calibrate, errorStructure, stepSd } from './calibrate.js';
import { combine, type CvRun } from './cross-validate.js';
import { seasonalNaive } from './methods.js';
import { fitPathModel, stepIntervals } from './model.js';
import { chooseWeights, withinEnvelope } from './weights.js';

const weight = (m: ReturnType<typeof fitPathModel>, key: string): number =>
  m.components?.find((c) => c.method === key)?.weight ?? 0;

describe('the combination', () => {
  it('follows a level shift instead of averaging across it', () => {
    const r = noise(3);
    const y = Array.from({ length: 120 }, (_, i) => (i < 90 ? 100 : 160) + 4 * r());
    const m = fitPathModel(y, { horizon: 10, periods: [] });
    const { point } = stepIntervals(m, 0.8);
    for (const p of point) expect(Math.abs(p - 160)).toBeLessThan(12);
  });

  it('repeats a season seen once when the history is too short to model it', () => {
    // 20 months: one and two-thirds of a yearly cycle, peaking every December.
    const r = noise(5);
    const shape = [5, 4, 6, 8, 10, 12, 13, 12, 10, 8, 7, 20];
    const y = Array.from({ length: 20 }, (_, i) => 10 * (shape[i % 12] as number) + r());
    const m = fitPathModel(y, { horizon: 12, periods: [12] });
    expect(m.periods).toEqual([]);
    expect(weight(m, 'seasonal-naive:12')).toBeGreaterThan(0.5);
    const { point } = stepIntervals(m, 0.8);
    // Step 3 is month 23, a December.
    expect(point[3]).toBeGreaterThan(1.5 * (point[0] as number));
  });

  it('drops a candidate that runs away and keeps the sane ones', () => {
    const ys = Array.from({ length: 60 }, (_, i) => 50 + (i % 7));
    expect(withinEnvelope(ys, [52, 55, 58])).toBe(true);
    expect(withinEnvelope(ys, [52, 80, 400])).toBe(false);
    const sane = seasonalNaive(ys, 3, 7);
    const wild = { ...sane, method: 'ets' as const, key: 'ets', mean: [52, 300, 900] };
    const w = chooseWeights(ys, [sane, wild], [], 'none', 0);
    expect(w.runaways).toEqual(['ets']);
    expect([...w.weights.keys()]).toEqual(['seasonal-naive:7']);
  });

  it('moves variance to a shared error when validation sums miss together', () => {
    // Eight validation runs of 10 steps; the candidate claims sd 1 and independent steps.
    const run = (errors: number[]): CvRun => ({
      origin: 0,
      actual: errors,
      fits: [{ method: 'theta', key: 'theta', mean: errors.map(() => 0), sd: errors.map(() => 1) }],
    });
    const offsets = [1.2, -0.8, 1.5, -1.1, 0.6, -1.4, 1, -0.9];
    const w = new Map([['theta', 1]]);
    // Every step of a run misses by the same amount: the sums miss 10 times as much.
    const together = calibrate(
      offsets.map((e) => run(new Array(10).fill(e))),
      w,
    );
    expect(together.shared).toBeGreaterThan(0.5);
    // Misses that alternate in sign cancel in the sum: nothing to share.
    const apart = calibrate(
      offsets.map((e) => run(Array.from({ length: 10 }, (_, i) => (i % 2 ? e : -e)))),
      w,
    );
    expect(apart.shared).toBe(0);
    expect(apart.scale).toBeCloseTo(together.scale, 10);
  });

  it("counts the candidates' disagreement as an error shared by every step", () => {
    // Two candidates with the same noise that diverge: one flat, one climbing 1 a step.
    const flat = { method: 'ets' as const, key: 'ets', mean: [10, 10, 10, 10], sd: [1, 1, 1, 1] };
    const up = { ...flat, method: 'theta' as const, key: 'theta', mean: [11, 12, 13, 14] };
    const c = combine(
      [flat, up],
      new Map([
        ['ets', 3],
        ['theta', 1],
      ]),
    );
    expect(c?.mean).toEqual([10.25, 10.5, 10.75, 11]);
    expect(c?.sd).toEqual([1, 1, 1, 1]);
    // Weighted sd of the points: sqrt(0.75 * 0.25) * the gap.
    c?.spread.forEach((s, i) => expect(s).toBeCloseTo(Math.sqrt(0.1875) * (i + 1), 10));
    const e = errorStructure(c!, { scale: 1, shared: 0 });
    const sd = stepSd(e);
    c?.spread.forEach((s, i) => expect(sd[i]).toBeCloseTo(Math.sqrt(1 + s * s), 10));
    // Agreeing candidates add nothing.
    const same = combine(
      [flat, { ...flat, key: 'theta' }],
      new Map([
        ['ets', 1],
        ['theta', 1],
      ]),
    );
    expect(same?.spread).toEqual([0, 0, 0, 0]);
  });

  it('keeps intervals that the truth wandering between diverging candidates needs', () => {
    // Validation runs where the truth follows one candidate or the other: their noise alone (sd 0.2)
    // would miss most points, the mixture's spread explains the errors.
    const fits = [
      { method: 'ets' as const, key: 'ets', mean: [0, 0, 0, 0, 0, 0], sd: new Array(6).fill(0.2) },
      {
        method: 'theta' as const,
        key: 'theta',
        mean: [1, 2, 3, 4, 5, 6],
        sd: new Array(6).fill(0.2),
      },
    ];
    const w = new Map([
      ['ets', 1],
      ['theta', 1],
    ]);
    const runs: CvRun[] = Array.from({ length: 6 }, (_, k) => ({
      origin: k,
      actual: (fits[k % 2] as (typeof fits)[number]).mean,
      fits,
    }));
    const cal = calibrate(runs, w);
    expect(cal.scale).toBeLessThan(1.5);
    const sd = stepSd(errorStructure(combine(fits, w)!, cal));
    // The 80% interval around the midpoint reaches both candidates at every step.
    sd.forEach((s, i) => expect(1.2816 * s).toBeGreaterThan(0.5 * (i + 1) * 0.95));
  });
});
