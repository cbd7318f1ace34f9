// Finds a user and opens their dashboard read-only in a new tab (a 15-minute view token).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { adminApi } from './admin-api.js';
import { useLoad } from './use-load.js';

export function UserLookup({ token, onView }: { token: string; onView: (id: string) => void }) {
  const { t } = useTranslation();
  const { data } = useLoad(() => adminApi.users(token), [token]);
  const [id, setId] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (id.trim()) onView(id.trim());
  };
  return (
    <section className="panel admin-section" aria-labelledby="lookup-title">
      <h2 id="lookup-title">{t('admin.lookup')}</h2>
      <form className="admin-lookup" onSubmit={submit}>
        <label htmlFor="lookup-id">{t('admin.userId')}</label>
        <input
          id="lookup-id"
          list="lookup-users"
          value={id}
          onChange={(e) => setId(e.target.value)}
        />
        <datalist id="lookup-users">
          {data?.users.map((u) => (
            <option key={u.id} value={u.id}>
              {t('admin.userOption', { plan: u.planName, count: u.events, events: u.events })}
            </option>
          ))}
        </datalist>
        <button type="submit">{t('admin.openReadOnly')}</button>
      </form>
    </section>
  );
}
