// Said above the numbers when they are not the answer to what is asked: offline, or the range
// change failed and the previous range's numbers are still on screen.
import { useTranslation } from 'react-i18next';
import { pageFormatTag } from '../lib/locale.js';
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
  const { t } = useTranslation();
  if (!offline && !failed) return null;
  const time = new Date(at).toLocaleTimeString(pageFormatTag(), {
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <p className="stale-notice" role="status" data-testid="stale-notice">
      <strong>{offline ? t('stale.offline') : t('stale.failed')}</strong>{' '}
      {shown
        ? t('stale.numbersFor', { range: formatDateRange(shown.from, shown.to), time })
        : t('stale.numbers', { time })}
    </p>
  );
}
