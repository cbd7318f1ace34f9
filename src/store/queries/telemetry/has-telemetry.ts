import type { Queryable } from '../../db.js';

/** Whether any dashboard session was ever aggregated (the demo simulates a month only once). */
export async function hasTelemetry(q: Queryable): Promise<boolean> {
  const rows = await q.query(`SELECT 1 FROM telemetry_sessions LIMIT 1`);
  return rows.length > 0;
}
