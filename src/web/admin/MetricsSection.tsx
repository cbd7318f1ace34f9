// The story's success metrics for a month: value, target, met or not, the numbers behind it, and a 6-month trend.
import { useState } from 'react';
import { adminApi } from './admin-api.js';
import { targetText, withUnit } from './format.js';
import { PerformanceTable } from './PerformanceTable.js';
import { Sparkline } from './Sparkline.js';
import { useLoad } from './use-load.js';

export function MetricsSection({ token }: { token: string }) {
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
          <h2 id="metrics-title">Success metrics {data ? `for ${data.month}` : ''}</h2>
          <label>
            Month{' '}
            <input
              type="month"
              value={month || data?.month || ''}
              onChange={(e) => setMonth(e.target.value)}
            />
          </label>
        </div>
        {error && <p role="alert">{error}</p>}
        {loading && !data && <p>Loading…</p>}
        {data && (
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col">Value</th>
                <th scope="col">Target</th>
                <th scope="col">Status</th>
                <th scope="col">Trend (6 months)</th>
                <th scope="col">Based on</th>
              </tr>
            </thead>
            <tbody>
              {data.metrics.map((m) => {
                const trend = data.trend.map(
                  (t) => t.metrics.find((x) => x.id === m.id)?.value ?? null,
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
                        {m.met === null ? 'no data' : m.met ? 'met' : 'missed'}
                      </span>
                    </td>
                    <td>
                      <Sparkline
                        values={trend}
                        label={`${m.label} by month: ${trend.map((v) => withUnit(v, m.unit)).join(', ')}`}
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
