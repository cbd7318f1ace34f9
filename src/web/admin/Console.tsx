// The operator console: success metrics, health, lists, user lookup.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pageFormatTag } from '../lib/locale.js';
import { adminApi } from './admin-api.js';
import { HealthSection } from './HealthSection.js';
import { ListsSection } from './ListsSection.js';
import { MetricsSection } from './MetricsSection.js';
import { UserLookup } from './UserLookup.js';

export function Console({ token, onSignOut }: { token: string; onSignOut: () => void }) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const view = async (userId: string) => {
    // The tab opens first (a popup blocker allows it only within the click), then gets its address.
    const tab = window.open('about:blank', '_blank');
    try {
      const v = await adminApi.view(token, userId);
      if (tab) tab.location.href = `/?token=${encodeURIComponent(v.token)}`;
      setNotice(
        t('admin.opened', {
          user: userId,
          until: new Date(v.expiresAt).toLocaleTimeString(pageFormatTag()),
        }),
      );
    } catch (e) {
      tab?.close();
      setNotice((e as Error).message);
    }
  };
  return (
    <>
      <header className="admin-bar">
        <h1>{t('admin.title')}</h1>
        <button type="button" onClick={onSignOut}>
          {t('admin.signOut')}
        </button>
      </header>
      <main id="main" className="admin">
        <p role="status" className="admin-notice">
          {notice}
        </p>
        <MetricsSection token={token} />
        <HealthSection token={token} />
        <UserLookup token={token} onView={(id) => void view(id)} />
        <ListsSection token={token} onView={(id) => void view(id)} />
      </main>
    </>
  );
}
