// The metric catalogue: what each API metric is, which event feeds it and how a period totals it.

export const METRICS = [
  'sessions',
  'audio_minutes',
  'transcriptions',
  'exports',
  'storage_mb',
  'api_calls',
  'unique_clients',
  'concurrent_sessions_peak',
] as const;

export type Metric = (typeof METRICS)[number];

/** sum: add up; gauge: latest value in the period; max: highest value; distinct: distinct clients. */
export type Aggregation = 'sum' | 'gauge' | 'max' | 'distinct';

export interface MetricDef {
  name: Metric;
  label: string;
  unit: string;
  aggregation: Aggregation;
  /** The event type that feeds this metric; null for unique_clients (any event with clientId). */
  eventType: string | null;
  /** Column of usage_history that holds it. */
  column: string;
  /** Whether plans can limit it. */
  limited: boolean;
  /** Counted in whole units (sessions, exports): never shown with decimals. */
  whole: boolean;
  /** Its colour in the product story: dashboard, PDF and email charts. */
  color: string;
  /** The named subsets below it belongs to (see MetricTag). */
  tags: readonly MetricTag[];
}

/**
 * Where a metric shows besides the API. report: the report tables, the monthly panel's choices
 * and the peer comparison; chart: analysed and charted by the analytics panels; headline: shown
 * first (the dashboard's default lines, the report's daily chart); stack: the stacked panel.
 */
export type MetricTag = 'report' | 'chart' | 'headline' | 'stack';

export const METRIC_DEFS: Record<Metric, MetricDef> = {
  sessions: {
    name: 'sessions',
    label: 'Sessions',
    unit: 'sessions',
    aggregation: 'sum',
    eventType: 'session.created',
    column: 'sessions_created',
    limited: true,
    whole: true,
    color: '#FFB800',
    tags: ['report', 'chart', 'headline', 'stack'],
  },
  audio_minutes: {
    name: 'audio_minutes',
    label: 'Audio minutes',
    unit: 'minutes',
    aggregation: 'sum',
    eventType: 'audio.processed',
    column: 'audio_minutes_processed',
    limited: true,
    whole: false,
    color: '#4ECDC4',
    tags: ['report', 'chart', 'headline'],
  },
  transcriptions: {
    name: 'transcriptions',
    label: 'Transcriptions',
    unit: 'transcriptions',
    aggregation: 'sum',
    eventType: 'transcription.completed',
    column: 'transcriptions_completed',
    limited: true,
    whole: true,
    color: '#FF6B6B',
    tags: ['report', 'chart', 'headline', 'stack'],
  },
  exports: {
    name: 'exports',
    label: 'Exports',
    unit: 'exports',
    aggregation: 'sum',
    eventType: 'export.generated',
    column: 'exports_generated',
    limited: true,
    whole: true,
    color: '#9B7BFF',
    tags: ['report', 'chart', 'stack'],
  },
  storage_mb: {
    name: 'storage_mb',
    label: 'Storage',
    unit: 'MB',
    aggregation: 'gauge',
    eventType: 'storage.measured',
    column: 'storage_used_mb',
    limited: true,
    whole: false,
    color: '#4D8DF7',
    tags: ['report', 'chart'],
  },
  api_calls: {
    name: 'api_calls',
    label: 'API calls',
    unit: 'calls',
    aggregation: 'sum',
    eventType: 'api.call',
    column: 'api_calls_made',
    limited: false,
    whole: true,
    color: '#7CB342',
    tags: ['report'],
  },
  unique_clients: {
    name: 'unique_clients',
    label: 'Unique clients',
    unit: 'clients',
    aggregation: 'distinct',
    eventType: null,
    column: 'unique_clients',
    limited: false,
    whole: true,
    color: '#F28CD0',
    tags: [],
  },
  concurrent_sessions_peak: {
    name: 'concurrent_sessions_peak',
    label: 'Peak concurrent sessions',
    unit: 'sessions',
    aggregation: 'max',
    eventType: 'session.concurrency',
    column: 'concurrent_sessions_peak',
    limited: false,
    whole: true,
    color: '#A1887F',
    tags: [],
  },
};

export const EVENT_TYPES = [
  'session.created',
  'audio.processed',
  'transcription.completed',
  'export.generated',
  'storage.measured',
  'api.call',
  'session.concurrency',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** Event types whose value counts occurrences: a missing value means 1 and a value must be a whole number. */
export const COUNTED_EVENT_TYPES: ReadonlySet<EventType> = new Set([
  'session.created',
  'transcription.completed',
  'export.generated',
  'api.call',
]);

const tagged = (tag: MetricTag): readonly Metric[] =>
  METRICS.filter((m) => METRIC_DEFS[m].tags.includes(tag));

/** Each metric's colour, shared by the dashboard, the PDF and the email. */
export const METRIC_COLORS = Object.fromEntries(
  METRICS.map((m) => [m, METRIC_DEFS[m].color]),
) as Readonly<Record<Metric, string>>;
/** Metrics that add up over time (lines, stacks); the rest are gauges, maxima or distinct counts. */
export const FLOW_METRICS: readonly Metric[] = METRICS.filter(
  (m) => METRIC_DEFS[m].aggregation === 'sum',
);
/** Metrics a plan limits each month. */
/**
 * Metrics that happen inside a session: when a hard sessions limit refuses new sessions, their
 * audio, transcriptions, exports and API calls stop with them, whatever their own limits.
 */
export const WITHIN_SESSIONS: readonly Metric[] = [
  'audio_minutes',
  'transcriptions',
  'exports',
  'api_calls',
];

export const LIMITED_METRICS: readonly Metric[] = METRICS.filter((m) => METRIC_DEFS[m].limited);
/** Metrics a report lists, the monthly panel offers and the peer comparison ranks. */
export const REPORT_METRICS = tagged('report');
/** Metrics the analytics core analyses and the dashboard charts, in its order. */
export const CHARTED_METRICS = tagged('chart');
/** Metrics shown first: the dashboard's default selection and the report's daily chart. */
export const HEADLINE_METRICS = tagged('headline');
/** Counted metrics the stacked panel piles up. */
export const STACKED_METRICS = tagged('stack');

/** The metric's name as people read it, e.g. "Audio minutes". */
export function metricLabel(m: Metric): string {
  return METRIC_DEFS[m].label;
}

/** True when `name` is one of the API's metric names. */
export function isMetric(name: string): name is Metric {
  return (METRICS as readonly string[]).includes(name);
}

/**
 * The names the product story uses (its query `metrics=sessions,minutes,transcriptions` and its
 * table's columns), accepted wherever a metric is asked for; answers always use the API's names.
 */
export const METRIC_ALIASES: Readonly<Record<string, Metric>> = {
  minutes: 'audio_minutes',
  sessions_created: 'sessions',
  audio_minutes_processed: 'audio_minutes',
  transcriptions_completed: 'transcriptions',
  exports_generated: 'exports',
  storage_used_mb: 'storage_mb',
  api_calls_made: 'api_calls',
};

/** The API's metric for a name or one of its aliases; null for anything else. */
export function resolveMetric(name: string): Metric | null {
  if (isMetric(name)) return name;
  return Object.hasOwn(METRIC_ALIASES, name) ? METRIC_ALIASES[name]! : null;
}
