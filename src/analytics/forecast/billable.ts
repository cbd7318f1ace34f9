// What the platform will let through this billing period, beside the demand the forecast projects.
// A hard limit (no overage price) stops a metric where its running total reaches it, and the
// sessions limit also stops what happens inside sessions (WITHIN_SESSIONS): a Pro user on course
// for 4,500 audio minutes whose sessions run out on the 21st will not process, nor pay overage
// for, the minutes after it. The projected bill reads this, not the demand.
import { dateRange } from '../time.js';
import type { IsoDate, Projected } from '../types.js';
import { gateStops, type SessionsGate } from './gate.js';
import { projectedFrom } from './paths.js';
import { plan, read, type DayRead, type MetricWork } from './work.js';

export interface Gates {
  /** The metric's own hard limit, if it has one. */
  own: number | null;
  /** The sessions forecast and its hard limit, for a metric that happens inside sessions. */
  sessions: SessionsGate | null;
}

/**
 * Returns the period total of a flow with usage stopped at its gates: the days after the sessions
 * path crosses its limit add nothing, and the forecast part never takes the total past the own
 * limit. What was recorded (history, today so far) always counts.
 */
export function billableTotal(
  w: MetricWork,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  gates: Gates,
): Projected {
  const dates = dateRange(periodStart, periodEnd);
  const days = plan(w, dates);
  const stops = gates.sessions ? gateStops(gates.sessions, dates) : null;
  const total = (path: Float64Array | null, k: number): number => {
    const stop = stops ? (k < 0 ? stops.point : (stops.paths[k] ?? -1)) : -1;
    let recorded = 0;
    let ahead = 0;
    days.forEach((d: DayRead, i) => {
      if (d.idx < 0) recorded += d.actual;
      else if (stop >= 0 && i > stop) recorded += Math.max(0, d.floor);
      else ahead += read(w, path, d);
    });
    const room = gates.own === null ? ahead : Math.min(ahead, Math.max(0, gates.own - recorded));
    return recorded + room;
  };
  return projectedFrom(w.paths, total);
}
