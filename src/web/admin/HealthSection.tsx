// Ingestion and rollup health: events per minute, rollup lag, jobs waiting, jobs that failed.
import { adminApi } from './admin-api.js';
import { Sparkline } from './Sparkline.js';
import { useLoad } from './use-load.js';

export function HealthSection({ token }: { token: string }) {
  const { data, error } = useLoad(() => adminApi.health(token), [token]);
  const waiting = (data?.jobs ?? []).reduce((s, j) => s + j.n, 0);
  return (
    <section className="panel admin-section" aria-labelledby="health-title" data-testid="health">
      <h2 id="health-title">Ingestion and rollups</h2>
      {error && <p role="alert">{error}</p>}
      {data && (
        <>
          <dl className="admin-figures">
            <div>
              <dt>Events per minute</dt>
              <dd>
                {data.eventsPerMinute.toLocaleString('en-US')}{' '}
                <Sparkline
                  values={data.minutes.map((m) => m.events)}
                  label="Events per minute over the last hour"
                />
              </dd>
            </div>
            <div>
              <dt>Rollup lag</dt>
              <dd>{data.rollupLagSeconds} s</dd>
            </div>
            <div>
              <dt>Jobs waiting or running</dt>
              <dd>{waiting}</dd>
            </div>
            <div>
              <dt>Jobs failed (24 h)</dt>
              <dd>{data.failedJobs.reduce((s, j) => s + j.failed, 0)}</dd>
            </div>
          </dl>
          {data.failedJobs.length > 0 && (
            <ul>
              {data.failedJobs.map((j) => (
                <li key={j.name}>
                  {j.name}: {j.failed} failed, last at {j.lastAt}: {j.lastError ?? 'no message'}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
