// The working state of one metric's forecast, and how to read a day from history or a path.
import type { Metric } from '../../domain/metrics.js';
import { daysBetween } from '../time.js';
import type { IsoDate } from '../types.js';
import type { PathModel } from './model.js';

/** Days of daily forecast and of the demand window priced by plan advice. */
export const FORECAST_DAYS = 30;

/** Everything a metric's summary needs: history, the model's paths and where the days fall. */
export interface MetricWork {
  metric: Metric;
  kind: 'total' | 'level';
  today: IsoDate;
  /** Date of path step 0 (the day after the last day used for fitting). */
  firstForecastDate: IsoDate;
  history: readonly { date: IsoDate; value: number }[];
  /** Today's value so far: a floor for today's total (flows), the current reading (gauges). */
  todayActual: number | null;
  model: PathModel;
  steps: {
    point: number[];
    lower80: number[];
    upper80: number[];
    lower95: number[];
    upper95: number[];
  };
  paths: Float64Array[];
  limit: number | null;
}

/** How to read one day: from history (idx < 0) or a path step, with today's floor for flows. */
export interface DayRead {
  date: IsoDate;
  idx: number;
  actual: number;
  floor: number;
}

/** Returns, for each date, where its value comes from (history or path step) and today's floor. */
export function plan(w: MetricWork, days: readonly IsoDate[]): DayRead[] {
  const actual = new Map(w.history.map((h) => [h.date, h.value]));
  return days.map((date) => ({
    date,
    idx: daysBetween(w.firstForecastDate, date),
    actual: actual.get(date) ?? 0,
    // Today has already happened in part: its total can only be higher than what is recorded.
    floor:
      w.kind === 'total' && date === w.today && w.todayActual !== null ? w.todayActual : -Infinity,
  }));
}

/** Value of a day on a path (or the model point when `path` is null); actuals before the forecast. */
export function read(w: MetricWork, path: Float64Array | null, d: DayRead): number {
  if (d.idx < 0) return d.actual;
  return Math.max(d.floor, path ? (path[d.idx] as number) : (w.steps.point[d.idx] as number));
}

/** Index of the first day the quantity a limit applies to (a flow's running total, a gauge's level) reaches it; -1 if none. */
export function crossing(
  w: MetricWork,
  path: Float64Array | null,
  days: readonly DayRead[],
  limit: number,
): number {
  let acc = 0;
  for (let i = 0; i < days.length; i++) {
    const v = read(w, path, days[i] as DayRead);
    acc = w.kind === 'total' ? acc + v : v;
    if (acc >= limit) return i;
  }
  return -1;
}

/** The gauge's latest reading. */
export function currentLevel(w: MetricWork): number {
  return w.todayActual ?? w.history[w.history.length - 1]?.value ?? 0;
}
