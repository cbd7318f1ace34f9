// A failed request, said plainly, with a way to try again.
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
  const message =
    error instanceof ApiError
      ? error.status === 0
        ? error.message
        : error.status >= 500
          ? 'The server had a problem answering. It is usually temporary.'
          : error.message
      : 'Something went wrong.';
  return (
    <div className="error" role="alert">
      <p>
        <strong>Could not load {what}.</strong> {message}
      </p>
      <button type="button" className="btn" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
