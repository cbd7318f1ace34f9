// Shown without a token outside demo mode: how to get in (there is no password here by design).
// After a bad or expired link: what happened and the way back, and no other account's data.
import type { SignedOutReason } from '../hooks/useSession.js';

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
  return (
    <main className="signin" id="main">
      <div className="panel signin-card">
        <h1>Usage Insights</h1>
        {reason === 'invalid' ? (
          <p role="alert">
            <strong>This sign-in link is not valid.</strong> It may have been copied incompletely.
            Open the usage page again from your account on the platform to get a new link.
          </p>
        ) : reason === 'expired' ? (
          <p role="alert">
            <strong>Your sign-in link has expired or was refused.</strong> Open the usage page again
            from your account on the platform to continue.
          </p>
        ) : (
          <p>
            This dashboard shows your usage history, trends and plan limits. It has no password of
            its own: open it from <strong>Usage</strong> in your account on the platform, which
            signs you in for this browser session.
          </p>
        )}
        {onOpenDemo ? (
          <p>
            <button type="button" className="btn" onClick={onOpenDemo} disabled={opening}>
              Open the demo instead
            </button>
          </p>
        ) : null}
        <p className="muted">
          Operators: mint a link with <code>npx usage-insights token --user ID</code> and open{' '}
          <code>/?token=…</code>, or run <code>npm start</code> for the demo.
        </p>
      </div>
    </main>
  );
}
