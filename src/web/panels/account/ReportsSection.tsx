// Emailed reports: subscribe (weekly or monthly, with a PDF or CSV attached), list, stop, and
// "send me one now".
import { pageLanguage, pageLocale } from '../../lib/locale.js';
import { ConfirmAction } from '../../components/ConfirmAction.js';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSend as Send, Subscription } from '../../../contracts/types.js';
import { ApiError } from '../../lib/api.js';
import { api, dateTime, errorText, useChange, useSettings } from './common.js';
import { rollbackText } from './optimistic.js';
import { PATH, useSubscriptionChanges } from './subscription-changes.js';

export function ReportsSection({ token, user }: { token: string; user: string }) {
  const { t } = useTranslation();
  const formatName = (f: string) => t(`reports.formats.${f}`, { defaultValue: f });
  const id = useId();
  const list = useSettings<{ subscriptions: Subscription[]; recentSends: Send[] }>(
    token,
    user,
    PATH,
  );
  const [frequency, setFrequency] = useState<'weekly' | 'monthly'>('monthly');
  const [format, setFormat] = useState<'none' | 'pdf' | 'csv'>('pdf');
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [confirmStop, setConfirmStop] = useState<string | null>(null);
  const { add, stop } = useSubscriptionChanges(token, user);
  const test = useChange(token, user, [PATH], (t, _: null) =>
    api.send<{ outcome: string; to?: string; period?: string }>(t, 'POST', `${PATH}/test`),
  );
  const subs = list.data && !list.data.absent ? (list.data.data.subscriptions ?? []) : [];
  // The same report twice is never wanted: an explicit address must differ, and without one the
  // account's address (subscriptions to it are active at once) must not already get it.
  const wanted = email.trim().toLowerCase();
  const duplicateOf = attempted
    ? (subs.find(
        (x) =>
          x.frequency === frequency &&
          x.format === format &&
          (wanted ? x.email.toLowerCase() === wanted : x.status !== 'pending'),
      ) ?? null)
    : null;
  if (!list.data || list.data.absent) return null;
  const sends = (list.data.data.recentSends ?? []).slice(0, 5);
  const addError =
    add.error instanceof ApiError && add.error.message.includes('no email address is on file')
      ? rollbackText(t('reports.subscribing'), new ApiError(add.error.status, t('reports.noEmail')))
      : rollbackText(t('reports.subscribing'), add.error);
  const error = duplicateOf
    ? t('reports.duplicate', { format: formatName(duplicateOf.format), email: duplicateOf.email })
    : (addError ?? rollbackText(t('reports.stopping'), stop.error) ?? errorText(test.error));

  return (
    <section className="account-part" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('reports.title')}</h3>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const same = subs.some(
            (x) =>
              x.frequency === frequency &&
              x.format === format &&
              (email.trim()
                ? x.email.toLowerCase() === email.trim().toLowerCase()
                : x.status !== 'pending'),
          );
          setAttempted(same);
          if (same) return;
          add.mutate({
            frequency,
            format,
            ...(email.trim() ? { email: email.trim() } : {}),
            // Reports in the dashboard's language; English is the server's default.
            ...(pageLanguage() !== 'en' ? { locale: pageLocale() } : {}),
          });
        }}
      >
        <label className="field">
          {t('reports.every')}
          <select
            value={frequency}
            onChange={(e) => setFrequency(e.target.value as 'weekly' | 'monthly')}
          >
            <option value="weekly">{t('reports.week')}</option>
            <option value="monthly">{t('reports.month')}</option>
          </select>
        </label>
        <label className="field">
          {t('reports.attachment')}
          <select value={format} onChange={(e) => setFormat(e.target.value as typeof format)}>
            <option value="pdf">PDF</option>
            <option value="csv">CSV</option>
            <option value="none">{t('reports.none')}</option>
          </select>
        </label>
        <label className="field">
          {t('reports.email')}
          <input
            type="email"
            value={email}
            placeholder={t('reports.emailPlaceholder')}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <button type="submit" className="btn btn-primary" disabled={add.isPending}>
          {t('reports.subscribe')}
        </button>
      </form>
      {subs.length ? (
        <ul className="settings-list" aria-label={t('reports.list')}>
          {subs.map((s) => (
            <li key={s.id}>
              <span>
                <strong>
                  {s.frequency === 'weekly' ? t('reports.weekly') : t('reports.monthly')}
                </strong>{' '}
                {t('reports.to', { email: s.email })} {formatName(s.format)}{' '}
                <span className={s.status === 'active' ? 'muted' : 'over-text'}>
                  · {t(`reports.status.${s.status}`, { defaultValue: s.status })}
                  {s.stoppedReason ? `: ${s.stoppedReason}` : ''}
                </span>
              </span>
              <ConfirmAction
                asking={confirmStop === s.id}
                busy={stop.isPending}
                label={t('reports.stop')}
                ariaLabel={t(`reports.stopAria.${s.frequency}`, { email: s.email })}
                confirmLabel={t('reports.confirmStop')}
                onAsk={() => setConfirmStop(s.id)}
                onKeep={() => setConfirmStop(null)}
                onConfirm={() => {
                  setConfirmStop(null);
                  stop.mutate(s.id);
                }}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('reports.empty')}</p>
      )}
      <div className="inline-form">
        <button
          type="button"
          className="btn"
          disabled={test.isPending || !subs.some((s) => s.status === 'active')}
          onClick={() => {
            setSent(null);
            test.mutate(null, {
              onSuccess: (r) =>
                setSent(
                  r.outcome === 'sent'
                    ? r.to
                      ? t('reports.sentTo', { to: r.to })
                      : t('reports.sent')
                    : t('reports.notSent', {
                        outcome: t(`reports.outcome.${r.outcome}`, { defaultValue: r.outcome }),
                      }),
                ),
            });
          }}
        >
          {t('reports.sendNow')}
        </button>
        <span role="status" className="muted">
          {test.isPending ? t('reports.sending') : (sent ?? '')}
        </span>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {sends.length ? (
        <details className="recent">
          <summary>{t('reports.recent', { count: sends.length })}</summary>
          <ul>
            {sends.map((s, i) => (
              <li key={i}>
                {dateTime(s.at)}: {t(`reports.outcome.${s.status}`, { defaultValue: s.status })}
                {s.error ? ` (${s.error})` : ''}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
