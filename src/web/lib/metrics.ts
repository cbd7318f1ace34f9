// How each metric looks: label, unit and the story's colours (distinct ones for the rest).
import { METRIC_DEFS, METRICS, type Metric } from '../../domain/metrics.js';

export { METRICS, METRIC_DEFS };

export const METRIC_COLORS: Record<Metric, string> = {
  sessions: '#FFB800',
  audio_minutes: '#4ECDC4',
  transcriptions: '#FF6B6B',
  exports: '#9B7BFF',
  storage_mb: '#4D8DF7',
  api_calls: '#7CB342',
  unique_clients: '#F28CD0',
  concurrent_sessions_peak: '#A1887F',
};

/** Metrics that add up over time (lines, stacks); the rest are gauges or maxima. */
export const FLOW_METRICS: Metric[] = [
  'sessions',
  'audio_minutes',
  'transcriptions',
  'exports',
  'api_calls',
];

/** Metrics a plan limits each month. */
export const LIMITED_METRICS: Metric[] = METRICS.filter((m) => METRIC_DEFS[m].limited);

export function metricLabel(m: Metric): string {
  return METRIC_DEFS[m].label;
}
