// Which metrics are kept per client: only the summed ones, whose client values add up to the
// total (a gauge or a peak has no share).
import { METRIC_DEFS, type Metric } from './metrics.js';

export const CLIENT_METRICS = [
  'sessions',
  'audio_minutes',
  'transcriptions',
  'exports',
  'api_calls',
] as const satisfies readonly Metric[];

export type ClientMetric = (typeof CLIENT_METRICS)[number];

/** How the rollup stores events sent without a clientId (the API calls it null). */
export const NO_CLIENT = '';

/** Most clients one answer names (the rest are "other"). */
export const MAX_TOP_CLIENTS = 50;

export function isClientMetric(m: Metric): m is ClientMetric {
  return (CLIENT_METRICS as readonly Metric[]).includes(m);
}

/** The usage_history / usage_client_history column of a client metric. */
export function clientColumn(m: ClientMetric): string {
  return METRIC_DEFS[m].column;
}
