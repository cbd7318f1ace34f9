// When a limit is reached in the billing period. Flows count their running total from the period's
// first day; gauges compare their level. Dates come from the simulated paths: the day by which 10%,
// 50% and 90% of the paths have crossed give the earliest, central and latest date (an 80% range).
import { round } from '../stats.js';
import { dateRange } from '../time.js';
import type { IsoDate, LimitReach } from '../types.js';
import { gateStops, type SessionsGate } from './gate.js';
import { crossing, currentLevel, plan, type DayRead, type MetricWork } from './work.js';

/** Shares of paths that define the central, earliest and latest crossing (an 80% range). */
const CROSS = { earliest: 0.1, central: 0.5, latest: 0.9 } as const;

/**
 * Returns whether and when the metric reaches its limit within [periodStart, periodEnd]. With a
 * sessions gate, a path reaches it only on or before the day its sessions path is stopped, and
 * a limit that the sessions limit forestalls names the day that stops it (`stoppedBy`).
 */
export function limitReach(
  w: MetricWork,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  gate: SessionsGate | null = null,
): LimitReach {
  const limit = w.limit;
  if (limit === null) return { status: 'unlimited' };
  // A flow counts from the period's first day; a gauge only matters from its current reading on.
  const dates = dateRange(w.kind === 'total' ? periodStart : w.today, periodEnd);
  const days = plan(w, dates);
  // What has been observed so far (today's partial value included) may already be over.
  if (w.kind === 'total') {
    let acc = 0;
    for (const d of days) {
      if (d.date > w.today) break;
      acc += d.date === w.today ? (w.todayActual ?? 0) : d.actual;
      if (acc >= limit) return { status: 'reached', date: d.date };
    }
  } else if (currentLevel(w) >= limit) {
    return { status: 'reached', date: levelRunStart(w, limit) };
  }
  const stops = gate && w.kind === 'total' ? gateStops(gate, dates) : null;
  const crossedBy = new Array<number>(days.length).fill(0);
  w.paths.forEach((path, k) => {
    const i = crossing(w, path, days, limit);
    const stop = stops ? (stops.paths[k] as number) : -1;
    if (i >= 0 && (stop < 0 || i <= stop)) crossedBy[i] = (crossedBy[i] as number) + 1;
  });
  const firstAt = firstShare(crossedBy, w.paths.length, days);
  const probability = round(firstAt.total, 3);
  const central = firstAt.date(CROSS.central);
  const earliest = firstAt.date(CROSS.earliest);
  if (central && earliest) {
    return {
      status: 'expected',
      date: central,
      earliest,
      latest: firstAt.date(CROSS.latest),
      probability,
    };
  }
  const stoppedBy = stops ? stoppedOn(stops.paths, days) : null;
  const why = stoppedBy ? { stoppedBy: { metric: 'sessions' as const, date: stoppedBy } } : {};
  if (earliest) return { status: 'possible', earliest, probability, ...why };
  return { status: 'notExpected', periodEnd, probability, ...why };
}

/** The date by which a share of paths has crossed, from the count of first crossings per day. */
function firstShare(crossedBy: readonly number[], paths: number, days: readonly DayRead[]) {
  let cum = 0;
  const frac = crossedBy.map((c) => (cum += c) / paths);
  return {
    total: frac[frac.length - 1] ?? 0,
    date: (share: number): IsoDate | null => {
      const i = frac.findIndex((f) => f >= share);
      return i < 0 ? null : (days[i] as DayRead).date;
    },
  };
}

/** The day by which half the sessions paths are stopped, if they are within the period. */
function stoppedOn(stops: readonly number[], days: readonly DayRead[]): IsoDate | null {
  const crossedBy = new Array<number>(days.length).fill(0);
  for (const i of stops) if (i >= 0) crossedBy[i] = (crossedBy[i] as number) + 1;
  return firstShare(crossedBy, stops.length, days).date(CROSS.central);
}

/** The first day of the latest unbroken run of gauge readings at or above the limit. */
function levelRunStart(w: MetricWork, limit: number): IsoDate {
  let start = w.today;
  for (let i = w.history.length - 1; i >= 0; i--) {
    const h = w.history[i] as { date: IsoDate; value: number };
    if (h.value < limit) break;
    start = h.date;
  }
  return start;
}
