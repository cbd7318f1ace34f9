import { describe, expect, it } from 'vitest';
import { fitLegend, legendRows, LEGEND_ITEM } from './legend-fit.js';
import type { ChartOption } from './option-parts.js';

// Every letter 7 px wide: "Sessions" is 56 px, an item 56 + 30 = 86 px plus a 10 px gap.
const measure = (t: string) => t.length * 7;

describe('legendRows', () => {
  it('packs items left to right and starts a row when the next one does not fit', () => {
    expect(legendRows([], 300)).toBe(0);
    expect(legendRows([56, 56, 56], 400)).toBe(1);
    // 96 + 96 + 86 = 278 fits 290 (300 less padding); a fourth item does not.
    expect(legendRows([56, 56, 56], 300)).toBe(1);
    expect(legendRows([56, 56, 56, 56], 300)).toBe(2);
    // An item wider than the room still takes one row of its own.
    expect(legendRows([500, 20], 200)).toBe(2);
  });
});

describe('fitLegend', () => {
  const series = ['Sessions', 'Audio minutes', 'Transcriptions', 'Exports'].map((name) => ({
    name,
    type: 'line' as const,
  }));

  it('never pages: a plain legend, the grid moved down by the extra rows', () => {
    const option = { legend: { type: 'scroll', top: 0 }, grid: { top: 48 }, series } as ChartOption;
    const wide = fitLegend(option, 1200, measure);
    expect(wide.legend).toMatchObject({ type: 'plain' });
    expect(wide.grid).toMatchObject({ top: 48 });
    const narrow = fitLegend(option, 200, measure);
    const rows = legendRows(
      series.map((s) => measure(s.name)),
      200,
    );
    expect(rows).toBeGreaterThan(2);
    expect(narrow.grid).toMatchObject({ top: 48 + (rows - 1) * LEGEND_ITEM.rowHeight });
  });

  it('shares the room left among stacked grids, keeping their gaps', () => {
    const option = {
      legend: { data: ['Sessions', 'Audio minutes', 'Transcriptions'] },
      grid: [
        { top: 40, height: 100 },
        { top: 160, height: 100 },
      ],
      series,
    } as ChartOption;
    const fitted = fitLegend(option, 150, measure).grid as { top: number; height: number }[];
    const extra = 2 * LEGEND_ITEM.rowHeight;
    expect(fitted[0]).toEqual({ top: 40 + extra, height: 100 - extra / 2 });
    expect(fitted[1]!.top - (fitted[0]!.top + fitted[0]!.height)).toBe(20);
    expect(fitted[1]!.top + fitted[1]!.height).toBe(260);
  });

  it('leaves an option without a legend alone', () => {
    const option = { legend: { show: false }, grid: { top: 20 } } as ChartOption;
    expect(fitLegend(option, 100, measure)).toBe(option);
  });
});
