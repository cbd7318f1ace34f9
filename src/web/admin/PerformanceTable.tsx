// Real-user performance by day: the first chart's time and the API's latency as the browsers saw
// them (p50 / p75 / p95), beside the story's targets (chart under 1 s, API under 300 ms).
import type { SuccessMetricsResponse } from '../../contracts/admin.js';
import { withUnit } from './format.js';

type Day = SuccessMetricsResponse['performance'][number];

const cells = (p: Day['firstChartMs']) =>
  [p.p50, p.p75, p.p95].map((v, i) => (
    <td key={i} className="num">
      {v === null ? '–' : withUnit(v, 'ms')}
    </td>
  ));

export function PerformanceTable({ month, days }: { month: string; days: Day[] }) {
  return (
    <section className="panel admin-section" aria-labelledby="perf-title" data-testid="performance">
      <h2 id="perf-title">Real-user performance by day, {month}</h2>
      <p className="muted">
        As the browsers saw it (UTC days). Targets: first chart p75 ≤ 1,000 ms, API p95 ≤ 300 ms.
      </p>
      {days.length === 0 ? (
        <p>No timings recorded this month.</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Day
              </th>
              <th scope="colgroup" colSpan={4}>
                First chart drawn
              </th>
              <th scope="colgroup" colSpan={4}>
                API response
              </th>
            </tr>
            <tr>
              {['page loads', 'p50', 'p75', 'p95', 'requests', 'p50', 'p75', 'p95'].map((h, i) => (
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
                <td className="num">{d.firstChartMs.n.toLocaleString('en-US')}</td>
                {cells(d.firstChartMs)}
                <td className="num">{d.apiMs.n.toLocaleString('en-US')}</td>
                {cells(d.apiMs)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
