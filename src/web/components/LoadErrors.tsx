// What failed to load among the dashboard's three base answers, each with its own retry; a 401
// is not shown here (the session expires instead) and the others wait for the history's error.
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
  const expired = history.error instanceof ApiError && history.error.status === 401;
  return (
    <>
      {history.error && !expired ? (
        <ErrorNotice
          what="your usage history"
          error={history.error}
          onRetry={() => void history.refetch()}
        />
      ) : null}
      {current.error && !history.error ? (
        <ErrorNotice
          what="this month’s usage"
          error={current.error}
          onRetry={() => void current.refetch()}
        />
      ) : null}
      {monthly.error && !history.error ? (
        <ErrorNotice
          what="the monthly history"
          error={monthly.error}
          onRetry={() => void monthly.refetch()}
        />
      ) : null}
    </>
  );
}
