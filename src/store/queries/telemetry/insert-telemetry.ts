import type { TelemetryEvent } from '../../../domain/telemetry.js';
import type { Queryable } from '../../db.js';

/** Stores one user's batch of telemetry events of one dashboard session, received at the instant (default: the database's now); returns how many. */
export async function insertTelemetry(
  q: Queryable,
  userId: string,
  sessionId: string,
  events: TelemetryEvent[],
  receivedAt?: number,
): Promise<number> {
  const rows = await q.query<{ n: number }>(
    `WITH ins AS (
       INSERT INTO telemetry_events
         (user_id, session_id, name, section, detail, value, occurred_at, received_at)
       SELECT $1, $2, e.name, e.section, e.detail, e.value, e.at, coalesce($4::timestamptz, now())
       FROM jsonb_to_recordset($3::jsonb)
         AS e(name text, section text, detail text, value double precision, at timestamptz)
       RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [
      userId,
      sessionId,
      JSON.stringify(events),
      receivedAt === undefined ? null : new Date(receivedAt).toISOString(),
    ],
  );
  return rows[0]?.n ?? 0;
}
