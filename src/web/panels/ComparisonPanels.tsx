// Comparisons and patterns from GET /api/usage/comparisons over the dashboard's range: the range
// against the same weekdays a year earlier with annual totals, month over month, seasonal
// variation by month of year, and the weekly trend; each for a metric the viewer picks.
import { useMemo, useRef } from 'react';
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
      title="This range against a year earlier"
      c={c}
      select={select}
      summary={summary}
      option={c.yearOverYear.buckets.length ? option : null}
      table={table}
      height={p.env.compact ? 240 : 280}
      note="Days are compared with the same weekdays 52 weeks (364 days) earlier; today is left out until it is complete."
      footer={
        years.length ? (
          <div className="annual-totals" data-testid="annual-totals">
            <h3>Annual totals</h3>
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
      title="Month over month"
      c={c}
      select={select}
      summary={summary}
      option={c.monthOverMonth.months.length ? option : null}
      table={table}
      height={p.env.compact ? 240 : 280}
      note="* This month is still under way: it is compared with the same days of last month in the summary, not on the chart."
    />
  );
}

function SeasonalPanel(p: Props) {
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
      title="Seasonal variation by month of year"
      c={c}
      select={select}
      summary={summary}
      option={option}
      table={table}
      height={p.env.compact ? 220 : 260}
      note="0% is a typical month once the overall trend is taken out; daily means, so short months are not low for being short."
    />
  );
}

function WeeklyPanel(p: Props) {
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
      title="Weekly trend"
      c={c}
      select={select}
      summary={summary}
      option={c.weekly.weeks.length ? option : null}
      table={table}
      height={p.env.compact ? 240 : 280}
      note="Monday to Sunday in your zone. * The week under way; the trend reads complete weeks only."
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
