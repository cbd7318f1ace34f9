import type { Queryable } from '../../db.js';

/** Deletes health samples older than the cutoff. */
export async function deleteOpsSamplesBefore(q: Queryable, cutoff: number): Promise<void> {
  await q.query(`DELETE FROM ops_samples WHERE at < $1`, [new Date(cutoff).toISOString()]);
}
