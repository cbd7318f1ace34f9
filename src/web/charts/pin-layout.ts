// Peak pins that never overlap: where two pins would collide, the one lower on the chart becomes a
// small dot (the peak stays marked; its value is in the tooltip, the summary and the table). Pure.
import type { ChartOption } from './option-parts.js';

export interface Pin {
  /** The series (metric) the peak belongs to. */
  id: string;
  /** The pin's tip in px. */
  x: number;
  y: number;
}

/** Whether two pins of this size (a size × size box above the tip) would overlap. */
export const pinsOverlap = (a: Pin, b: Pin, size: number) =>
  Math.abs(a.x - b.x) < size && Math.abs(a.y - b.y) < size;

/** The ids of the pins to draw as pins: highest on the chart first, each only if it overlaps none kept. */
export function keepPins(pins: Pin[], size: number): Set<string> {
  const kept: Pin[] = [];
  for (const p of [...pins].sort((a, b) => a.y - b.y || a.x - b.x)) {
    if (!kept.some((k) => pinsOverlap(k, p, size))) kept.push(p);
  }
  return new Set(kept.map((k) => k.id));
}

type MarkData = { name?: string; coord?: unknown[] } & Record<string, unknown>;
type Series = {
  id?: unknown;
  color?: unknown;
  markPoint?: { data?: MarkData[]; symbolSize?: unknown };
};

/** Each series' peak: its id, the value coordinate and the pin size. */
export function peaksOf(option: ChartOption): { id: string; coord: unknown[]; size: number }[] {
  const series = ([] as Series[]).concat((option.series ?? []) as never);
  return series.flatMap((s) => {
    const peak = s.markPoint?.data?.find((d) => d.name === 'Peak');
    const size = typeof s.markPoint?.symbolSize === 'number' ? s.markPoint.symbolSize : 40;
    return peak?.coord && typeof s.id === 'string' ? [{ id: s.id, coord: peak.coord, size }] : [];
  });
}

/** The series (by id, mark points only) whose peak pin is drawn as a dot instead. */
export function dotsFor(option: ChartOption, dotted: Set<string>) {
  const series = ([] as Series[]).concat((option.series ?? []) as never);
  return series
    .filter((s) => typeof s.id === 'string' && s.markPoint?.data)
    .map((s) => ({
      id: s.id as string,
      markPoint: {
        ...s.markPoint,
        data: s.markPoint!.data!.map((d) =>
          d.name === 'Peak' && dotted.has(s.id as string)
            ? {
                ...d,
                symbol: 'circle',
                symbolSize: 10,
                label: { show: false },
                itemStyle: { color: s.color },
              }
            : d,
        ),
      },
    }));
}
