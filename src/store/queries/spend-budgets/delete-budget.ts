import type { Queryable } from '../../db.js';

/** Removes a user's spend budget; true when there was one. */
export async function deleteBudget(q: Queryable, userId: string): Promise<boolean> {
  const rows = await q.query(`DELETE FROM spend_budgets WHERE user_id = $1 RETURNING 1`, [userId]);
  return rows.length === 1;
}
