// The billing-month forecast of every limited metric: projected total (or level), daily forecast
// for the next 30 days, limit-reach date and the month of demand that plan advice prices.
// The billing month is the calendar month in the user's zone; limits reset with it.
import { METRIC_DEFS, METRICS, WITHIN_SESSIONS, type Metric } from '../../domain/metrics.js';
import { limitOf, type Plan } from '../../domain/plans.js';
import { detectAnomalies } from '../anomalies/detect.js';
import { findPlan } from '../catalogue.js';
import { blockedDays, fillBlocked } from '../comparisons/blocked-days.js';
import { assertDailySeries, valueOf } from '../series.js';
import { addDays, daysBetween, monthEnd, monthStart, todayOf } from '../time.js';
import type { Clock, DailyPoint, IsoDate, MetricForecastResult, UsageForecast } from '../types.js';
import { billableTotal, type Gates } from './billable.js';
import type { SessionsGate } from './gate.js';
import { MIN_MODEL_HISTORY, runRateModel } from './fallback.js';
import { levelModel } from './level.js';
import { fitPathModel, stepIntervals } from './model.js';
import { DEFAULT_PATHS, simulatePaths, withBursts } from './paths.js';
import { summarise } from './usage-summary.js';
import { FORECAST_DAYS, type MetricWork } from './work.js';
import { reason } from '../../domain/i18n/reasons.js';

/** Two years are plenty for a weekly model and keep a fit in milliseconds. */
export const MAX_HISTORY_DAYS = 730;

export interface UsageForecastInput extends Clock {
  daily: readonly DailyPoint[];
  plans: readonly Plan[];
  currentPlan: string;
  /** The plan in force in each month that differs from the current one (hard limits of the past). */
  planByMonth?: Readonly<Record<string, string>>;
}

export interface UsageForecastOptions {
  /** Simulated paths per metric; more is smoother and slower. */
  paths?: number;
  seed?: number;
  /** Metrics to forecast; default every metric a plan can limit. */
  metrics?: readonly Metric[];
}

/** Robust z from which a past day is a burst, not a pace: a one-off spike must not be extrapolated as a trend. */
const BURST_Z = 5;

function withoutBursts(
  values: number[],
  kind: 'total' | 'level',
): { values: number[]; replaced: number; excess: number[] } {
  // A gauge's jumps are real changes of level (an upload stays uploaded); only flows are cleaned.
  if (kind === 'level' || values.length < 21) return { values, replaced: 0, excess: [] };
  const found = detectAnomalies(values, null, {
    seasons: [7],
    countData: true,
    threshold: BURST_Z,
  });
  const out = [...values];
  for (const a of found.anomalies) out[a.index] = a.expected;
  // What the bursts added over the expected day: they recur, so the paths get them back.
  const excess = found.anomalies
    .filter((a) => a.value > a.expected)
    .map((a) => a.value - a.expected);
  return { values: out, replaced: found.anomalies.length, excess };
}

/** Forecasts the current billing month of each limited metric with 80%/95% intervals and limit-reach dates. */
export function forecastUsage(
  input: UsageForecastInput,
  opts: UsageForecastOptions = {},
): UsageForecast {
  assertDailySeries(input.daily);
  const plan = findPlan(input.plans, input.currentPlan);
  const today = todayOf(input);
  const metrics = opts.metrics ?? METRICS.filter((m) => METRIC_DEFS[m].limited);
  const hard = (m: Metric) => (plan.overage[m] === undefined ? limitOf(plan, m) : null);
  const run = (metric: Metric, gate: SessionsGate | null) => {
    const i = metrics.indexOf(metric);
    return forecastMetric(input.daily, metric, today, limitOf(plan, metric), {
      seed: (opts.seed ?? 20250101) + i * 7919,
      paths: opts.paths,
      blocked: blockedDays(input.daily, metric, input),
      gate,
    });
  };
  // Sessions first: usage inside sessions reads its limit date and its bill up to their stop.
  const sessions = metrics.includes('sessions') ? run('sessions', null) : null;
  const sessionsLimit = hard('sessions');
  const gate: SessionsGate | null =
    sessions?.work && sessionsLimit !== null ? { work: sessions.work, limit: sessionsLimit } : null;
  const forecasts = metrics.map((m) =>
    m === 'sessions' && sessions ? sessions : run(m, WITHIN_SESSIONS.includes(m) ? gate : null),
  );
  const results: MetricForecastResult[] = forecasts.map(({ result, work }) => {
    if (!result.available || !work || work.kind !== 'total') return result;
    const gates: Gates = {
      own: hard(work.metric),
      sessions: WITHIN_SESSIONS.includes(work.metric) ? gate : null,
    };
    if (gates.own === null && gates.sessions === null) return result;
    return { ...result, billable: billableTotal(work, monthStart(today), monthEnd(today), gates) };
  });
  return { plan: plan.name, today, metrics: results };
}

