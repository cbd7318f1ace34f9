// Putting anyone's time series on its own regular grid before it is analysed: the methods count
// steps, so a missing day (a row never written, or a value left empty) would otherwise pull every
// later point one season out of phase, and a forecast's horizon would start from the wrong step.
import { DateTime } from 'luxon';

const DAY = 86_400_000;
/** Missing slots filled only while they stay under this share of the grid (else: too sparse). */
const MAX_FILLED_SHARE = 0.25;

export type GridStep = { months: number } | { ms: number };

export interface GriddedSeries {
  /** Each slot's instant, in time order, one per step. */
  ms: number[];
  values: number[];
  /** Per slot, the input row it holds, or null for a slot filled by interpolation. */
  rows: (number | null)[];
  /** The regular step, when the times lie on one (null: irregular, or too few points). */
  step: GridStep | null;
  /** How many slots were filled (missing rows and empty values). */
  filled: number;
  /** Leading slots without a value, dropped (nothing before them to interpolate from). */
  dropped: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};

// A step of whole calendar months when the spacing is a month, quarter or a number of years, by the
// calendar: their lengths in milliseconds vary, so a fixed step would drift off them. A series of
// fixed 28-day periods is not monthly (13 a year), so most gaps must land on the same day of month.
/** The regular step of times in order: whole calendar months when they lie on them, else the median gap. */
export function gridStep(ms: readonly number[]): GridStep | null {
  const gaps = ms
    .slice(1)
    .map((t, i) => t - ms[i]!)
    .filter((d) => d > 0);
  if (gaps.length === 0) return null;
  const m = median(gaps);
  const years = Math.round(m / DAY / 365.25);
  for (const months of [1, 3, ...(years >= 1 ? [12 * years] : [])]) {
    if (Math.abs(m / DAY - months * 30.44) <= months * 3 && onCalendar(ms, months))
      return { months };
  }
  return { ms: m };
}

// Whether at least 90% of the times lie a whole number of `months` from the first, within 3 days
// (gaps between neighbours cannot tell: 28 days is always within 3 of some calendar month).
function onCalendar(ms: readonly number[], months: number): boolean {
  const on = ms.filter((t) => slotOf(t, ms[0]!, { months }) !== null).length;
  return on >= 0.9 * ms.length;
}

// The slot of instant t on the grid that starts at t0, or null when t is off the grid.
function slotOf(t: number, t0: number, step: GridStep): number | null {
  if ('ms' in step) {
    const k = (t - t0) / step.ms;
    return Math.abs(k - Math.round(k)) < 0.01 ? Math.round(k) : null;
  }
  // Months by the calendar, within a few days (a monthly series stamped on the 15th, the 14th...).
  const a = DateTime.fromMillis(t0, { zone: 'UTC' });
  const b = DateTime.fromMillis(t, { zone: 'UTC' });
  const k = Math.round(((b.year - a.year) * 12 + (b.month - a.month)) / step.months);
  return Math.abs(gridInstant(t0, step, k) - t) <= 3 * DAY ? k : null;
}

/** The instant `k` steps after `t0` on a grid of `step`. */
export function gridInstant(t0: number, step: GridStep, k: number): number {
  if ('ms' in step) return t0 + k * step.ms;
  const a = DateTime.fromMillis(t0, { zone: 'UTC' });
  const b = a.plus({ months: k * step.months });
  // A grid of month ends stays on month ends (31 Jan, 29 Feb, 31 Mar), at the first one's time.
  return (a.day === a.daysInMonth ? b.set({ day: b.daysInMonth }) : b).toMillis();
}

// Days of a market or business calendar: none on a weekend. Their missing weekends (and holidays)
// are not missing data; the next step after a Friday is the Monday.
function tradingDays(ms: readonly number[], step: GridStep): boolean {
  if (!('ms' in step) || step.ms !== DAY || ms.length < 10) return false;
  return ms.every((t) => {
    const day = new Date(t).getUTCDay();
    return day !== 0 && day !== 6;
  });
}

// Missing values by straight lines between their neighbours; the last known value carried on.
function interpolate(values: (number | null)[]): number[] {
  const out: number[] = [];
  let prev = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    for (let j = prev + 1; j < i; j++) {
      out[j] = prev < 0 ? v : values[prev]! + ((v - values[prev]!) * (j - prev)) / (i - prev);
    }
    out[i] = v;
    prev = i;
  }
  for (let j = prev + 1; j < values.length; j++) out[j] = values[prev]!;
  return out;
}

/**
 * Puts a time-ordered series on its regular step (months, quarters and years by the calendar),
 * filling rows that are missing from the grid and empty values by linear interpolation; a series
 * whose times are off any one grid, or that repeats a time, keeps its rows as they are.
 */
export function regularGrid(
  ms: readonly number[],
  values: readonly (number | null)[],
): GriddedSeries {
  // Leading rows without a value have nothing to be interpolated from.
  const first = values.findIndex((v) => v !== null);
  if (first < 0)
    return { ms: [], values: [], rows: [], step: null, filled: 0, dropped: values.length };
  const t = ms.slice(first);
  const v = values.slice(first);
  const asIs = (): GriddedSeries => ({
    ms: t,
    values: interpolate(v),
    rows: v.map((x, i) => (x === null ? null : i + first)),
    step: null,
    filled: v.filter((x) => x === null).length,
    dropped: first,
  });
  const step = gridStep(t);
  if (!step || tradingDays(t, step)) return asIs();
  const slots = t.map((x) => slotOf(x, t[0]!, step));
  const n = (slots[slots.length - 1] ?? 0) + 1;
  const regular =
    slots.every((s, i) => s !== null && (i === 0 || s > slots[i - 1]!)) &&
    n - t.length <= MAX_FILLED_SHARE * n;
  if (!regular) return asIs();
  const grid: (number | null)[] = new Array<number | null>(n).fill(null);
  const rows: (number | null)[] = new Array<number | null>(n).fill(null);
  slots.forEach((s, i) => {
    grid[s!] = v[i]!;
    rows[s!] = i + first;
  });
  const filled = grid.filter((x) => x === null).length;
  return {
    ms: grid.map((_, k) => gridInstant(t[0]!, step, k)),
    values: interpolate(grid),
    rows: rows.map((r, k) => (grid[k] === null ? null : r)),
    step,
    filled,
    dropped: first,
  };
}
