// Limit alerts: the recent ones, and the settings (on/off, thresholds, forecast alerts, webhook).
import { useEffect, useId, useState } from 'react';
import { formatValue } from '../../lib/format.js';
import { METRICS, metricLabel } from '../../lib/metrics.js';
import type { Metric } from '../../lib/types.js';
import { api, dateTime, errorText, useChange, useSettings } from './common.js';

interface Settings {
  enabled: boolean;
  thresholds: number[];
  forecast: boolean;
  webhookUrl: string | null;
}
interface Alert {
  metric: string;
  kind: string;
  period: string;
  value: number;
  limit: number;
  message: string;
  at: string;
  emailed?: boolean;
  webhook?: unknown;
}

const PATH = '/api/usage/alerts';
const isMetric = (m: string): m is Metric => (METRICS as readonly string[]).includes(m);

export function parseThresholds(text: string): number[] | null {
  const parts = text
    .split(/[,\s]+/)
    .map((s) => s.replace(/%$/, ''))
    .filter(Boolean);
  const nums = parts.map(Number);
  if (!nums.length || nums.some((n) => !Number.isFinite(n) || n <= 0 || n > 1000)) return null;
  return [...new Set(nums)].sort((a, b) => a - b);
}

export function AlertsSection({ token, user }: { token: string; user: string }) {
  const id = useId();
  const q = useSettings<{ settings: Settings; alerts: Alert[] }>(token, user, PATH);
  const s = q.data && !q.data.absent ? q.data.data.settings : null;
  const [enabled, setEnabled] = useState(true);
  const [thresholds, setThresholds] = useState('80, 100');
  const [forecast, setForecast] = useState(true);
  const [webhook, setWebhook] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!s) return;
    setEnabled(s.enabled);
    setThresholds(s.thresholds.join(', '));
    setForecast(s.forecast);
    setWebhook(s.webhookUrl ?? '');
  }, [s]);
  const save = useChange(token, user, [PATH], (t, body: Partial<Settings>) =>
    api.send(t, 'PUT', PATH, body),
  );
  if (!q.data || q.data.absent || !s) return null;
  const alerts = (q.data.data.alerts ?? []).slice(0, 8);

  return (
    <section className="account-part" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Limit alerts</h3>
      {alerts.length ? (
        <ul className="settings-list" aria-label="Recent alerts">
          {alerts.map((a, i) => (
            <li key={i}>
              <span>
                <strong>{isMetric(a.metric) ? metricLabel(a.metric) : a.metric}</strong> {a.message}{' '}
                <span className="muted">
                  ·{' '}
                  {isMetric(a.metric)
                    ? `${formatValue(a.metric, a.value)} of ${formatValue(a.metric, a.limit)}`
                    : ''}{' '}
                  · {dateTime(a.at)}
                  {a.emailed ? ' · emailed' : ''}
                </span>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No alerts this billing period.</p>
      )}
      <form
        className="settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          const t = parseThresholds(thresholds);
          if (!t) {
            setInvalid('Thresholds are percentages of a limit, such as 80, 100.');
            return;
          }
          setInvalid(null);
          setSaved(false);
          save.mutate(
            { enabled, thresholds: t, forecast, webhookUrl: webhook.trim() || null },
            { onSuccess: () => setSaved(true) },
          );
        }}
      >
        <label className="check">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
          Send limit alerts
        </label>
        <label className="field">
          Thresholds (% of a limit)
          <input
            type="text"
            inputMode="numeric"
            value={thresholds}
            onChange={(e) => setThresholds(e.target.value)}
            aria-invalid={invalid ? true : undefined}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={forecast}
            onChange={(e) => setForecast(e.target.checked)}
          />
          Alert when the forecast expects a limit within 7 days
        </label>
        <label className="field">
          Webhook URL (optional; requests are signed)
          <input
            type="url"
            value={webhook}
            placeholder="https://example.com/hook"
            onChange={(e) => setWebhook(e.target.value)}
          />
        </label>
        <div className="inline-form">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            Save alert settings
          </button>
          <span role="status" className="muted">
            {saved ? 'Saved.' : ''}
          </span>
        </div>
        {invalid || errorText(save.error) ? (
          <p className="form-error" role="alert">
            {invalid ?? errorText(save.error)}
          </p>
        ) : null}
      </form>
    </section>
  );
}
