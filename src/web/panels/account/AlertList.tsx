// Every alert raised for the user, newest first, and how each delivery went (attempt by attempt).
import { useId, useState } from 'react';
import type { AlertItem, DeliveryItem } from '../../../contracts/types.js';
import { dateTime } from './common.js';

export type { AlertItem, DeliveryItem };

const STATUS: Record<DeliveryItem['status'], string> = {
  pending: 'queued',
  sending: 'sending',
  retry: 'will retry',
  sent: 'delivered',
  failed: 'failed',
  unknown: 'interrupted, not resent',
};

const kindLabel = (kind: string) =>
  kind.startsWith('threshold-')
    ? `${kind.slice(10)}% of limit`
    : kind === 'forecast-7d'
      ? 'limit expected within 7 days'
      : kind === 'anomaly-spike'
        ? 'unusual day'
        : kind;

function via(a: AlertItem): string {
  const ways = [a.emailed ? 'emailed' : '', a.webhook ? 'sent to webhook' : ''].filter(Boolean);
  return ways.length ? ways.join(', ') : 'shown here';
}

export function AlertList({ alerts }: { alerts: AlertItem[] }) {
  if (!alerts.length) return <p className="muted">No alerts raised yet.</p>;
  return (
    <ul className="settings-list alert-list" aria-label="Alerts raised">
      {alerts.map((a) => (
        <li key={`${a.metric}:${a.kind}:${a.period}`}>
          <span>
            {a.message}{' '}
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
        {open ? 'Hide' : 'Show'} delivery log ({deliveries.length})
      </button>
      {open ? (
        <table id={`${id}-log`} className="data-table">
          <caption className="sr-only">Alert deliveries, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Raised</th>
              <th scope="col">To</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={d.id}>
                <td>{dateTime(d.createdAt)}</td>
                <td>
                  {d.channel === 'email' ? 'Email' : 'Webhook'}{' '}
                  <span className="muted">{d.target}</span>
                </td>
                <td>{STATUS[d.status]}</td>
                <td>
                  {d.attempts.length
                    ? d.attempts
                        .map(
                          (a) =>
                            `${dateTime(a.at)}: ${a.ok ? 'ok' : (a.error ?? 'failed')}${a.httpStatus ? ` (${a.httpStatus})` : ''}`,
                        )
                        .join('; ')
                    : 'none yet'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
