// The caller's monthly spend budget: set, changed or removed.
import type { BudgetBody } from '../contracts/cost.js';
import { toCents } from '../domain/money.js';
import { ensureUsers } from '../store/queries/ensure-users.js';
import { deleteBudget } from '../store/queries/spend-budgets/delete-budget.js';
import { readBudget } from '../store/queries/spend-budgets/read-budget.js';
import { writeBudget } from '../store/queries/spend-budgets/write-budget.js';
import { getUser } from '../store/queries/get-user.js';
import type { Call } from './context.js';
import { currencyOf } from './get-cost.js';

/** The budget alerts a new budget starts with: as limit alerts, at 80% and 100%. */
export const DEFAULT_BUDGET_THRESHOLDS = [80, 100];

/** Sets the caller's monthly budget (unset fields keep their value or default), or removes it with `amount: null`; returns it with its currency. */
export async function setBudget({ ctx, input }: Call<{ userId: string; body: BudgetBody }>) {
  const b = input.body;
  const budget = await ctx.db.transaction(async (tx) => {
    if (b.amount === null) {
      await deleteBudget(tx, input.userId);
      return null;
    }
    await ensureUsers(tx, [input.userId]);
    const before = await readBudget(tx, input.userId);
    const next = {
      amount: toCents(b.amount),
      thresholds: b.thresholds
        ? [...new Set(b.thresholds)].sort((x, y) => x - y)
        : (before?.thresholds ?? DEFAULT_BUDGET_THRESHOLDS),
      forecast: b.forecast ?? before?.forecast ?? true,
    };
    await writeBudget(tx, input.userId, next);
    return next;
  });
  const user = await getUser(ctx.db, input.userId);
  return { budget, currency: await currencyOf(ctx, user?.planName ?? 'free') };
}
