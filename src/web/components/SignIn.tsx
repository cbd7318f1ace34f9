// Shown without a token outside demo mode: how to get in (there is no password here by design).
export function SignIn({ reason }: { reason: 'none' | 'expired' }) {
  return (
    <main className="signin" id="main">
      <div className="panel signin-card">
        <h1>Usage Insights</h1>
        {reason === 'expired' ? (
          <p role="alert">
            <strong>Your sign-in has expired.</strong> Open the usage page again from your account
            on the platform to continue.
          </p>
        ) : (
          <p>
            This dashboard shows your usage history, trends and plan limits. It has no password of
            its own: open it from <strong>Usage</strong> in your account on the platform, which
            signs you in for this browser session.
          </p>
        )}
        <p className="muted">
          Operators: mint a link with <code>npx usage-insights token --user ID</code> and open{' '}
          <code>/?token=…</code>, or run <code>npm start</code> for the demo.
        </p>
      </div>
    </main>
  );
}
