import type { Bucket } from '../../domain/calendar.js';
import type { Period } from '../../domain/period-values.js';
import type { Queryable } from '../db.js';
import { bounds, toPeriod, type PeriodRow } from './period-columns.js';

// The one definition of how raw events total over a period; rollups insert exactly this.
// LATERAL makes every bucket an index range scan of (user_id, occurred_at), whatever the
// planner believes about the user's row count (a new heavy user has no statistics yet).
export const AGGREGATE_EVENTS_SQL = `
  SELECT b.s AS period_start, b.e AS period_end, x.*
  FROM unnest($2::timestamptz[], $3::timestamptz[]) AS b(s, e)
  CROSS JOIN LATERAL (
    SELECT
      coalesce(sum(ev.value) FILTER (WHERE ev.event_type = 'session.created'), 0) AS sessions,
      coalesce(sum(ev.value) FILTER (WHERE ev.event_type = 'audio.processed'), 0) AS audio_minutes,
      coalesce(sum(ev.value) FILTER (WHERE ev.event_type = 'transcription.completed'), 0) AS transcriptions,
      coalesce(sum(ev.value) FILTER (WHERE ev.event_type = 'export.generated'), 0) AS exports,
      (array_agg(ev.value ORDER BY ev.occurred_at DESC, ev.event_id DESC)
         FILTER (WHERE ev.event_type = 'storage.measured'))[1] AS storage_mb,
      max(ev.value) FILTER (WHERE ev.event_type = 'storage.measured') AS storage_mb_peak,
      coalesce(sum(ev.value) FILTER (WHERE ev.event_type = 'api.call'), 0) AS api_calls,
      count(DISTINCT ev.client_id)::int AS unique_clients,
      coalesce(max(ev.value) FILTER (WHERE ev.event_type = 'session.concurrency'), 0) AS concurrent_sessions_peak,
      count(ev.event_id) AS event_count
    FROM usage_events ev
    WHERE ev.user_id = $1 AND ev.occurred_at >= b.s AND ev.occurred_at < b.e
  ) x`;

/** Totals of a user's raw events over each bucket, in bucket order (empty buckets included). */
export async function aggregateEvents(
  q: Queryable,
  userId: string,
  buckets: Bucket[],
): Promise<Period[]> {
  if (buckets.length === 0) return [];
  const rows = await q.query<PeriodRow>(`${AGGREGATE_EVENTS_SQL} ORDER BY b.s`, [
    userId,
    ...bounds(buckets),
  ]);
  return rows.map(toPeriod);
}
