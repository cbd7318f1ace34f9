// Cost from GET /api/usage/cost: accrued this billing period, the projected bill with its 80%
// interval, the budget, 12 months of cost on the plan in force each month, and the cost per
// session and per audio minute over those months. Money in the catalogue's currency, the reader's locale.
import { useMemo } from 'react';
import type { CostView } from '../../contracts/cost.js';
import { monthLabel, monthlyCostOption, unitCostOption } from '../charts/options-cost.js';
import { ChartPanel } from '../components/ChartPanel.js';
import type { Table } from '../lib/chart-data.js';
import { money, unitMoney } from '../lib/money.js';
import type { AnalyticsPanelProps } from './analytics.js';

/** What the cost panel says in one paragraph (the charts' text summary). */
export function costSummary(c: CostView): string {
  const m = (x: number | null | undefined) => money(x, c.currency);
  if (c.plan.contract) return `${c.plan.displayName} is a contract plan: billed as agreed.`;
  const parts = [
    `So far this billing period: ${m(c.accrued?.total)} (${m(c.accrued?.base)} plan${c.accrued?.overage ? ` + ${m(c.accrued.overage)} overage` : ''}).`,
  ];
  if (c.projected)
    parts.push(
      c.projected.low.total === c.projected.high.total
        ? `Projected bill: ${m(c.projected.point.total)}, with no overage expected.`
        : `Projected bill: ${m(c.projected.point.total)}, ${Math.round(c.projected.level * 100)}% likely between ${m(c.projected.low.total)} and ${m(c.projected.high.total)}.`,
    );
  if (c.budget) {
    const spent = c.accrued ? Math.round((c.accrued.total / c.budget.amount) * 100) : 0;
    parts.push(`Budget ${m(c.budget.amount)} a month: ${spent}% spent.`);
  }
  const priced = c.months.filter((x) => x.complete && x.total !== null);
  if (priced.length)
    parts.push(
      `Over the last ${priced.length} complete months: ${m(priced.reduce((s, x) => s + (x.total ?? 0), 0))} in all.`,
    );
  return parts.join(' ');
}

function costTable(c: CostView): Table {
  return {
    columns: ['Month', 'Plan', 'Plan price', 'Overage', 'Total', 'Per session', 'Per audio minute'],
    rows: c.months.map((x) => [
      monthLabel(x.month) + (x.complete ? '' : ' (so far)'),
      x.planName ?? '–',
      money(x.base, c.currency),
      money(x.overage, c.currency),
      money(x.total, c.currency),
      unitMoney(x.perSession, c.currency),
      unitMoney(x.perAudioMinute, c.currency),
    ]),
  };
}

function Facts({ c }: { c: CostView }) {
  const m = (x: number | null | undefined) => money(x, c.currency);
  const spentPct =
    c.budget && c.accrued ? Math.round((c.accrued.total / c.budget.amount) * 1000) / 10 : null;
  return (
    <dl className="plan-facts cost-facts">
      <div>
        <dt>Accrued this period</dt>
        <dd data-testid="cost-accrued">{c.accrued ? m(c.accrued.total) : 'Contract'}</dd>
      </div>
      <div>
        <dt>Projected bill</dt>
        <dd data-testid="cost-projected">
          {c.projected ? m(c.projected.point.total) : '–'}
          {c.projected && c.projected.low.total !== c.projected.high.total ? (
            <span className="muted">
              {' '}
              ({Math.round(c.projected.level * 100)}%: {m(c.projected.low.total)}–
              {m(c.projected.high.total)})
            </span>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>Monthly budget</dt>
        <dd data-testid="cost-budget">
          {c.budget ? (
            <>
              {m(c.budget.amount)}{' '}
              <span className={spentPct !== null && spentPct >= 100 ? 'over-text' : 'muted'}>
                ({spentPct ?? 0}% spent)
              </span>
            </>
          ) : (
            <span className="muted">not set (account settings)</span>
          )}
        </dd>
      </div>
    </dl>
  );
}

export function CostPanel({ data, env }: AnalyticsPanelProps) {
  const c = data as CostView | null;
  const summary = c ? costSummary(c) : '';
  const look = useMemo(
    () => ({
      palette: env.palette,
      compact: env.compact,
      animation: env.animation,
      description: summary,
    }),
    [env.palette, env.compact, env.animation, summary],
  );
  const monthly = useMemo(
    () => (c ? monthlyCostOption(c.months, c.currency, look) : null),
    [c, look],
  );
  const units = useMemo(() => (c ? unitCostOption(c.months, c.currency, look) : null), [c, look]);
  const table = useMemo(() => (c ? costTable(c) : null), [c]);
  if (!c) return null;
  const range = {
    from: `${c.months[0]?.month ?? c.period.from.slice(0, 7)}-01`,
    to: c.period.to,
  };
  return (
    <>
      <ChartPanel
        name="cost"
        title="Cost"
        wide
        summary={summary}
        option={monthly}
        table={table}
        height={env.compact ? 240 : 280}
        units={`Money (${c.currency})`}
        range={range}
        background={env.palette.background}
        controls={<Facts c={c} />}
      />
      <ChartPanel
        name="unit-cost"
        title="Cost per session and per audio minute"
        summary={`What each month cost per session and per audio minute processed, on the plan in force then. ${
          c.months
            .filter((x) => x.complete && x.perSession !== null)
            .slice(-1)
            .map(
              (x) =>
                `${monthLabel(x.month)}: ${unitMoney(x.perSession, c.currency)} per session, ${unitMoney(x.perAudioMinute, c.currency)} per audio minute.`,
            )[0] ?? ''
        }`}
        option={units}
        table={table}
        height={env.compact ? 220 : 260}
        units={`Money (${c.currency}) per unit`}
        range={range}
        background={env.palette.background}
      />
    </>
  );
}
