// A secret the server shows once (an API key, a webhook signing secret), with a copy button.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function SecretOnce({
  title,
  label,
  value,
  onDone,
}: {
  title: React.ReactNode;
  label: string;
  value: string;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <div className="new-key" role="status">
      <p>
        {title}
        {t('account.copyNow')}
      </p>
      <div className="inline-form">
        <input
          type="text"
          readOnly
          value={value}
          aria-label={label}
          className="key-value"
          onFocus={(e) => e.target.select()}
        />
        <button
          type="button"
          className="btn"
          onClick={() =>
            void navigator.clipboard
              ?.writeText(value)
              .then(() => setCopied(true))
              .catch(() => setCopied(false))
          }
        >
          {copied ? t('account.copied') : t('account.copy')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('account.done')}
        </button>
      </div>
    </div>
  );
}
