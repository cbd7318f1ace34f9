import type { Budget } from '../../../domain/budget-alerts.js';
import type { Queryable } from '../../db.js';

/** A user's monthly spend budget, or null when none is set. */
export async function readBudget(q: Queryable, userId: string): Promise<Budget | null> {
  const rows = await q.query<{ amount: string | number; thresholds: number[]; forecast: boolean }>(
    `SELECT amount, thresholds, forecast FROM spend_budgets WHERE user_id = $1`,
    [userId],
  );
  const r = rows[0];
  return r ? { amount: Number(r.amount), thresholds: r.thresholds, forecast: r.forecast } : null;
}
