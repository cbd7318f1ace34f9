// Signed in: the dashboard. Demo mode without a token: signing in as a demo user. Otherwise: how to sign in.
import { useSession } from '../hooks/useSession.js';
import { useTheme } from '../hooks/useTheme.js';
import { Dashboard } from './Dashboard.js';
import { SignIn } from './SignIn.js';
import { Skeleton } from './Skeleton.js';

export function App() {
  const session = useSession();
  const [theme, toggleTheme] = useTheme();
  if (session.token) {
    return (
      <Dashboard key={session.userId} session={session} theme={theme} onToggleTheme={toggleTheme} />
    );
  }
  if (session.demo === null || (session.demo && session.demo.length)) {
    return (
      <main id="main" className="signin">
        <div className="panel signin-card">
          <h1>Usage Insights</h1>
          <p>{session.demo ? 'Signing in to the demo…' : 'Loading…'}</p>
          <Skeleton height={120} label="Signing in" />
        </div>
      </main>
    );
  }
  return <SignIn reason={session.signedOutReason} />;
}
