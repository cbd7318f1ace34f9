// Reports, API keys and alerts: the account's settings that go with the usage page. Each part is
// shown only when its API exists on this server.
import { useTranslation } from 'react-i18next';
import { AlertsSection } from './account/AlertsSection.js';
import { BudgetSection } from './account/BudgetSection.js';
import { KeysSection } from './account/KeysSection.js';
import { ReportsSection } from './account/ReportsSection.js';
import type { AnalyticsPanelProps } from './analytics.js';

export function AccountPanel({ token, user }: AnalyticsPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="panel wide account" aria-labelledby="account-title" data-chart="account">
      <header className="panel-head">
        <h2 id="account-title">{t('account.title')}</h2>
      </header>
      <div className="account-grid">
        <ReportsSection token={token} user={user} />
        <KeysSection token={token} user={user} />
        <AlertsSection token={token} user={user} />
        <BudgetSection token={token} user={user} />
      </div>
    </section>
  );
}
