// Upgrade candidates, downgrade candidates and users whose usage fell: each a table with the
// numbers behind its rows and a CSV download; a user id opens that user's dashboard read-only.
import { download } from '../charts/download.js';
import type { OperatorListsResponse } from '../../contracts/admin.js';
import { adminApi } from './admin-api.js';
import { useLoad } from './use-load.js';

type ListName = 'upgrade' | 'downgrade' | 'declining';
const LISTS: { name: ListName; title: string; note: string; columns: [string, string][] }[] = [
  {
    name: 'upgrade',
    title: 'Heading past a limit this month',
    note: 'Month-to-date pace projected to the month end; ranked by expected overage, then share of the limit.',
    columns: [
      ['userId', 'User'],
      ['plan', 'Plan'],
      ['metric', 'Metric'],
      ['monthToDate', 'Month to date'],
      ['projected', 'Projected'],
      ['limit', 'Limit'],
      ['projectedPct', '% of limit'],
      ['expectedOverageUsd', 'Overage $'],
      ['blockedUnits', 'Blocked'],
      ['suggestedPlan', 'Suggested plan'],
    ],
  },
  {
    name: 'downgrade',
    title: 'Paying for much more than they use',
    note: 'The busiest of the last 3 full months fits a cheaper plan with 25% to spare.',
    columns: [
      ['userId', 'User'],
      ['plan', 'Plan'],
      ['priceUsd', 'Price $'],
      ['peakUtilizationPct', 'Peak % of a limit'],
      ['cheaperPlan', 'Fits'],
      ['savingUsd', 'Saving $/month'],
      ['fullMonths', 'Months seen'],
    ],
  },
  {
    name: 'declining',
    title: 'Usage fell sharply',
    note: 'A main metric 50% or more below the 30 days before.',
    columns: [
      ['userId', 'User'],
      ['plan', 'Plan'],
      ['metric', 'Metric'],
      ['previous30', '30 days before'],
      ['last30', 'Last 30 days'],
      ['changePct', 'Change %'],
    ],
  },
];

export function ListsSection({ token, onView }: { token: string; onView: (id: string) => void }) {
  const { data, error } = useLoad(() => adminApi.lists(token), [token]);
  const save = async (list: ListName) =>
    download(await adminApi.csv(token, list), `usage-insights-${list}.csv`);
  return (
    <>
      {LISTS.map((l) => {
        const rows = (data?.[l.name] ?? []) as OperatorListsResponse[ListName];
        return (
          <section
            key={l.name}
            className="panel admin-section"
            aria-labelledby={`list-${l.name}`}
            data-testid={`list-${l.name}`}
          >
            <div className="admin-head">
              <h2 id={`list-${l.name}`}>
                {l.title} ({data ? rows.length : '…'})
              </h2>
              <button type="button" onClick={() => void save(l.name)}>
                Download CSV
              </button>
            </div>
            <p className="muted">{l.note}</p>
            {error && <p role="alert">{error}</p>}
            {data && rows.length === 0 && <p>Nobody right now.</p>}
            {rows.length > 0 && (
              <div className="admin-scroll" tabIndex={0} role="region" aria-label={l.title}>
                <table className="admin-table">
                  <thead>
                    <tr>
                      {l.columns.map(([k, label]) => (
                        <th key={k} scope="col">
                          {label}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.slice(0, 25).map((r) => (
                      <tr key={r.userId}>
                        {l.columns.map(([k]) => {
                          const v = (r as unknown as Record<string, unknown>)[k];
                          return k === 'userId' ? (
                            <th key={k} scope="row">
                              <button
                                type="button"
                                className="link"
                                onClick={() => onView(String(v))}
                              >
                                {String(v)}
                              </button>
                            </th>
                          ) : (
                            <td key={k} className={typeof v === 'number' ? 'num' : undefined}>
                              {v === null
                                ? '—'
                                : typeof v === 'number'
                                  ? v.toLocaleString('en-US')
                                  : String(v)}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}
