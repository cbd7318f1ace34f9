// The metric colours of the product story, shared by the dashboard, the PDF and the email.
import type { Metric } from '../metrics.js';

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
