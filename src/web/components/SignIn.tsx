// Shown without a token outside demo mode: how to get in (there is no password here by design).
// After a bad or expired link: what happened and the way back, and no other account's data.
import { Trans, useTranslation } from 'react-i18next';
import type { SignedOutReason } from '../hooks/useSession.js';

const MARKUP = { strong: <strong />, code: <code /> };

export function SignIn({
  reason,
  onOpenDemo = null,
  opening = false,
}: {
  reason: SignedOutReason;
  /** Demo mode: open the demo instead (a deliberate choice, never automatic after a bad link). */
  onOpenDemo?: (() => void) | null;
  opening?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <main className="signin" id="main">
      <div className="panel signin-card">
        <h1>{t('app.name')}</h1>
        {reason === 'invalid' ? (
          <p role="alert">
            <strong>{t('signIn.invalidTitle')}</strong> {t('signIn.invalidBody')}
          </p>
        ) : reason === 'expired' ? (
          <p role="alert">
            <strong>{t('signIn.expiredTitle')}</strong> {t('signIn.expiredBody')}
          </p>
        ) : (
          <p>
            <Trans i18nKey="signIn.intro" components={MARKUP} />
          </p>
        )}
        {onOpenDemo ? (
          <p>
            <button type="button" className="btn" onClick={onOpenDemo} disabled={opening}>
              {t('signIn.openDemo')}
            </button>
          </p>
        ) : null}
        <p className="muted">
          <Trans i18nKey="signIn.operators" components={MARKUP} />
        </p>
      </div>
    </main>
  );
}
