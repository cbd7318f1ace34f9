// Where the sessions limit stops the usage that happens inside sessions. A hard sessions limit
// refuses new sessions from the day a path's running total reaches it, so the audio, exports and
// transcriptions of that path stop there too: both the bill and the metric's own limit date must
// read the metric's path only up to that day.
import type { IsoDate } from '../types.js';
import { crossing, plan, type DayRead, type MetricWork } from './work.js';

/** The sessions forecast and its hard limit, for a metric that happens inside sessions. */
export interface SessionsGate {
  work: MetricWork;
  limit: number;
}

/** Where the sessions limit stops usage: the day index on the model's point and on each path (-1: not in the period). */
export interface GateStops {
  point: number;
  paths: number[];
}

/**
 * Returns, over `dates`, the index of the day the sessions total reaches its limit, on the point
 * forecast and on each path. Path k of a metric is read with path k of sessions: both are draws
 * of the same month.
 */
export function gateStops(gate: SessionsGate, dates: readonly IsoDate[]): GateStops {
  const days: DayRead[] = plan(gate.work, dates);
  return {
    point: crossing(gate.work, null, days, gate.limit),
    paths: gate.work.paths.map((p) => crossing(gate.work, p, days, gate.limit)),
  };
}
