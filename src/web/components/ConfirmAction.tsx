// A destructive action that asks first: the button turns into "Yes, …" and "Keep" in place.
import { useTranslation } from 'react-i18next';

interface Props {
  /** Whether the question is showing (the parent keeps which row asks, so one row asks at a time). */
  asking: boolean;
  busy: boolean;
  label: string;
  ariaLabel: string;
  confirmLabel: string;
  confirmAriaLabel?: string;
  onAsk: () => void;
  onKeep: () => void;
  onConfirm: () => void;
}

/** The action's button, or its confirmation row while asking. */
export function ConfirmAction(p: Props) {
  const { t } = useTranslation();
  if (!p.asking) {
    return (
      <button
        type="button"
        className="btn btn-small"
        disabled={p.busy}
        aria-label={p.ariaLabel}
        onClick={p.onAsk}
      >
        {p.label}
      </button>
    );
  }
  return (
    <span className="confirm-row">
      <button
        type="button"
        className="btn btn-small btn-danger"
        disabled={p.busy}
        aria-label={p.confirmAriaLabel}
        onClick={p.onConfirm}
      >
        {p.confirmLabel}
      </button>
      <button type="button" className="btn btn-small" onClick={p.onKeep}>
        {t('account.keep')}
      </button>
    </span>
  );
}
