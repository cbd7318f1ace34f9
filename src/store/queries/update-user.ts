import type { Queryable } from '../db.js';

/** Applies a patch to a user; records plan changes from `at` and marks all retained days stale on a zone change. */
export async function updateUser(
  tx: Queryable,
  userId: string,
  patch: { email?: string | null; timeZone?: string; plan?: string },
  at: number,
): Promise<'ok' | 'unknown_plan'> {
  const [before] = await tx.query<{ time_zone: string; plan_name: string }>(
    'SELECT time_zone, plan_name FROM users WHERE user_id = $1 FOR UPDATE',
    [userId],
  );
  if (patch.plan !== undefined) {
    const [plan] = await tx.query<{ limits: unknown }>('SELECT limits FROM plans WHERE name = $1', [
      patch.plan,
    ]);
    if (!plan) return 'unknown_plan';
    if (patch.plan !== before?.plan_name) {
      await tx.query(
        `INSERT INTO user_plan_history (user_id, valid_from, plan_name, plan_limits) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, valid_from) DO UPDATE SET plan_name = EXCLUDED.plan_name, plan_limits = EXCLUDED.plan_limits`,
        [userId, new Date(at).toISOString(), patch.plan, JSON.stringify(plan.limits)],
      );
    }
  }
  await tx.query(
    `UPDATE users SET email = CASE WHEN $2 THEN $3 ELSE email END,
       time_zone = coalesce($4, time_zone), plan_name = coalesce($5, plan_name), updated_at = now()
     WHERE user_id = $1`,
    [
      userId,
      patch.email !== undefined,
      patch.email ?? null,
      patch.timeZone ?? null,
      patch.plan ?? null,
    ],
  );
  if (patch.timeZone !== undefined && patch.timeZone !== before?.time_zone) {
    // Local days moved: every hour still backed by raw events is rolled up again in the new zone.
    // So is each UTC hour that an hourly row holding such events overlaps: a row of a half-hour
    // zone (Kolkata's 22:30-23:30 UTC) lies on two UTC hours, and the day its start falls in
    // holds it until that day is stale too; else an event of its second hour is counted there
    // and again from raw events in the next day.
    await tx.query(
      `INSERT INTO rollup_dirty (user_id, utc_hour, version)
       SELECT $1, d, nextval('rollup_dirty_version') FROM (
         SELECT date_trunc('hour', occurred_at, 'UTC') AS d FROM usage_events WHERE user_id = $1
         UNION
         SELECT date_trunc('hour', x.t, 'UTC') FROM usage_history h
           CROSS JOIN LATERAL (VALUES (h.period_start), (h.period_end - interval '1 microsecond')) x(t)
         WHERE h.user_id = $1 AND h.period_type = 'hourly'
           AND date_trunc('hour', h.period_start, 'UTC') <> date_trunc('hour', h.period_end - interval '1 microsecond', 'UTC')
           AND EXISTS (SELECT 1 FROM usage_events e WHERE e.user_id = $1
             AND e.occurred_at >= h.period_start AND e.occurred_at < h.period_end)
         ORDER BY 1) y`,
      [userId],
    );
  }
  return 'ok';
}
