// The client filter: every chart of the range and the export show one client's usage, or all.
import { useTranslation } from 'react-i18next';
import { useId } from 'react';
import { clientLabel } from '../charts/options-clients.js';
import { useTopClients } from '../hooks/clients.js';
import type { ViewState } from '../lib/url-state.js';

/** Clients offered: the 50 with the most events of the range's API calls, sessions... (the top list by API calls). */
const CHOICES = 50;

export function ClientFilter({
  token,
  user,
  view,
  onChange,
}: {
  token: string;
  user: string;
  view: ViewState;
  onChange: (client: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const q = useTopClients(token, user, view, 'sessions', CHOICES);
  const names = (q.data?.clients ?? []).flatMap((c) => (c.client === null ? [] : [c.client]));
  // A client from a link that is not among the top ones stays selectable.
  if (view.client && !names.includes(view.client)) names.unshift(view.client);
  // Shown (disabled) while the clients load, and its place kept (hidden) when there are none:
  // appearing or leaving later would move the downloads beside it (a layout shift).
  const loading = q.isPending;
  const none = !names.length && !loading;
  return (
    <label
      className={`select-label client-filter${none ? ' client-filter-none' : ''}`}
      htmlFor={id}
      aria-hidden={none || undefined}
    >
      {t('clients.client')}
      <select
        id={id}
        disabled={!names.length}
        value={view.client ?? ''}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        <option value="">{t('clients.all')}</option>
        {names.map((n) => (
          <option key={n} value={n}>
            {clientLabel(n)}
          </option>
        ))}
      </select>
    </label>
  );
}
