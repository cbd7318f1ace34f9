// Legends that wrap onto more rows instead of paging ("Tra… 1/2"), with the plot moved down to
// make room. Pure: the caller measures text (a canvas in the browser) and knows the chart's width.
import type { ChartOption } from './option-parts.js';

/** ECharts' legend item geometry (its defaults): icon, gap to the text, gap between items. */
export const LEGEND_ITEM = { icon: 25, textGap: 5, gap: 10, padding: 5, rowHeight: 24 } as const;

/** How many rows a horizontal legend of items with these text widths takes in `width` px. */
export function legendRows(textWidths: number[], width: number): number {
  const room = Math.max(1, width - 2 * LEGEND_ITEM.padding);
  let rows = textWidths.length ? 1 : 0;
  let x = 0;
  for (const w of textWidths) {
    const item = LEGEND_ITEM.icon + LEGEND_ITEM.textGap + w;
    if (x > 0 && x + item > room) {
      rows++;
      x = 0;
    }
    x += item + LEGEND_ITEM.gap;
  }
  return rows;
}

type Grid = { top?: unknown; height?: unknown } & Record<string, unknown>;
type Legend = { show?: boolean; data?: unknown[] } & Record<string, unknown>;

function legendNames(option: ChartOption, legend: Legend): string[] {
  if (Array.isArray(legend.data)) {
    return legend.data.map((d) =>
      typeof d === 'string' ? d : String((d as { name?: unknown }).name ?? ''),
    );
  }
  const series = ([] as { name?: unknown }[]).concat((option.series ?? []) as never);
  return series.map((s) => (typeof s.name === 'string' ? s.name : '')).filter(Boolean);
}

/**
 * The option with its legend never paged: a plain legend that wraps, and every grid moved down by
 * the extra rows (stacked grids share the room left, keeping their gaps).
 */
export function fitLegend(
  option: ChartOption,
  width: number,
  measure: (text: string) => number,
): ChartOption {
  const legend = option.legend as Legend | undefined;
  if (!legend || Array.isArray(legend) || legend.show === false) return option;
  const names = legendNames(option, legend);
  const rows = legendRows(names.map(measure), width);
  const extra = Math.max(0, rows - 1) * LEGEND_ITEM.rowHeight;
  const grids = ([] as Grid[]).concat((option.grid ?? []) as never);
  const withNumbers = grids.filter((g) => typeof g.top === 'number');
  const shrink = withNumbers.every((g) => typeof g.height === 'number');
  const order = [...withNumbers].sort((a, b) => (a.top as number) - (b.top as number));
  const share = shrink && order.length ? extra / order.length : 0;
  const moved = grids.map((g) => {
    const i = order.indexOf(g);
    if (i < 0 || extra === 0) return g;
    return shrink
      ? { ...g, top: (g.top as number) + extra - i * share, height: (g.height as number) - share }
      : { ...g, top: (g.top as number) + extra };
  });
  return {
    ...option,
    legend: { ...legend, type: 'plain' },
    grid: Array.isArray(option.grid) ? moved : moved[0],
  } as ChartOption;
}
