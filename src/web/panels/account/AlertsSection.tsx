// Alerts: every one raised, how each was delivered, and the settings (limit alerts, thresholds,
// forecast alerts, opt-in anomaly messages, the signed webhook and its secret, shown once).
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertSettings as Settings } from '../../../contracts/types.js';
import { AlertList, DeliveryLog, type AlertItem, type DeliveryItem } from './AlertList.js';
import { api, useSettings } from './common.js';
import { rollbackText, useOptimisticChange } from './optimistic.js';
import { SecretOnce } from './SecretOnce.js';
import { pageLocale } from '../../lib/locale.js';

const PATH = '/api/usage/alerts';

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
  const { t } = useTranslation();
  const id = useId();
  const q = useSettings<{ settings: Settings; alerts: AlertItem[]; deliveries?: DeliveryItem[] }>(
    token,
    user,
    PATH,
  );
  const s = q.data && !q.data.absent ? q.data.data.settings : null;
  const [enabled, setEnabled] = useState(true);
  const [thresholds, setThresholds] = useState('80, 100');
  const [forecast, setForecast] = useState(true);
  const [anomalies, setAnomalies] = useState(false);
  const [webhook, setWebhook] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  useEffect(() => {
    if (!s) return;
    setEnabled(s.enabled);
    setThresholds(s.thresholds.join(', '));
    setForecast(s.forecast);
    setAnomalies(s.anomalies ?? false);
    setWebhook(s.webhookUrl ?? '');
  }, [s]);
  type Data = { settings: Settings; alerts: AlertItem[]; deliveries?: DeliveryItem[] };
  // Shown as saved at once; the form goes back to the stored settings if the server refuses.
  const save = useOptimisticChange<Data, Partial<Settings>, { webhookSecret?: string }>(
    token,
    user,
    PATH,
    // The page's language goes along: alert messages and emails are written in it.
    (t, body) =>
      api.send<{ webhookSecret?: string }>(t, 'PUT', PATH, { ...body, locale: pageLocale() }),
    (d, body) => ({ ...d, settings: { ...d.settings, ...body } }),
  );
  if (!q.data || q.data.absent || !s) return null;
  const { alerts, deliveries = [] } = q.data.data;

  return (
    <section className="account-part" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('alerts.title')}</h3>
      <p className="muted">{t('alerts.intro')}</p>
      <AlertList alerts={alerts ?? []} />
      <DeliveryLog deliveries={deliveries} />
      <form
        className="settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          const shares = parseThresholds(thresholds);
          if (!shares) {
            setInvalid(t('alerts.badThresholds'));
            return;
          }
          setInvalid(null);
          setSaved(true);
          save.mutate(
            {
              enabled,
              thresholds: shares,
              forecast,
              anomalies,
              webhookUrl: webhook.trim() || null,
            },
            {
              onSuccess: (r) => setSecret(r.webhookSecret ?? null),
              onError: () => setSaved(false),
            },
          );
        }}
      >
        <label className="check">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
          {t('alerts.enabled')}
        </label>
        <label className="field">
          {t('alerts.thresholds')}
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
          {t('alerts.forecast')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={anomalies}
            onChange={(e) => setAnomalies(e.target.checked)}
          />
          {t('alerts.anomalies')}
        </label>
        <label className="field">
          {t('alerts.webhook')}
          <input
            type="url"
            value={webhook}
            placeholder="https://example.com/hook"
            onChange={(e) => setWebhook(e.target.value)}
          />
        </label>
        <div className="inline-form">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {t('alerts.save')}
          </button>
          <span role="status" className="muted">
            {saved ? t('alerts.saved') : ''}
          </span>
        </div>
        {invalid || save.error ? (
          <p className="form-error" role="alert">
            {invalid ?? rollbackText(t('alerts.saving'), save.error)}
          </p>
        ) : null}
      </form>
      {secret ? (
        <SecretOnce
          title={t('alerts.webhookSaved')}
          label={t('alerts.secret')}
          value={secret}
          onDone={() => setSecret(null)}
        />
      ) : null}
    </section>
  );
}
