// An alert's message in any language, written again from what was stored with it: messages are
// written once, when raised, in the language the alert settings were saved in, and a page in
// another language shows the same alert in its own words. The functions are those that wrote the
// message, so in its own language the text comes back byte for byte.
import { forecastMessage, thresholdMessage, type AlertDetails } from './alerts.js';
import { anomalyMessage } from './anomaly-alerts.js';
import { budgetForecastMessage, budgetMessage } from './budget-alerts.js';
import type { Words } from './i18n/words.js';
import { isMetric } from './metrics.js';

/** An alert as stored and listed: its value, limit (an anomaly's expected value) and details. */
export interface StoredAlert {
  metric: string;
  kind: string;
  value: number;
  limit: number | null;
  details?: AlertDetails | null;
}

const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const text = (x: unknown): x is string => typeof x === 'string' && x.length > 0;

/** The alert's message in `w`'s words, or null when what it was written from was not kept (older alerts). */
export function alertText(a: StoredAlert, w: Words): string | null {
  const d = a.details ?? {};
  const limit = a.limit;
  if (!num(limit) || !num(a.value)) return null;
  const threshold = /^threshold-(\d+)$/.exec(a.kind);
  if (threshold && isMetric(a.metric) && limit > 0)
    return thresholdMessage(a.metric, a.value, limit, Number(threshold[1]), w);
  if (a.kind === 'forecast-7d' && isMetric(a.metric) && text(d.date))
    return forecastMessage(a.metric, limit, d.date, w);
  if (a.kind === 'anomaly-spike' && isMetric(a.metric) && text(d.date) && num(d.upper))
    return anomalyMessage(a.metric, a.value, { date: d.date, expected: limit, upper: d.upper }, w);
  const budget = /^budget-(\d+)$/.exec(a.kind);
  if (budget && text(d.currency) && limit > 0)
    return budgetMessage(a.value, limit, Number(budget[1]), d.currency, w);
  if (a.kind === 'budget-forecast' && text(d.currency) && num(d.accrued))
    return budgetForecastMessage(a.value, limit, d.accrued, d.currency, w);
  return null;
}
