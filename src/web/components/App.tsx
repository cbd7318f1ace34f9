// Signed in: the dashboard. Demo mode without a token: signing in as a demo user. A refused or
// expired link: said so, with a way back (never another account). Otherwise: how to sign in.
import { useSession } from '../hooks/useSession.js';
import { useTheme } from '../hooks/useTheme.js';
import type { LinkProblem } from '../lib/auth.js';
import { Dashboard } from './Dashboard.js';
import { SignIn } from './SignIn.js';
import { Skeleton } from './Skeleton.js';

export function App({ linkProblem = null }: { linkProblem?: LinkProblem | null }) {
  const session = useSession(linkProblem);
  const [theme, toggleTheme] = useTheme();
  if (session.token) {
    return (
      <Dashboard key={session.userId} session={session} theme={theme} onToggleTheme={toggleTheme} />
    );
  }
  const demo = session.demo && session.demo.length ? session.demo : null;
  if (session.signedOutReason === 'none' && (session.demo === null || demo)) {
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
  return (
    <SignIn
      reason={session.signedOutReason}
      onOpenDemo={demo ? () => session.switchUser(demo[0]!.id) : null}
      opening={session.switching}
    />
  );
}
