// Signed in: the dashboard. Demo mode without a token: signing in as a demo user. A refused or
// expired link: said so, with a way back (never another account). Otherwise: how to sign in.
import { useTranslation } from 'react-i18next';
import { useSession } from '../hooks/useSession.js';
import { useTheme } from '../hooks/useTheme.js';
import type { LinkProblem } from '../lib/auth.js';
import { Dashboard } from './Dashboard.js';
import { SignIn } from './SignIn.js';
import { Skeleton } from './Skeleton.js';

export function App({ linkProblem = null }: { linkProblem?: LinkProblem | null }) {
  const session = useSession(linkProblem);
  const [theme, toggleTheme] = useTheme();
  const { t } = useTranslation();
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
          <h1>{t('app.name')}</h1>
          <p>{session.demo ? t('app.signingInDemo') : t('app.loading')}</p>
          <Skeleton height={120} label={t('app.signingIn')} />
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
