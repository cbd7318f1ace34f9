import type { Budget } from '../../../domain/budget-alerts.js';
import type { Queryable } from '../../db.js';

/** Stores a user's monthly spend budget (the user row must exist). */
export async function writeBudget(q: Queryable, userId: string, b: Budget): Promise<void> {
  await q.query(
    `INSERT INTO spend_budgets (user_id, amount, thresholds, forecast) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id) DO UPDATE SET amount = EXCLUDED.amount, thresholds = EXCLUDED.thresholds,
       forecast = EXCLUDED.forecast, updated_at = EXCLUDED.updated_at`,
    [userId, b.amount, b.thresholds, b.forecast],
  );
}
