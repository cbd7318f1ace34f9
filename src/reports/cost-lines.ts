// What a report (email and PDF) says about cost: the period so far, the projected bill with its
// 80% interval, the budget, and the last complete months with their cost per session. Pure.
import type { CostView } from '../contracts/cost.js';
import { formatMoney } from '../domain/money.js';
import { ENGLISH, type ReportLocale } from './locale.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const month = (m: string, loc: ReportLocale) =>
  loc.language === 'en'
    ? `${MONTHS[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`
    : new Intl.DateTimeFormat(loc.format, {
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${m}-01T00:00:00Z`));

/** The cost section's lines in the reader's language, in the catalogue's currency. */
export function costLines(c: CostView, loc: ReportLocale = ENGLISH): string[] {
  // English money keeps the format the reports always had ("$1,234.50").
  const locale = loc.language === 'en' ? 'en-US' : loc.format;
  const { t } = loc;
  const m = (x: number) => formatMoney(x, c.currency, locale);
  const pct = (x: number) =>
    loc.language === 'en' ? String(Math.round(x)) : loc.words.num(Math.round(x));
  if (c.plan.contract) return [t('reportCost.contract', { plan: c.plan.displayName })];
  const lines: string[] = [];
  if (c.accrued) {
    const overage =
      c.accrued.overage > 0 ? t('reportCost.overage', { amount: m(c.accrued.overage) }) : '';
    lines.push(
      t('reportCost.soFar', { total: m(c.accrued.total), base: m(c.accrued.base), overage }),
    );
  }
  if (c.projected)
    lines.push(
      c.projected.low.total === c.projected.high.total
        ? t('reportCost.projectedFlat', { total: m(c.projected.point.total) })
        : t('reportCost.projected', {
            total: m(c.projected.point.total),
            level: pct(c.projected.level * 100),
            low: m(c.projected.low.total),
            high: m(c.projected.high.total),
          }),
    );
  if (c.budget && c.accrued)
    lines.push(
      t('reportCost.budget', {
        amount: m(c.budget.amount),
        pct: pct((c.accrued.total / c.budget.amount) * 100),
      }),
    );
  for (const x of c.months.filter((r) => r.complete && r.total !== null).slice(-3)) {
    // A free month costs nothing per session: no "$0.00 per session" line beside "$0".
    const perSession =
      x.perSession !== null && x.perSession > 0
        ? t('reportCost.perSession', { amount: formatMoney(x.perSession, c.currency, locale) })
        : '';
    lines.push(
      t('reportCost.month', {
        month: month(x.month, loc),
        total: m(x.total!),
        plan: x.planName,
        perSession,
      }),
    );
  }
  return lines;
}
