// What a report (email and PDF) says about cost: the period so far, the projected bill with its
// 80% interval, the budget, and the last complete months with their cost per session. Pure.
import type { CostView } from '../contracts/cost.js';
import { formatMoney } from '../domain/money.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const month = (m: string) => `${MONTHS[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`;

/** The cost section's lines, in the catalogue's currency (reports are written in English). */
export function costLines(c: CostView, locale = 'en-US'): string[] {
  const m = (x: number) => formatMoney(x, c.currency, locale);
  if (c.plan.contract) return [`${c.plan.displayName} is a contract plan: billed as agreed.`];
  const lines: string[] = [];
  if (c.accrued)
    lines.push(
      `This billing period so far: ${m(c.accrued.total)} (${m(c.accrued.base)} plan${c.accrued.overage > 0 ? ` + ${m(c.accrued.overage)} overage` : ''}).`,
    );
  if (c.projected)
    lines.push(
      c.projected.low.total === c.projected.high.total
        ? `Projected bill: ${m(c.projected.point.total)} (no overage expected).`
        : `Projected bill: ${m(c.projected.point.total)} (${Math.round(c.projected.level * 100)}% interval ${m(c.projected.low.total)} to ${m(c.projected.high.total)}).`,
    );
  if (c.budget && c.accrued)
    lines.push(
      `Budget: ${m(c.budget.amount)} a month, ${Math.round((c.accrued.total / c.budget.amount) * 100)}% spent.`,
    );
  for (const x of c.months.filter((r) => r.complete && r.total !== null).slice(-3))
    lines.push(
      `${month(x.month)}: ${m(x.total!)} on ${x.planName}${
        // A free month costs nothing per session: no "$0.00 per session" line beside "$0".
        x.perSession !== null && x.perSession > 0
          ? `, ${formatMoney(x.perSession, c.currency, locale)} per session`
          : ''
      }.`,
    );
  return lines;
}
