// The table view of a chart: the same numbers, readable by anyone and any screen reader.
import { useTranslation } from 'react-i18next';
import type { Table } from '../lib/chart-data.js';

export function DataTable({
  table,
  caption,
  action,
}: {
  table: Table;
  caption: string;
  /** An optional button per row (drill down), by row index. */
  action?: ((row: number) => { label: string; onClick: () => void } | null) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div
      className="table-wrap"
      tabIndex={0}
      role="region"
      aria-label={t('chart.tableOf', { caption })}
    >
      <table className="data-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
            {action ? (
              <th scope="col">
                <span className="sr-only">{t('chart.details')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => {
            const a = action?.(i);
            return (
              <tr key={i}>
                <th scope="row">{r[0]}</th>
                {r.slice(1).map((v, j) => (
                  <td key={j}>{v}</td>
                ))}
                {action ? (
                  <td>
                    {a ? (
                      <button type="button" className="btn btn-small" onClick={a.onClick}>
                        {a.label}
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
