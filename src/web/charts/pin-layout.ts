// Peak pins that never overlap: where two pins would collide, the one lower on the chart becomes a
// small dot (the peak stays marked; its value is in the tooltip, the summary and the table). Pure.
import type { ChartOption } from './option-parts.js';
import { formatStorage } from '../../domain/quantity.js';

const compact1 = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
const compact0 = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 0 });

/**
 * The text inside a peak pin, at most four characters so it fits the pin on a phone too: whole
 * from 100 up ("193", not "193.4"), compact from 1,000 ("1.2K"), storage in its unit rule's number.
 * Other languages keep the short "k" (German's own compact form has none for thousands: "2869")
 * with their decimal mark: "2,9k".
 */
export function pinLabel(metric: string, value: number, tag = 'en-GB'): string {
  const text = englishPin(metric, value);
  return tag === 'en-GB' ? text : text.replace('.', decimalMark(tag));
}

function englishPin(metric: string, value: number): string {
  if (metric === 'storage_mb') return formatStorage(value, false).replace(/,/g, '');
  if (Math.abs(value) >= 10_000) return compact0.format(value);
  if (Math.abs(value) >= 1000) return compact1.format(value);
  return Math.abs(value) >= 100 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

const decimalMark = (tag: string) =>
  new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';

/** The pin's size in px: the base size, wider for a label that would not fit (10 px text). */
export function pinSize(label: string, compact: boolean): number {
  const base = compact ? 34 : 42;
  return Math.max(base, Math.ceil(label.length * 6.5 + 12));
}

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

/** The series whose peak is drawn as a dot in this option (as the chart holds it). */
export function dottedIn(option: ChartOption): Set<string> {
  const series = ([] as Series[]).concat((option.series ?? []) as never);
  return new Set(
    series
      .filter((s) => s.markPoint?.data?.some((d) => d.name === 'Peak' && d.symbol === 'circle'))
      .map((s) => String(s.id)),
  );
}
