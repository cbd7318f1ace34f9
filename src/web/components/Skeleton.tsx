// Grey placeholders in the shape of what is loading.
import { useTranslation } from 'react-i18next';

export function Skeleton({ height, label }: { height: number; label?: string }) {
  const { t } = useTranslation();
  return (
    <div
      className="skeleton"
      style={{ height }}
      role="status"
      aria-label={label ?? t('skeleton.loading')}
    >
      <span className="skeleton-shine" />
    </div>
  );
}
