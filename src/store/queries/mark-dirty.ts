import type { Queryable } from '../db.js';

/** Marks the UTC hours of the given (user, instant) pairs as needing a rollup. */
export async function markDirty(
  tx: Queryable,
  userIds: string[],
  instants: number[],
): Promise<void> {
  if (userIds.length === 0) return;
  await tx.query(
    `INSERT INTO rollup_dirty (user_id, utc_hour, version)
     SELECT user_id, utc_hour, nextval('rollup_dirty_version') FROM (
       SELECT DISTINCT u.user_id, date_trunc('hour', u.t, 'UTC') AS utc_hour
       FROM unnest($1::text[], $2::timestamptz[]) AS u(user_id, t)
       ORDER BY 1, 2
     ) d`,
    [userIds, instants.map((t) => new Date(t).toISOString())],
  );
}
