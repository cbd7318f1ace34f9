// The story's success metrics for a month: value, target, met or not, the numbers behind it, and a 6-month trend.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adminApi } from './admin-api.js';
import { targetText, withUnit } from './format.js';
import { PerformanceTable } from './PerformanceTable.js';
import { Sparkline } from './Sparkline.js';
import { useLoad } from './use-load.js';

export function MetricsSection({ token }: { token: string }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState('');
  const { data, error, loading } = useLoad(
    () => adminApi.metrics(token, month || undefined),
    [token, month],
  );
  return (
    <>
      <section
        className="panel admin-section"
        aria-labelledby="metrics-title"
        data-testid="metrics"
      >
        <div className="admin-head">
          <h2 id="metrics-title">
            {data ? t('admin.metricsFor', { month: data.month }) : t('admin.metrics')}
          </h2>
          <label>
            {t('admin.month')}{' '}
            <input
              type="month"
              value={month || data?.month || ''}
              onChange={(e) => setMonth(e.target.value)}
            />
          </label>
        </div>
        {error && <p role="alert">{error}</p>}
        {loading && !data && <p>{t('app.loading')}</p>}
        {data && (
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.col.metric')}</th>
                <th scope="col">{t('admin.col.value')}</th>
                <th scope="col">{t('admin.col.target')}</th>
                <th scope="col">{t('admin.col.status')}</th>
                <th scope="col">{t('admin.col.trend')}</th>
                <th scope="col">{t('admin.col.basis')}</th>
              </tr>
            </thead>
            <tbody>
              {data.metrics.map((m) => {
                const trend = data.trend.map(
                  (x) => x.metrics.find((y) => y.id === m.id)?.value ?? null,
                );
                return (
                  <tr key={m.id} data-metric={m.id}>
                    <th scope="row">{m.label}</th>
                    <td className="num">{withUnit(m.value, m.unit)}</td>
                    <td className="num">{targetText(m.target, m.direction, m.unit)}</td>
                    <td>
                      <span
                        className={`status ${m.met === null ? 'none' : m.met ? 'met' : 'missed'}`}
                      >
                        {m.met === null
                          ? t('admin.noData')
                          : m.met
                            ? t('admin.met')
                            : t('admin.missed')}
                      </span>
                    </td>
                    <td>
                      <Sparkline
                        values={trend}
                        label={t('admin.byMonth', {
                          label: m.label,
                          list: trend.map((v) => withUnit(v, m.unit)).join(', '),
                        })}
                      />
                    </td>
                    <td className="basis">{m.basis}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      {data ? <PerformanceTable month={data.month} days={data.performance} /> : null}
    </>
  );
}
