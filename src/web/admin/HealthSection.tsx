// Ingestion and rollup health: events per minute, rollup lag, jobs waiting, jobs that failed.
import { useTranslation } from 'react-i18next';
import { pageFormatTag } from '../lib/locale.js';
import { adminApi } from './admin-api.js';
import { Sparkline } from './Sparkline.js';
import { useLoad } from './use-load.js';

export function HealthSection({ token }: { token: string }) {
  const { t } = useTranslation();
  const { data, error } = useLoad(() => adminApi.health(token), [token]);
  const waiting = (data?.jobs ?? []).reduce((s, j) => s + j.n, 0);
  return (
    <section className="panel admin-section" aria-labelledby="health-title" data-testid="health">
      <h2 id="health-title">{t('admin.health')}</h2>
      {error && <p role="alert">{error}</p>}
      {data && (
        <>
          <dl className="admin-figures">
            <div>
              <dt>{t('admin.eventsPerMinute')}</dt>
              <dd>
                {data.eventsPerMinute.toLocaleString(pageFormatTag())}{' '}
                <Sparkline
                  values={data.minutes.map((m) => m.events)}
                  label={t('admin.eventsSpark')}
                />
              </dd>
            </div>
            <div>
              <dt>{t('admin.rollupLag')}</dt>
              <dd>{data.rollupLagSeconds} s</dd>
            </div>
            <div>
              <dt>{t('admin.jobsWaiting')}</dt>
              <dd>{waiting}</dd>
            </div>
            <div>
              <dt>{t('admin.jobsFailed')}</dt>
              <dd>{data.failedJobs.reduce((s, j) => s + j.failed, 0)}</dd>
            </div>
          </dl>
          {data.failedJobs.length > 0 && (
            <ul>
              {data.failedJobs.map((j) => (
                <li key={j.name}>
                  {t('admin.failedJob', {
                    name: j.name,
                    failed: j.failed,
                    at: j.lastAt,
                    error: j.lastError ?? t('admin.noMessage'),
                  })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