interface MetricRun {
  seed: number;
  paths?: number;
  /** Days a hard limit refused usage (blockedDays). */
  blocked: ReadonlySet<IsoDate>;
  /** The sessions forecast and limit that stop this metric's usage, if it happens inside sessions. */
  gate: SessionsGate | null;
}

function forecastMetric(
  daily: readonly DailyPoint[],
  metric: Metric,
  today: IsoDate,
  limit: number | null,
  { seed, paths = DEFAULT_PATHS, blocked, gate }: MetricRun,
): { result: MetricForecastResult; work?: MetricWork } {
  const kind = METRIC_DEFS[metric].aggregation === 'gauge' ? 'level' : 'total';
  // A flow's today is partial, so only complete days train the model; a gauge's latest reading is complete.
  const usable = daily.filter((d) => (kind === 'level' ? d.date <= today : d.date < today));
  const history = usable
    .slice(-MAX_HISTORY_DAYS)
    .map((d) => ({ date: d.date, value: valueOf(d.values, metric) }));
  if (history.length === 0) {
    return { result: { available: false, metric, reason: reason('noHistoryDay') } };
  }
  const last = history[history.length - 1] as { date: IsoDate };
  const firstForecastDate = addDays(last.date, 1);
  const end = [monthEnd(today), addDays(today, FORECAST_DAYS - 1)].sort().at(-1) as IsoDate;
  const horizon = daysBetween(last.date, end);
  const todayPoint = daily.find((d) => d.date === today);
  // Days a hard limit refused usage say nothing of demand: the model sees an open week's day.
  const { values, replaced, excess } = withoutBursts(
    fillBlocked(
      history.map((h) => h.value),
      history.map((h) => blocked.has(h.date)),
    ),
    kind,
  );
  // A level moves by what is added and removed, from where it stands: its own model (level.ts),
  // after two weeks of readings; before, the run rate that says its history is short.
  const floor = values.every((v) => v >= 0) ? 0 : null;
  const model =
    kind === 'level'
      ? values.length < MIN_MODEL_HISTORY
        ? runRateModel(values, horizon, 'level', floor)
        : levelModel(values, horizon, floor)
      : fitPathModel(values, {
          horizon,
          periods: [7],
          transform: 'auto',
          kind: 'flow',
          // Three validation origins: the server fits every metric of every user (ADR 0006, cost).
          origins: 3,
          // Bursts are already replaced (withoutBursts), and their excess returns in the paths.
          clean: false,
        });
  const i80 = stepIntervals(model, 0.8);
  const i95 = stepIntervals(model, 0.95);
  const work: MetricWork = {
    metric,
    kind,
    today,
    firstForecastDate,
    history,
    todayActual: todayPoint ? valueOf(todayPoint.values, metric) : null,
    model,
    steps: {
      point: i80.point,
      lower80: i80.lower,
      upper80: i80.upper,
      lower95: i95.lower,
      upper95: i95.upper,
    },
    paths: withBursts(
      simulatePaths(model, paths, seed),
      excess,
      excess.length / values.length,
      seed,
    ),
    limit,
  };
  const summary = summarise(work, monthStart(today), monthEnd(today), gate);
  if (replaced > 0) {
    const why = `${replaced} unusual day${replaced === 1 ? ' was' : 's were'} replaced by the expected value before fitting`;
    summary.note = summary.note ? `${summary.note}; ${why}` : why;
  }
  return { result: { available: true, ...summary, outliersReplaced: replaced }, work };
}
