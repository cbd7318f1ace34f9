import type { Bucket } from '../../../domain/calendar.js';
import type { Period } from '../../../domain/period-values.js';
import type { Queryable } from '../../db.js';
import { assertDisjoint, BUCKET_RUNS_CTE } from '../aggregate-events.js';
import { bounds } from '../period-columns.js';
import { toClientPeriod, type ClientPeriodRow } from './client-period-columns.js';

/** One client's raw events totalled over each bucket (the sums the client rollup stores), in bucket order, empty buckets included. */
export async function aggregateClientEvents(
  q: Queryable,
  userId: string,
  clientId: string,
  buckets: Bucket[],
): Promise<Period[]> {
  if (buckets.length === 0) return [];
  assertDisjoint(buckets);
  const rows = await q.query<ClientPeriodRow>(
    `WITH ${BUCKET_RUNS_CTE},
     agg AS (
       SELECT width_bucket(ev.occurred_at, starts.a) AS k,
         sum(ev.value) FILTER (WHERE ev.event_type = 'session.created') AS sessions,
         sum(ev.value) FILTER (WHERE ev.event_type = 'audio.processed') AS audio,
         sum(ev.value) FILTER (WHERE ev.event_type = 'transcription.completed') AS transcriptions,
         sum(ev.value) FILTER (WHERE ev.event_type = 'export.generated') AS exports,
         sum(ev.value) FILTER (WHERE ev.event_type = 'api.call') AS api_calls,
         count(*) AS events
       FROM runs CROSS JOIN starts
       CROSS JOIN LATERAL (
         SELECT occurred_at, event_type, value FROM usage_events e
         WHERE e.user_id = $1 AND e.occurred_at >= runs.s AND e.occurred_at < runs.e
           AND coalesce(e.client_id, '') = $4 OFFSET 0
       ) ev
       GROUP BY 1)
     SELECT (extract(epoch FROM b.s) * 1000)::float8 AS period_start,
       (extract(epoch FROM b.e) * 1000)::float8 AS period_end,
       coalesce(agg.sessions, 0)::float8 AS sessions, coalesce(agg.audio, 0)::float8 AS audio_minutes,
       coalesce(agg.transcriptions, 0)::float8 AS transcriptions,
       coalesce(agg.exports, 0)::float8 AS exports, coalesce(agg.api_calls, 0)::float8 AS api_calls,
       coalesce(agg.events, 0)::float8 AS event_count
     FROM b LEFT JOIN agg ON agg.k = b.k ORDER BY b.s`,
    [userId, ...bounds(buckets), clientId],
  );
  return rows.map(toClientPeriod);
}
