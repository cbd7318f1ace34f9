// Turns a metric's model and simulated paths into the billing-period answer: projection, daily
// forecast, limit-reach dates and the month of demand. Sums and crossing dates are read from the
// paths, not from per-day intervals: adding up per-day bounds would assume every day misses the same
// way (too wide), adding variances would assume days are independent (too narrow).
import { mean, round } from '../stats.js';
import { addDays, dateRange, daysBetween } from '../time.js';
import type { DailyForecast, Demand, IsoDate, MetricForecast, Projected } from '../types.js';
import type { SessionsGate } from './gate.js';
import { PERCENTILES, projectedFrom, sampleQuantiles } from './paths.js';
import { limitReach } from './limit-reach.js';
import { currentLevel, FORECAST_DAYS, plan, read, type DayRead, type MetricWork } from './work.js';

function project(w: MetricWork, from: IsoDate, to: IsoDate): Projected {
  const days = plan(w, dateRange(from, to));
  const last = days[days.length - 1] as DayRead;
  const stat = (path: Float64Array | null): number =>
    w.kind === 'total' ? days.reduce((s, d) => s + read(w, path, d), 0) : read(w, path, last);
  return projectedFrom(w.paths, stat);
}

function dailyForecast(w: MetricWork): DailyForecast[] {
  return plan(w, dateRange(w.today, addDays(w.today, FORECAST_DAYS - 1))).map((d) => {
    if (d.idx < 0) {
      const v = round(d.actual);
      return { date: d.date, point: v, lower80: v, upper80: v, lower95: v, upper95: v };
    }
    const at = (xs: number[]): number => round(Math.max(d.floor, xs[d.idx] as number));
    return {
      date: d.date,
      point: at(w.steps.point),
      lower80: at(w.steps.lower80),
      upper80: at(w.steps.upper80),
      lower95: at(w.steps.lower95),
      upper95: at(w.steps.upper95),
    };
  });
}

function demand(w: MetricWork): Demand {
  const days = plan(w, dateRange(w.today, addDays(w.today, FORECAST_DAYS - 1)));
  const stat = (path: Float64Array): number => {
    let acc = w.kind === 'total' ? 0 : -Infinity;
    for (const d of days)
      acc = w.kind === 'total' ? acc + read(w, path, d) : Math.max(acc, read(w, path, d));
    return acc;
  };
  const sample = w.paths.map(stat);
  return {
    window: { from: (days[0] as DayRead).date, to: (days[days.length - 1] as DayRead).date },
    mean: round(mean(sample)),
    percentiles: sampleQuantiles(sample, PERCENTILES).map((q) => round(q)),
  };
}

/**
 * Builds the public forecast of one metric for the billing period [periodStart, periodEnd]; with a
 * sessions gate, its limit date counts only paths that reach the limit before sessions stop.
 */
export function summarise(
  w: MetricWork,
  periodStart: IsoDate,
  periodEnd: IsoDate,
  gate: SessionsGate | null = null,
): Omit<MetricForecast, 'outliersReplaced'> {
  const inPeriod = w.history.filter((h) => h.date >= periodStart && h.date < w.today);
  const toDate =
    w.kind === 'total'
      ? inPeriod.reduce((s, h) => s + h.value, 0) + (w.todayActual ?? 0)
      : currentLevel(w);
  const out: Omit<MetricForecast, 'outliersReplaced'> = {
    metric: w.metric,
    kind: w.kind,
    method: w.model.method,
    historyDays: w.history.length,
    period: {
      from: periodStart,
      to: periodEnd,
      daysElapsed: daysBetween(periodStart, w.today),
      daysRemaining: daysBetween(w.today, periodEnd) + 1,
    },
    toDate: round(toDate),
    projected: project(w, periodStart, periodEnd),
    limit: w.limit,
    limitReach: limitReach(w, periodStart, periodEnd, gate),
    daily: dailyForecast(w),
    demand: demand(w),
  };
  if (w.model.note) out.note = w.model.note;
  return out;
}
