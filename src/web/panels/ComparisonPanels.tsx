// Comparisons and patterns from GET /api/usage/comparisons over the dashboard's range: the range
// against the same weekdays a year earlier with annual totals, month over month, seasonal
// variation by month of year, and the weekly trend; each for a metric the viewer picks.
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  monthOverMonthOption,
  seasonalOption,
  weeklyOption,
  yearOverYearOption,
} from '../charts/options-comparisons.js';
import { useOptionalApi } from '../hooks/queries.js';
import {
  annualLines,
  monthOverMonthSummary,
  monthOverMonthTable,
  seasonalSummary,
  seasonalTable,
  weeklySummary,
  weeklyTable,
  yearOverYearSummary,
  yearOverYearTable,
  type Comparisons,
} from '../lib/comparison-data.js';
import { historyQuery } from '../lib/url-state.js';
import { REPORT_METRICS } from '../../domain/metrics.js';
import type { PanelEnv } from './common.js';
import { look, Panel, usePick, type Props } from './ComparisonFrame.js';

function YearOverYearPanel(p: Props) {
  const { t } = useTranslation();
  const { c, select } = usePick(p.data);
  const bucket = p.data.period.groupBy;
  const summary = c ? yearOverYearSummary(p.data, c) : '';
  const option = useMemo(
    () => (c ? yearOverYearOption(c, bucket, look(p.env, summary)) : null),
    [c, bucket, p.env, summary],
  );
  const table = useMemo(() => (c ? yearOverYearTable(c, bucket) : null), [c, bucket]);
  if (!c) return null;
  const years = annualLines(c);
  return (
    <Panel
      {...p}
      name="year-over-year"
      title={t('compare.yoy')}
      c={c}
      select={select}
      summary={summary}
      option={c.yearOverYear.buckets.length ? option : null}
      table={table}
      height={p.env.compact ? 240 : 280}
      note={t('compare.yoyNote')}
      footer={
        years.length ? (
          <div className="annual-totals" data-testid="annual-totals">
            <h3>{t('compare.annual')}</h3>
            <ul>
              {years.map((y) => (
                <li key={y}>{y}</li>
              ))}
            </ul>
          </div>
        ) : null
      }
    />
  );
}

function MonthOverMonthPanel(p: Props) {
  const { t } = useTranslation();
  const { c, select } = usePick(p.data);
  const summary = c ? monthOverMonthSummary(c) : '';
  const option = useMemo(
    () => (c ? monthOverMonthOption(c, look(p.env, summary)) : null),
    [c, p.env, summary],
  );
  const table = useMemo(() => (c ? monthOverMonthTable(c) : null), [c]);
  if (!c) return null;
  return (
    <Panel
      {...p}
      name="month-over-month"
      title={t('compare.mom')}
      c={c}
      select={select}
      summary={summary}
      option={c.monthOverMonth.months.length ? option : null}
      table={table}
      height={p.env.compact ? 240 : 280}
      note={t('compare.momNote')}
    />
  );
}

function SeasonalPanel(p: Props) {
  const { t } = useTranslation();
  const { c, select } = usePick(p.data);
  const summary = c ? seasonalSummary(p.data, c) : '';
  const option = useMemo(
    () => (c ? seasonalOption(c, look(p.env, summary)) : null),
    [c, p.env, summary],
  );
  const table = useMemo(() => (c ? seasonalTable(c) : null), [c]);
  if (!c) return null;
  return (
    <Panel
      {...p}
      name="seasonal"
      title={t('compare.seasonal')}
      c={c}
      select={select}
      summary={summary}
      option={option}
      table={table}
      height={p.env.compact ? 220 : 260}
      note={t('compare.seasonalNote')}
    />
  );
}

function WeeklyPanel(p: Props) {
  const { t } = useTranslation();
  const { c, select } = usePick(p.data);
  const summary = c ? weeklySummary(c) : '';
  const option = useMemo(
    () => (c ? weeklyOption(c, look(p.env, summary)) : null),
    [c, p.env, summary],
  );
  const table = useMemo(() => (c ? weeklyTable(c) : null), [c]);
  if (!c) return null;
  return (
    <Panel
      {...p}
      name="weekly-trend"
      title={t('compare.weekly')}
      c={c}
      select={select}
      summary={summary}
      option={c.weekly.weeks.length ? option : null}
      table={table}
      height={p.env.compact ? 240 : 280}
      note={t('compare.weeklyNote')}
    />
  );
}

const METRICS_ASKED = REPORT_METRICS.join(',');

/** The four comparison panels, over the dashboard's range; nothing when the server has no such API. */
export function ComparisonPanels({
  token,
  user,
  env,
}: {
  token: string;
  user: string;
  env: PanelEnv;
}) {
  const path = `/api/usage/comparisons?${historyQuery(env.view)}&metrics=${METRICS_ASKED}`;
  const q = useOptionalApi<Comparisons>(token, user, path);
  // The last answer stays on screen while another range loads, so the panels do not jump.
  const last = useRef<Comparisons | null>(null);
  if (q.data && !q.data.absent) last.current = q.data.data;
  if (q.data?.absent) return null;
  const data = last.current;
  if (!data) return null;
  const props = { data, env, updating: q.isFetching && !q.data };
  return (
    <>
      <YearOverYearPanel {...props} />
      <MonthOverMonthPanel {...props} />
      <SeasonalPanel {...props} />
      <WeeklyPanel {...props} />
    </>
  );
}
