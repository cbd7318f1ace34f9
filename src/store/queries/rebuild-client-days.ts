import type { Bucket } from '../../domain/calendar.js';
import type { Queryable } from '../db.js';
import { BUCKET_RUNS_CTE } from './aggregate-events.js';
import { bounds } from './period-columns.js';

/**
 * Replaces a user's distinct clients of the given whole local days with those of its raw events,
 * in the caller's transaction; with `from`, first drops every client day starting at or after
 * it (a zone change: the old zone's days start at other instants than the new days do).
 */
export async function rebuildClientDays(
  tx: Queryable,
  userId: string,
  days: Bucket[],
  from?: number,
): Promise<void> {
  if (days.length === 0) return;
  const d = [userId, ...bounds(days)];
  if (from !== undefined)
    await tx.query(`DELETE FROM usage_client_days WHERE user_id = $1 AND day_start >= $2`, [
      userId,
      new Date(from).toISOString(),
    ]);
  else
    await tx.query(
      `DELETE FROM usage_client_days c USING unnest($2::timestamptz[], $3::timestamptz[]) AS d(s, e)
       WHERE c.user_id = $1 AND c.day_start = d.s`,
      d,
    );
  await tx.query(
    `WITH ${BUCKET_RUNS_CTE}
     INSERT INTO usage_client_days (user_id, day_start, client_id)
     SELECT DISTINCT $1, starts.a[width_bucket(ev.occurred_at, starts.a)], ev.client_id
     FROM runs CROSS JOIN starts
     CROSS JOIN LATERAL (
       SELECT occurred_at, client_id FROM usage_events
       WHERE user_id = $1 AND occurred_at >= runs.s AND occurred_at < runs.e AND client_id IS NOT NULL OFFSET 0
     ) ev`,
    d,
  );
}
