// Personal API keys: create one (the key is shown once, with a copy button), list and revoke.
import { ConfirmAction } from '../../components/ConfirmAction.js';
import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ApiKey as Key } from '../../../contracts/types.js';
import { api, dateTime, useSettings } from './common.js';
import { rollbackText, useOptimisticChange } from './optimistic.js';
import { SecretOnce } from './SecretOnce.js';

const PATH = '/api/keys';

export function KeysSection({ token, user }: { token: string; user: string }) {
  const { t } = useTranslation();
  const id = useId();
  const list = useSettings<{ keys: Key[] }>(token, user, PATH);
  const [name, setName] = useState('');
  const [created, setCreated] = useState<(Key & { key: string }) | null>(null);
  // Revoking breaks every script that uses the key, at once and for good: ask first.
  const [confirmRevoke, setConfirmRevoke] = useState<string | null>(null);
  // Both show at once: a new key is listed (its secret comes with the answer), a revoked one goes.
  const create = useOptimisticChange<{ keys: Key[] }, string, Key & { key: string }>(
    token,
    user,
    PATH,
    (t, n) => api.send<Key & { key: string }>(t, 'POST', PATH, { name: n }),
    (d, n) => ({
      ...d,
      keys: [
        ...(d.keys ?? []),
        {
          id: `pending-${n}`,
          name: n,
          scope: 'read',
          createdAt: new Date().toISOString(),
          lastUsedAt: null,
        } as Key,
      ],
    }),
    (d, n, k) => ({
      ...d,
      keys: (d.keys ?? []).map((x) => {
        if (x.id !== `pending-${n}`) return x;
        const { key: _secret, ...listed } = k;
        return listed as Key;
      }),
    }),
  );
  const revoke = useOptimisticChange<{ keys: Key[] }, string, unknown>(
    token,
    user,
    PATH,
    (t, keyId) => api.send(t, 'DELETE', `${PATH}/${encodeURIComponent(keyId)}`),
    (d, keyId) => ({ ...d, keys: (d.keys ?? []).filter((k) => k.id !== keyId) }),
  );
  if (!list.data || list.data.absent) return null;
  const keys = list.data.data.keys ?? [];

  return (
    <section className="account-part" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t('keys.title')}</h3>
      <p className="muted">{t('keys.intro')}</p>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          create.mutate(name.trim(), {
            onSuccess: (k) => {
              setCreated(k);
              setName('');
            },
          });
        }}
      >
        <label className="field">
          {t('keys.name')}
          <input
            type="text"
            value={name}
            maxLength={80}
            required
            onChange={(e) => setName(e.target.value)}
            placeholder={t('keys.namePlaceholder')}
          />
        </label>
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {t('keys.create')}
        </button>
      </form>
      {create.error ? (
        <p className="form-error" role="alert">
          {rollbackText(t('keys.creating'), create.error)}
        </p>
      ) : null}
      {created ? (
        <SecretOnce
          title={
            <Trans
              i18nKey="keys.created"
              values={{ name: created.name }}
              components={{ strong: <strong /> }}
            />
          }
          label={t('keys.newKey', { name: created.name })}
          value={created.key}
          onDone={() => setCreated(null)}
        />
      ) : null}
      {keys.length ? (
        <ul className="settings-list" aria-label={t('keys.list')}>
          {keys.map((k) => (
            <li key={k.id}>
              <span>
                <strong>{k.name}</strong>{' '}
                <span className="muted">
                  {t('keys.meta', {
                    scope: t(`keys.scope.${k.scope}`, { defaultValue: k.scope }),
                    created: dateTime(k.createdAt),
                    used: dateTime(k.lastUsedAt),
                  })}
                </span>
              </span>
              <ConfirmAction
                asking={confirmRevoke === k.id}
                busy={revoke.isPending}
                label={t('keys.revoke')}
                ariaLabel={t('keys.revokeAria', { name: k.name })}
                confirmLabel={t('keys.confirmRevoke')}
                confirmAriaLabel={t('keys.confirmRevokeAria', { name: k.name })}
                onAsk={() => setConfirmRevoke(k.id)}
                onKeep={() => setConfirmRevoke(null)}
                onConfirm={() => {
                  setConfirmRevoke(null);
                  revoke.mutate(k.id, {
                    // The box of a key just revoked would offer a dead key for copying.
                    onSuccess: () => setCreated((c) => (c?.id === k.id ? null : c)),
                  });
                }}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('keys.empty')}</p>
      )}
      {revoke.error ? (
        <p className="form-error" role="alert">
          {rollbackText(t('keys.revoking'), revoke.error)}
        </p>
      ) : null}
    </section>
  );
}
