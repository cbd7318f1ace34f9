import type { Queryable } from '../../db.js';

/** The limited metrics and their rollup columns (storage is a gauge: its highest value counts). */
const COLUMNS: [string, string, 'sum' | 'max'][] = [
  ['sessions', 'sessions_created', 'sum'],
  ['audio_minutes', 'audio_minutes_processed', 'sum'],
  ['transcriptions', 'transcriptions_completed', 'sum'],
  ['exports', 'exports_generated', 'sum'],
  ['storage_mb', 'storage_peak_mb', 'max'],
];

export type MetricTotals = Record<string, number>;

export interface UsageWindowRow {
  userId: string;
  plan: string;
  /** Month to date, the last 30 days, the 30 days before, and the highest of the 3 full months before this one. */
  monthToDate: MetricTotals;
  last30: MetricTotals;
  previous30: MetricTotals;
  peakMonth: MetricTotals;
  /** Full months with usage among those 3. */
  fullMonths: number;
}

const totals = (period: string, cond: string) =>
  `jsonb_build_object(${COLUMNS.map(
    ([m, c, agg]) =>
      `'${m}', coalesce(${agg}(h.${c}) FILTER (WHERE h.period_type = '${period}' AND ${cond}), 0)`,
  ).join(', ')})`;

/**
 * Every user's plan and usage in the windows the upgrade and risk lists need (operator scope,
 * across users; reads rollups only). Windows are UTC instants compared with local period starts.
 */
export async function readUsageWindows(
  q: Queryable,
  w: { monthStart: string; now: string; last30: string; previous30: string; threeMonths: string },
): Promise<UsageWindowRow[]> {
  const rows = await q.query<{
    user_id: string;
    plan_name: string;
    mtd: MetricTotals;
    last30: MetricTotals;
    prev30: MetricTotals;
    months: MetricTotals[] | null;
  }>(
    `WITH d AS (
       SELECT u.user_id, u.plan_name,
         ${totals('daily', 'h.period_start >= $1::timestamptz AND h.period_start < $2::timestamptz')} AS mtd,
         ${totals('daily', 'h.period_start >= $3::timestamptz AND h.period_start < $2::timestamptz')} AS last30,
         ${totals('daily', 'h.period_start >= $4::timestamptz AND h.period_start < $3::timestamptz')} AS prev30
       FROM users u LEFT JOIN usage_history h
         ON h.user_id = u.user_id AND h.period_type = 'daily' AND h.period_start >= least($1::timestamptz, $4::timestamptz)
       GROUP BY u.user_id, u.plan_name),
     m AS (
       SELECT h.user_id, jsonb_agg(jsonb_build_object(${COLUMNS.map(
         ([m, c]) => `'${m}', coalesce(h.${c}, 0)`,
       ).join(', ')})) AS months
       FROM usage_history h
       WHERE h.period_type = 'monthly' AND h.period_start >= $5::timestamptz AND h.period_start < $1::timestamptz
         AND h.event_count > 0
       GROUP BY h.user_id)
     SELECT d.*, m.months FROM d LEFT JOIN m ON m.user_id = d.user_id ORDER BY d.user_id`,
    [w.monthStart, w.now, w.last30, w.previous30, w.threeMonths],
  );
  return rows.map((r) => {
    const months = r.months ?? [];
    const peakMonth: MetricTotals = {};
    for (const [m] of COLUMNS) peakMonth[m] = Math.max(0, ...months.map((x) => Number(x[m] ?? 0)));
    const num = (t: MetricTotals) =>
      Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Number(v)]));
    return {
      userId: r.user_id,
      plan: r.plan_name,
      monthToDate: num(r.mtd),
      last30: num(r.last30),
      previous30: num(r.prev30),
      peakMonth,
      fullMonths: months.length,
    };
  });
}
