// Upgrade candidates, downgrade candidates and users whose usage fell: each a table with the
// numbers behind its rows and a CSV download; a user id opens that user's dashboard read-only.
import { useTranslation } from 'react-i18next';
import { download } from '../charts/download.js';
import { pageFormatTag } from '../lib/locale.js';
import type { OperatorListsResponse } from '../../contracts/admin.js';
import type { en } from '../../domain/i18n/en.js';
import { adminApi } from './admin-api.js';
import { useLoad } from './use-load.js';

type ListName = 'upgrade' | 'downgrade' | 'declining';
// Each list's title, note and column headings are admin.lists.<name>.* and admin.cols.<column>.
const LISTS: { name: ListName; columns: (keyof typeof en.admin.cols)[] }[] = [
  {
    name: 'upgrade',
    columns: [
      'userId',
      'plan',
      'metric',
      'monthToDate',
      'projected',
      'limit',
      'projectedPct',
      'expectedOverageUsd',
      'blockedUnits',
      'suggestedPlan',
    ],
  },
  {
    name: 'downgrade',
    columns: [
      'userId',
      'plan',
      'priceUsd',
      'peakUtilizationPct',
      'cheaperPlan',
      'savingUsd',
      'fullMonths',
    ],
  },
  {
    name: 'declining',
    columns: ['userId', 'plan', 'metric', 'previous30', 'last30', 'changePct'],
  },
];

export function ListsSection({ token, onView }: { token: string; onView: (id: string) => void }) {
  const { t } = useTranslation();
  const { data, error } = useLoad(() => adminApi.lists(token), [token]);
  const save = async (list: ListName) =>
    download(await adminApi.csv(token, list), `usage-insights-${list}.csv`);
  return (
    <>
      {LISTS.map((l) => {
        const rows = (data?.[l.name] ?? []) as OperatorListsResponse[ListName];
        const title = t(`admin.lists.${l.name}.title`);
        return (
          <section
            key={l.name}
            className="panel admin-section"
            aria-labelledby={`list-${l.name}`}
            data-testid={`list-${l.name}`}
          >
            <div className="admin-head">
              <h2 id={`list-${l.name}`}>
                {title} ({data ? rows.length : '…'})
              </h2>
              <button type="button" onClick={() => void save(l.name)}>
                {t('admin.downloadCsv')}
              </button>
            </div>
            <p className="muted">{t(`admin.lists.${l.name}.note`)}</p>
            {error && <p role="alert">{error}</p>}
            {data && rows.length === 0 && <p>{t('admin.nobody')}</p>}
            {rows.length > 0 && (
              <div className="admin-scroll" tabIndex={0} role="region" aria-label={title}>
                <table className="admin-table">
                  <thead>
                    <tr>
                      {l.columns.map((k) => (
                        <th key={k} scope="col">
                          {t(`admin.cols.${k}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.slice(0, 25).map((r) => (
                      <tr key={r.userId}>
                        {l.columns.map((k) => {
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
                                  ? v.toLocaleString(pageFormatTag())
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
