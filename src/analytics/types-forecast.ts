// Result types of forecasting: the generic series forecast (CLI) and the billing-month usage forecast.
import type { Metric } from '../domain/metrics.js';
import type { DateRange, IsoDate } from './types.js';

export type Transform = 'none' | 'log1p';

/**
 * The candidates (docs/adr/0006-forecast-combination.md): mstl-ets, MSTL seasonal decomposition
 * with an AutoETS trend (augurs); ets, AutoETS on the classically deseasonalised series; theta,
 * SES with drift; seasonal-naive, the last cycle repeated.
 */
export type CandidateMethod = 'mstl-ets' | 'ets' | 'theta' | 'seasonal-naive';

/**
 * A candidate alone, or a combination of several weighted by validation on the history; -log1p:
 * fitted on log(1 + y) (compounding growth); run-rate: short-history fallback; constant: the
 * history never changed; level-drift: a gauge's last reading plus its bounded recent pace.
 */
export type ForecastMethod =
  | CandidateMethod
  | 'combination'
  | `${CandidateMethod | 'combination'}-log1p`
  | 'run-rate'
  | 'constant'
  | 'level-drift';

export interface SeriesForecastOptions {
  horizon: number;
  /** Seasonal periods, e.g. [7] or [24, 168]; detected from the data when absent. */
  seasons?: readonly number[];
  /** Central interval level, 0 < level < 1; default 0.8. */
  level?: number;
  /** Default 'auto': log1p when it forecasts a validation stretch of the history better. */
  transform?: Transform | 'auto';
  /** Timestamps of the values (ISO or epoch ms), used only to pick candidate seasons. */
  times?: readonly (string | number)[];
}

export interface SeriesForecast {
  method: ForecastMethod;
  level: number;
  seasons: number[];
  transform: Transform;
  point: number[];
  lower: number[];
  upper: number[];
  /** The candidates combined and their weights. */
  components?: { method: string; weight: number }[];
  note?: string;
}

export interface SeasonalityScore {
  period: number;
  /** Share of the detrended variance the cycle explains, adjusted for the number of phases. */
  strength: number;
  /** Kruskal-Wallis statistic as a standard normal score; above 3.09 is significant at 0.1%. */
  z: number;
  accepted: boolean;
}

export interface DetectedSeasonality {
  periods: number[];
  /** The sampling step read from the timestamps, when they were given. */
  step: 'minute' | 'hourly' | 'daily' | 'weekly' | 'monthly' | 'quarterly' | null;
  scores: SeasonalityScore[];
}

export interface Bounds {
  lower: number;
  upper: number;
}

export interface Projected {
  point: number;
  p80: Bounds;
  p95: Bounds;
}

export interface DailyForecast {
  date: IsoDate;
  point: number;
  lower80: number;
  upper80: number;
  lower95: number;
  upper95: number;
}

/**
 * When the limit is reached in the current billing period. Dates come from simulated paths:
 * `date` is when half the paths have crossed, `earliest` 10%, `latest` 90% (an 80% range);
 * `latest: null` means fewer than 90% cross before the period ends. `probability` is the share of
 * paths that cross by the period's end. `stoppedBy`: for usage inside sessions, the day by which
 * half the paths have reached the sessions limit, which refuses this usage from then on.
 */
export type LimitReach =
  | { status: 'unlimited' }
  | { status: 'reached'; date: IsoDate }
  | {
      status: 'expected';
      date: IsoDate;
      earliest: IsoDate;
      latest: IsoDate | null;
      probability: number;
    }
  | { status: 'possible'; earliest: IsoDate; probability: number; stoppedBy?: StoppedBy }
  | { status: 'notExpected'; periodEnd: IsoDate; probability: number; stoppedBy?: StoppedBy };

/** The limit of another metric that stops this one first (the sessions limit stops audio). */
export interface StoppedBy {
  metric: Metric;
  date: IsoDate;
}

/** Distribution of a month of demand (next 30 days): a sum for flows, the peak level for gauges. */
export interface Demand {
  window: DateRange;
  mean: number;
  /** Percentiles 1..99 (index 0 is p1). */
  percentiles: number[];
}

export interface MetricForecast {
  metric: Metric;
  /** total: a flow summed over the period; level: a gauge (storage) at the period's end. */
  kind: 'total' | 'level';
  method: ForecastMethod;
  note?: string;
  historyDays: number;
  /** Past days whose burst or outage was replaced by its expected value before fitting. */
  outliersReplaced: number;
  period: DateRange & { daysElapsed: number; daysRemaining: number };
  /** Usage so far this period (today's partial day included), or the current level of a gauge. */
  toDate: number;
  /** Demand at the current pace: what the period would total if nothing were refused. */
  projected: Projected;
  /**
   * What the platform will let through: usage stopped at a hard limit, its own or, for usage
   * inside sessions, the sessions limit. Present only where such a limit applies; bills read it.
   */
  billable?: Projected;
  limit: number | null;
  limitReach: LimitReach;
  /** Today and the 29 days after it. */
  daily: DailyForecast[];
  demand: Demand;
}

export type MetricForecastResult =
  ({ available: true } & MetricForecast) | { available: false; metric: Metric; reason: string };

export interface UsageForecast {
  plan: string;
  today: IsoDate;
  metrics: MetricForecastResult[];
}
