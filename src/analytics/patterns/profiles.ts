// Hour-of-day and day-of-week profiles and the weekday x hour heatmap, in the user's zone.
import type { Metric } from '../../domain/metrics.js';
import { valueOf } from '../series.js';
import { round } from '../stats.js';
import { isoWeekday, localSlot } from '../time.js';
import type { DailyPoint, HourlyPoint, Profile, SlotMean, WeekdayHourHeatmap } from '../types.js';

/** ISO weekday names, Monday first. */
export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
];

// Parsing an instant in a zone costs microseconds; a year of hours is read by several views,
// so the local slots of a series are computed once per series object.
const slotCache = new WeakMap<
  readonly HourlyPoint[],
  { zone: string; slots: { weekday: number; hour: number }[] }
>();

function hourSlots(
  hourly: readonly HourlyPoint[],
  zone: string,
): { weekday: number; hour: number }[] {
  const hit = slotCache.get(hourly);
  if (hit && hit.zone === zone) return hit.slots;
  const slots = hourly.map((h) => localSlot(h.start, zone));
  slotCache.set(hourly, { zone, slots });
  return slots;
}

function profileOf(
  metric: Metric,
  labels: string[],
  firstSlot: number,
  sums: number[],
  counts: number[],
): Profile {
  const slots: SlotMean[] = labels.map((label, i) => {
    const samples = counts[i] as number;
    const total = sums[i] as number;
    return {
      slot: firstSlot + i,
      label,
      mean: samples ? round(total / samples, 3) : 0,
      total: round(total, 3),
      samples,
    };
  });
  let peak: SlotMean | null = null;
  for (const s of slots) if (s.mean > 0 && (!peak || s.mean > peak.mean)) peak = s;
  return { metric, slots, peak };
}

/** Returns the mean usage per local hour of day (0-23) over an hourly series; pass complete hours only. */
export function hourOfDayProfile(
  hourly: readonly HourlyPoint[],
  metric: Metric,
  zone: string,
): Profile {
  const sums = new Array<number>(24).fill(0);
  const counts = new Array<number>(24).fill(0);
  const slots = hourSlots(hourly, zone);
  hourly.forEach((h, i) => {
    const { hour } = slots[i] as { hour: number };
    sums[hour] = (sums[hour] as number) + valueOf(h.values, metric);
    counts[hour] = (counts[hour] as number) + 1;
  });
  const labels = Array.from({ length: 24 }, (_, h) => `${String(h).padStart(2, '0')}:00`);
  return profileOf(metric, labels, 0, sums, counts);
}

/** Returns the mean usage per weekday (1 = Monday) over a daily series; pass complete days only. */
export function dayOfWeekProfile(daily: readonly DailyPoint[], metric: Metric): Profile {
  const sums = new Array<number>(7).fill(0);
  const counts = new Array<number>(7).fill(0);
  for (const d of daily) {
    const w = isoWeekday(d.date) - 1;
    sums[w] = (sums[w] as number) + valueOf(d.values, metric);
    counts[w] = (counts[w] as number) + 1;
  }
  return profileOf(metric, WEEKDAYS, 1, sums, counts);
}

/** Returns the weekday x hour matrix of mean usage (rows Monday..Sunday, columns 0-23) in the user's zone. */
export function weekdayHourHeatmap(
  hourly: readonly HourlyPoint[],
  metric: Metric,
  zone: string,
): WeekdayHourHeatmap {
  const sums = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const samples = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const slots = hourSlots(hourly, zone);
  hourly.forEach((h, i) => {
    const { weekday, hour } = slots[i] as { weekday: number; hour: number };
    const row = sums[weekday - 1] as number[];
    const srow = samples[weekday - 1] as number[];
    row[hour] = (row[hour] as number) + valueOf(h.values, metric);
    srow[hour] = (srow[hour] as number) + 1;
  });
  const cells = sums.map((row, w) =>
    row.map((s, h) =>
      (samples[w] as number[])[h] ? round(s / ((samples[w] as number[])[h] as number), 3) : 0,
    ),
  );
  const max = Math.max(0, ...cells.flat());
  return {
    metric,
    weekdays: WEEKDAYS,
    hours: Array.from({ length: 24 }, (_, h) => h),
    cells,
    samples,
    max,
  };
}
