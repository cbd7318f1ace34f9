// A failed request, said plainly, with a way to try again.
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api.js';

export function ErrorNotice({
  error,
  onRetry,
  what,
}: {
  error: unknown;
  onRetry: () => void;
  what: string;
}) {
  const { t } = useTranslation();
  const message =
    error instanceof ApiError
      ? error.status === 0
        ? error.message
        : error.status >= 500
          ? t('errors.server')
          : error.message
      : t('errors.unknown');
  return (
    <div className="error" role="alert">
      <p>
        <strong>{t('errors.couldNotLoad', { what })}</strong> {message}
      </p>
      <button type="button" className="btn" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </div>
  );
}
