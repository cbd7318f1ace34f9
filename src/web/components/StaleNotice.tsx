// Said above the numbers when they are not the answer to what is asked: offline, or the range
// change failed and the previous range's numbers are still on screen.
import { formatDateRange } from '../lib/format.js';

export function StaleNotice({
  offline,
  failed,
  shown,
  at,
}: {
  offline: boolean;
  failed: boolean;
  /** The range the numbers on screen are for. */
  shown: { from: string; to: string } | null;
  /** When they were loaded. */
  at: number;
}) {
  if (!offline && !failed) return null;
  const time = new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return (
    <p className="stale-notice" role="status" data-testid="stale-notice">
      <strong>{offline ? 'You are offline.' : 'The new range could not be loaded.'}</strong> The
      numbers below are {shown ? `for ${formatDateRange(shown.from, shown.to)}, ` : ''}as loaded at{' '}
      {time}, and may be out of date.
    </p>
  );
}
