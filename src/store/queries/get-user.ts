import type { Queryable } from '../db.js';

export interface UserRow {
  userId: string;
  email: string | null;
  timeZone: string;
  planName: string;
  createdAt: Date;
}

/** One user, or null when unknown. */
export async function getUser(q: Queryable, userId: string): Promise<UserRow | null> {
  const rows = await q.query<{
    user_id: string;
    email: string | null;
    time_zone: string;
    plan_name: string;
    created_at: Date;
  }>('SELECT user_id, email, time_zone, plan_name, created_at FROM users WHERE user_id = $1', [
    userId,
  ]);
  const r = rows[0];
  return r
    ? {
        userId: r.user_id,
        email: r.email,
        timeZone: r.time_zone,
        planName: r.plan_name,
        createdAt: r.created_at,
      }
    : null;
}
