import type { Bucket } from '../../../domain/calendar.js';
import type { Queryable } from '../../db.js';
import { BUCKET_RUNS_CTE } from '../aggregate-events.js';
import { bounds } from '../period-columns.js';

const COLUMNS = `sessions_created, audio_minutes_processed, transcriptions_completed, exports_generated,
  api_calls_made, event_count`;

const DELETE_IN = (type: string) => `
  WITH ${BUCKET_RUNS_CTE}
  DELETE FROM usage_client_history h USING runs
  WHERE h.user_id = $1 AND h.period_type = '${type}' AND h.period_start >= runs.s AND h.period_start < runs.e`;

// The same sums as AGGREGATE_EVENTS_SQL, per client: the hourly total row and the client rows of
// an hour read the same events in the same transaction, so they cannot disagree.
const FROM_EVENTS = `
  WITH ${BUCKET_RUNS_CTE}
  INSERT INTO usage_client_history (user_id, period_type, period_start, period_end, client_id, ${COLUMNS})
  SELECT $1, 'hourly', b.s, b.e, x.client_id, x.sessions, x.audio, x.transcriptions, x.exports,
    x.api_calls, x.events
  FROM (
    SELECT width_bucket(ev.occurred_at, starts.a) AS k, coalesce(ev.client_id, '') AS client_id,
      coalesce(sum(ev.value) FILTER (WHERE ev.event_type = 'session.created'), 0) AS sessions,
      coalesce(sum(ev.value) FILTER (WHERE ev.event_type = 'audio.processed'), 0) AS audio,
      coalesce(sum(ev.value) FILTER (WHERE ev.event_type = 'transcription.completed'), 0) AS transcriptions,
      coalesce(sum(ev.value) FILTER (WHERE ev.event_type = 'export.generated'), 0) AS exports,
      coalesce(sum(ev.value) FILTER (WHERE ev.event_type = 'api.call'), 0) AS api_calls,
      count(*) AS events
    FROM runs CROSS JOIN starts
    CROSS JOIN LATERAL (
      SELECT occurred_at, client_id, event_type, value FROM usage_events e
      WHERE e.user_id = $1 AND e.occurred_at >= runs.s AND e.occurred_at < runs.e OFFSET 0
    ) ev
    GROUP BY 1, 2) x
  JOIN b ON b.k = x.k`;

/** Sums the client rows of a level into the given periods of the level above, per client. */
export const CLIENTS_UP = (from: string, to: string) => `
  WITH ${BUCKET_RUNS_CTE}
  INSERT INTO usage_client_history (user_id, period_type, period_start, period_end, client_id, ${COLUMNS})
  SELECT $1, '${to}', b.s, b.e, x.client_id, x.sessions, x.audio, x.transcriptions, x.exports,
    x.api_calls, x.events
  FROM (
    SELECT width_bucket(h.period_start, starts.a) AS k, h.client_id,
      sum(h.sessions_created) AS sessions, sum(h.audio_minutes_processed) AS audio,
      sum(h.transcriptions_completed) AS transcriptions, sum(h.exports_generated) AS exports,
      sum(h.api_calls_made) AS api_calls, sum(h.event_count) AS events
    FROM runs CROSS JOIN starts
    CROSS JOIN LATERAL (
      SELECT * FROM usage_client_history h WHERE h.user_id = $1 AND h.period_type = '${from}'
        AND h.period_start >= runs.s AND h.period_start < runs.e OFFSET 0
    ) h
    GROUP BY 1, 2) x
  JOIN b ON b.k = x.k`;

/**
 * Recomputes a user's client rows exactly as rollupDays does its totals, in the caller's
 * transaction: hourly rows of `hours` from raw events, daily rows of `days` from hourly rows,
 * monthly rows of `months` from daily rows. Replaces rows; never increments them.
 */
export async function rollUpClients(
  tx: Queryable,
  userId: string,
  hours: Bucket[],
  days: Bucket[],
  months: Bucket[],
): Promise<void> {
  for (const [type, buckets, sql] of [
    ['hourly', hours, FROM_EVENTS],
    ['daily', days, CLIENTS_UP('hourly', 'daily')],
    ['monthly', months, CLIENTS_UP('daily', 'monthly')],
  ] as const) {
    if (buckets.length === 0) continue;
    const params = [userId, ...bounds(buckets)];
    await tx.query(DELETE_IN(type), params);
    await tx.query(sql, params);
  }
}
