// What failed to load among the dashboard's three base answers, each with its own retry; a 401
// is not shown here (the session expires instead) and the others wait for the history's error.
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api.js';
import { ErrorNotice } from './ErrorNotice.js';

interface Loading {
  error: Error | null;
  refetch: () => unknown;
}

export function LoadErrors({
  history,
  current,
  monthly,
}: {
  history: Loading;
  current: Loading;
  monthly: Loading;
}) {
  const { t } = useTranslation();
  const expired = history.error instanceof ApiError && history.error.status === 401;
  return (
    <>
      {history.error && !expired ? (
        <ErrorNotice
          what={t('errors.history')}
          error={history.error}
          onRetry={() => void history.refetch()}
        />
      ) : null}
      {current.error && !history.error ? (
        <ErrorNotice
          what={t('errors.current')}
          error={current.error}
          onRetry={() => void current.refetch()}
        />
      ) : null}
      {monthly.error && !history.error ? (
        <ErrorNotice
          what={t('errors.monthly')}
          error={monthly.error}
          onRetry={() => void monthly.refetch()}
        />
      ) : null}
    </>
  );
}
