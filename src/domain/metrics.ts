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
}

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

export function isMetric(name: string): name is Metric {
  return (METRICS as readonly string[]).includes(name);
}
