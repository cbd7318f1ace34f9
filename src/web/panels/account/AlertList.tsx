// Every alert raised for the user, newest first, and how each delivery went (attempt by attempt).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertItem, DeliveryItem } from '../../../contracts/types.js';
import { alertText } from '../../../domain/alert-text.js';
import { pageLanguage, pageT, pageWords } from '../../lib/locale.js';
import { dateTime } from './common.js';

export type { AlertItem, DeliveryItem };

const kindLabel = (kind: string) => {
  const t = pageT();
  return kind.startsWith('threshold-')
    ? t('alerts.kind.threshold', { pct: kind.slice(10) })
    : kind === 'forecast-7d'
      ? t('alerts.kind.forecast')
      : kind === 'anomaly-spike'
        ? t('alerts.kind.anomaly')
        : kind;
};

/**
 * An alert's message for this page: written when raised in the language the alert settings were
 * saved in (English by default), and written again here from its numbers in the page's (byte for
 * byte the same in its own language); an older alert without them keeps its words.
 */
const message = (a: AlertItem): string => alertText(a, pageWords()) ?? a.message;

// Why an attempt failed: the server's own (English, often the network's) words on an English
// page; elsewhere the page's word for a failure, with the HTTP status beside it.
const attemptError = (error: string | null | undefined) =>
  error && pageLanguage() === 'en' ? error : pageT()('alerts.status.failed');

function via(a: AlertItem): string {
  const t = pageT();
  const ways = [a.emailed ? t('alerts.emailed') : '', a.webhook ? t('alerts.toWebhook') : ''];
  return ways.filter(Boolean).join(', ') || t('alerts.shownHere');
}

export function AlertList({ alerts }: { alerts: AlertItem[] }) {
  const { t } = useTranslation();
  if (!alerts.length) return <p className="muted">{t('alerts.none')}</p>;
  return (
    <ul className="settings-list alert-list" aria-label={t('alerts.raised')}>
      {alerts.map((a) => (
        <li key={`${a.metric}:${a.kind}:${a.period}`}>
          <span>
            {message(a)}{' '}
            <span className="muted">
              · {kindLabel(a.kind)} · {dateTime(a.at)} · {via(a)}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

export function DeliveryLog({ deliveries }: { deliveries: DeliveryItem[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  if (!deliveries.length) return null;
  return (
    <div className="delivery-log">
      <button
        type="button"
        className="btn btn-small"
        aria-expanded={open}
        aria-controls={`${id}-log`}
        onClick={() => setOpen(!open)}
      >
        {t(open ? 'alerts.hideLog' : 'alerts.showLog', { count: deliveries.length })}
      </button>
      {open ? (
        <table id={`${id}-log`} className="data-table">
          <caption className="sr-only">{t('alerts.logCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('alerts.col.raised')}</th>
              <th scope="col">{t('alerts.col.to')}</th>
              <th scope="col">{t('alerts.col.status')}</th>
              <th scope="col">{t('alerts.col.attempts')}</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={d.id}>
                <td>{dateTime(d.createdAt)}</td>
                <td>
                  {d.channel === 'email' ? t('alerts.email') : t('alerts.webhookWord')}{' '}
                  <span className="muted">{d.target}</span>
                </td>
                <td>{t(`alerts.status.${d.status}`)}</td>
                <td>
                  {d.attempts.length
                    ? d.attempts
                        .map(
                          (a) =>
                            `${dateTime(a.at)}: ${a.ok ? t('alerts.ok') : attemptError(a.error)}${a.httpStatus ? ` (${a.httpStatus})` : ''}`,
                        )
                        .join('; ')
                    : t('alerts.noneYet')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
