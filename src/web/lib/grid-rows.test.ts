import { describe, expect, it } from 'vitest';
import { aloneInRow } from './grid-rows.js';

describe('aloneInRow', () => {
  it('pairs half-width panels and finds the one left without a neighbour', () => {
    // over-time, insights (wide); forecast + monthly; utilization alone before the wide stack.
    expect(aloneInRow([true, true, false, false, false, true])).toEqual([
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
    expect(aloneInRow([false, false, false, false])).toEqual([false, false, false, false]);
  });

  it('finds a half-width panel alone at the end or between two wide ones', () => {
    expect(aloneInRow([false, false, false])).toEqual([false, false, true]);
    expect(aloneInRow([true, false, true])).toEqual([false, true, false]);
    expect(aloneInRow([])).toEqual([]);
  });
});
