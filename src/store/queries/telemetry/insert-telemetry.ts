import type { TelemetryEvent } from '../../../domain/telemetry.js';
import type { Queryable } from '../../db.js';

/** Stores one user's batch of telemetry events of one dashboard session; returns how many. */
export async function insertTelemetry(
  q: Queryable,
  userId: string,
  sessionId: string,
  events: TelemetryEvent[],
): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `WITH ins AS (
       INSERT INTO telemetry_events (user_id, session_id, name, section, detail, value, occurred_at)
       SELECT $1, $2, e.name, e.section, e.detail, e.value, e.at
       FROM jsonb_to_recordset($3::jsonb)
         AS e(name text, section text, detail text, value double precision, at timestamptz)
       RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [userId, sessionId, JSON.stringify(events)],
  );
  return rows[0]?.n ?? 0;
}
