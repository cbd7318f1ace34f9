// When a limit is reached in the billing period. Flows count their running total from the period's
// first day; gauges compare their level. Dates come from the simulated paths: the day by which 10%,
// 50% and 90% of the paths have crossed give the earliest, central and latest date (an 80% range).
import { round } from '../stats.js';
import { dateRange } from '../time.js';
import type { IsoDate, LimitReach } from '../types.js';
import { currentLevel, plan, read, type DayRead, type MetricWork } from './work.js';

/** Shares of paths that define the central, earliest and latest crossing (an 80% range). */
const CROSS = { earliest: 0.1, central: 0.5, latest: 0.9 } as const;

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

/** Returns whether and when the metric reaches its limit within [periodStart, periodEnd]. */
export function limitReach(w: MetricWork, periodStart: IsoDate, periodEnd: IsoDate): LimitReach {
  const limit = w.limit;
  if (limit === null) return { status: 'unlimited' };
  // A flow counts from the period's first day; a gauge only matters from its current reading on.
  const days = plan(w, dateRange(w.kind === 'total' ? periodStart : w.today, periodEnd));
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
  const crossedBy = new Array<number>(days.length).fill(0);
  for (const path of w.paths) {
    const i = crossing(w, path, days, limit);
    if (i >= 0) crossedBy[i] = (crossedBy[i] as number) + 1;
  }
  let cum = 0;
  const frac = crossedBy.map((c) => (cum += c) / w.paths.length);
  const firstAt = (share: number): IsoDate | null => {
    const i = frac.findIndex((f) => f >= share);
    return i < 0 ? null : (days[i] as DayRead).date;
  };
  const probability = round(frac[frac.length - 1] ?? 0, 3);
  const central = firstAt(CROSS.central);
  const earliest = firstAt(CROSS.earliest);
  if (central && earliest) {
    return {
      status: 'expected',
      date: central,
      earliest,
      latest: firstAt(CROSS.latest),
      probability,
    };
  }
  if (earliest) return { status: 'possible', earliest, probability };
  return { status: 'notExpected', periodEnd, probability };
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
