import type { Bucket } from '../../domain/calendar.js';
import type { Period } from '../../domain/period-values.js';
import type { Queryable } from '../db.js';
import { bounds, toPeriod, type PeriodRow } from './period-columns.js';

// Buckets (non-overlapping, any order) numbered by start, the runs of adjacent buckets, and the
// sorted starts: every event inside a run falls in the bucket of the last start at or before it.
export const BUCKET_RUNS_CTE = `
  b AS (
    SELECT s, e, row_number() OVER (ORDER BY s)::int AS k
    FROM unnest($2::timestamptz[], $3::timestamptz[]) AS u(s, e)),
  runs AS (
    SELECT min(s) AS s, max(e) AS e FROM (
      SELECT s, e, count(*) FILTER (WHERE prev_e IS DISTINCT FROM s) OVER (ORDER BY s) AS run
      FROM (SELECT s, e, lag(e) OVER (ORDER BY s) AS prev_e FROM b) adjacent) numbered
    GROUP BY run),
  starts AS (SELECT array_agg(s ORDER BY s) AS a FROM b)`;

// The one definition of how raw events total over a period; rollups insert exactly this.
// Each run of adjacent buckets is one index range scan of (user_id, occurred_at), its events
// assigned to buckets by width_bucket: a day of hours is one scan, not 24 (rollups of a long
// history spent most of their time starting scans). Every such LATERAL read ends in OFFSET 0 so
// the planner cannot pull it up into one scan of all the user's rows joined to the runs
// afterwards: with statistics that had not yet seen the user, that plan spilled 1.9M joined rows
// to disk, 3.2 s for one statement of a first start that takes 10 ms scanned per run (ADR 19).
export const AGGREGATE_EVENTS_SQL = `
  WITH ${BUCKET_RUNS_CTE},
  agg AS (
    SELECT width_bucket(ev.occurred_at, starts.a) AS k,
      sum(ev.value) FILTER (WHERE ev.event_type = 'session.created') AS sessions,
      sum(ev.value) FILTER (WHERE ev.event_type = 'audio.processed') AS audio_minutes,
      sum(ev.value) FILTER (WHERE ev.event_type = 'transcription.completed') AS transcriptions,
      sum(ev.value) FILTER (WHERE ev.event_type = 'export.generated') AS exports,
      (array_agg(ev.value ORDER BY ev.occurred_at DESC, ev.event_id DESC)
         FILTER (WHERE ev.event_type = 'storage.measured'))[1] AS storage_mb,
      max(ev.value) FILTER (WHERE ev.event_type = 'storage.measured') AS storage_mb_peak,
      sum(ev.value) FILTER (WHERE ev.event_type = 'api.call') AS api_calls,
      count(DISTINCT ev.client_id)::int AS unique_clients,
      max(ev.value) FILTER (WHERE ev.event_type = 'session.concurrency') AS concurrent_sessions_peak,
      count(ev.event_id) AS event_count
    FROM runs CROSS JOIN starts
    CROSS JOIN LATERAL (
      SELECT * FROM usage_events e
      WHERE e.user_id = $1 AND e.occurred_at >= runs.s AND e.occurred_at < runs.e OFFSET 0
    ) ev
    GROUP BY 1)
  SELECT b.s AS period_start, b.e AS period_end,
    coalesce(agg.sessions, 0) AS sessions, coalesce(agg.audio_minutes, 0) AS audio_minutes,
    coalesce(agg.transcriptions, 0) AS transcriptions, coalesce(agg.exports, 0) AS exports,
    agg.storage_mb, agg.storage_mb_peak, coalesce(agg.api_calls, 0) AS api_calls,
    coalesce(agg.unique_clients, 0) AS unique_clients,
    coalesce(agg.concurrent_sessions_peak, 0) AS concurrent_sessions_peak,
    coalesce(agg.event_count, 0) AS event_count
  FROM b LEFT JOIN agg ON agg.k = b.k`;

/** Totals of a user's raw events over each bucket, in bucket order (empty buckets included). */
export async function aggregateEvents(
  q: Queryable,
  userId: string,
  buckets: Bucket[],
): Promise<Period[]> {
  if (buckets.length === 0) return [];
  assertDisjoint(buckets);
  const rows = await q.query<PeriodRow>(`${AGGREGATE_EVENTS_SQL} ORDER BY b.s`, [
    userId,
    ...bounds(buckets),
  ]);
  return rows.map(toPeriod);
}

/** Buckets must not overlap: an event belongs to exactly one of them. */
export function assertDisjoint(buckets: Bucket[]): void {
  const sorted = [...buckets].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end) throw new Error('overlapping buckets');
  }
}
