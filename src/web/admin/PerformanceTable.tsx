// Real-user performance by day: the first chart's time and the API's latency as the browsers saw
// them (p50 / p75 / p95), beside the story's targets (chart under 1 s, API under 300 ms).
import { useTranslation } from 'react-i18next';
import type { SuccessMetricsResponse } from '../../contracts/admin.js';
import { pageFormatTag } from '../lib/locale.js';
import { withUnit } from './format.js';

type Day = SuccessMetricsResponse['performance'][number];

const cells = (p: Day['firstChartMs']) =>
  [p.p50, p.p75, p.p95].map((v, i) => (
    <td key={i} className="num">
      {v === null ? '–' : withUnit(v, 'ms')}
    </td>
  ));

export function PerformanceTable({ month, days }: { month: string; days: Day[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel admin-section" aria-labelledby="perf-title" data-testid="performance">
      <h2 id="perf-title">{t('admin.perfTitle', { month })}</h2>
      <p className="muted">{t('admin.perfNote')}</p>
      {days.length === 0 ? (
        <p>{t('admin.noTimings')}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('groupBy.day')}
              </th>
              <th scope="colgroup" colSpan={4}>
                {t('admin.firstChart')}
              </th>
              <th scope="colgroup" colSpan={4}>
                {t('admin.apiResponse')}
              </th>
            </tr>
            <tr>
              {[
                t('admin.pageLoads'),
                'p50',
                'p75',
                'p95',
                t('admin.requests'),
                'p50',
                'p75',
                'p95',
              ].map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...days].reverse().map((d) => (
              <tr key={d.day} data-day={d.day}>
                <th scope="row">{d.day}</th>
                <td className="num">{d.firstChartMs.n.toLocaleString(pageFormatTag())}</td>
                {cells(d.firstChartMs)}
                <td className="num">{d.apiMs.n.toLocaleString(pageFormatTag())}</td>
                {cells(d.apiMs)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
