// The limits are those recorded with the plan change, not today's catalogue values.
export const PLAN_AT_SQL = (at: string) =>
  `SELECT p.name, p.display_name, p.price_usd, h.plan_limits AS limits, p.overage, p.sort_order, p.currency
     FROM (SELECT plan_name, plan_limits FROM user_plan_history
           WHERE user_id = $1 AND valid_from <= ${at} ORDER BY valid_from DESC LIMIT 1) h
     JOIN plans p ON p.name = h.plan_name`;
