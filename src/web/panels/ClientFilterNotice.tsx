// Says that the dashboard shows one client, what that leaves out, and how to see all again.
import { Trans, useTranslation } from 'react-i18next';
import { clientLabel } from '../charts/options-clients.js';

export function ClientFilterNotice({ client, onClear }: { client: string; onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <p className="notice client-notice" role="status">
      <Trans
        i18nKey="clients.notice"
        values={{ client: clientLabel(client) }}
        components={{ strong: <strong /> }}
      />{' '}
      <button type="button" className="btn btn-small" onClick={onClear}>
        {t('clients.showAll')}
      </button>
    </p>
  );
}
