import type { Bucket } from '../../domain/calendar.js';
import type { Queryable } from '../db.js';
import { AGGREGATE_EVENTS_SQL, BUCKET_RUNS_CTE } from './aggregate-events.js';
import { rebuildClientDays } from './rebuild-client-days.js';
import { bounds } from './period-columns.js';

const METRIC_COLUMNS = `sessions_created, audio_minutes_processed, transcriptions_completed, exports_generated,
  storage_used_mb, storage_peak_mb, unique_clients, api_calls_made, concurrent_sessions_peak, event_count`;

const DELETE_IN = (type: string) => `
  WITH ${BUCKET_RUNS_CTE}
  DELETE FROM usage_history h USING runs
  WHERE h.user_id = $1 AND h.period_type = '${type}' AND h.period_start >= runs.s AND h.period_start < runs.e`;

// Rolls a lower level up into the periods given: sums add, the gauge takes the latest
// measured value, peaks take the max, and distinct clients are counted from client days. Rows
// of the level below are read one run of adjacent periods at a time, as events are.
export const ROLL_UP = (from: string, to: string) => `
  WITH ${BUCKET_RUNS_CTE},
  agg AS (
    SELECT width_bucket(h.period_start, starts.a) AS k,
      sum(h.sessions_created) AS sessions, sum(h.audio_minutes_processed) AS audio,
      sum(h.transcriptions_completed) AS transcriptions, sum(h.exports_generated) AS exports,
      (array_agg(h.storage_used_mb ORDER BY h.period_start DESC)
        FILTER (WHERE h.storage_used_mb IS NOT NULL))[1] AS storage,
      max(h.storage_peak_mb) AS storage_peak, sum(h.api_calls_made) AS api_calls,
      max(h.concurrent_sessions_peak) AS concurrent, sum(h.event_count) AS events
    FROM runs CROSS JOIN starts
    CROSS JOIN LATERAL (
      SELECT * FROM usage_history h WHERE h.user_id = $1 AND h.period_type = '${from}'
        AND h.period_start >= runs.s AND h.period_start < runs.e OFFSET 0
    ) h
    GROUP BY 1),
  x AS (SELECT b.s AS period_start, b.e AS period_end, agg.* FROM b JOIN agg ON agg.k = b.k)
  INSERT INTO usage_history (user_id, period_type, period_start, period_end, ${METRIC_COLUMNS})
  SELECT $1, '${to}', x.period_start, x.period_end, x.sessions, x.audio, x.transcriptions, x.exports,
    x.storage, x.storage_peak,
    (SELECT count(DISTINCT c.client_id) FROM usage_client_days c
      WHERE c.user_id = $1 AND c.day_start >= x.period_start AND c.day_start < x.period_end),
    x.api_calls, x.concurrent, x.events
  FROM x`;

/**
 * Recomputes, from the level below, the hourly rows (from raw events) of the given hours, the
 * client days of the given whole local days, the daily rows of `derived` (the days, and days
 * whose hourly rows changed at an edge) and the monthly rows of the given months, for one user.
 * Replaces rows; never increments them.
 */
export async function rollupDays(
  tx: Queryable,
  userId: string,
  days: Bucket[],
  hours: Bucket[],
  months: Bucket[],
  derived: Bucket[] = days,
): Promise<void> {
  if (days.length === 0) return;
  await tx.query(DELETE_IN('hourly'), [userId, ...bounds(hours)]);
  await tx.query(
    `INSERT INTO usage_history (user_id, period_type, period_start, period_end, ${METRIC_COLUMNS})
     SELECT $1, 'hourly', x.period_start, x.period_end, x.sessions, x.audio_minutes, x.transcriptions, x.exports,
       x.storage_mb, x.storage_mb_peak, x.unique_clients, x.api_calls, x.concurrent_sessions_peak, x.event_count
     FROM (${AGGREGATE_EVENTS_SQL}) x
     WHERE x.event_count > 0`,
    [userId, ...bounds(hours)],
  );
  await rebuildClientDays(tx, userId, days);
  const dd = [userId, ...bounds(derived)];
  await tx.query(DELETE_IN('daily'), dd);
  await tx.query(ROLL_UP('hourly', 'daily'), dd);
  const m = [userId, ...bounds(months)];
  await tx.query(DELETE_IN('monthly'), m);
  await tx.query(ROLL_UP('daily', 'monthly'), m);
}
