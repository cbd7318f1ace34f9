// Cost from GET /api/usage/cost: accrued this billing period, the projected bill with its 80%
// interval, the budget, 12 months of cost on the plan in force each month, and the cost per
// session and per audio minute over those months. Money in the catalogue's currency, the reader's locale.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostView } from '../../contracts/cost.js';
import { monthLabel, monthlyCostOption, unitCostOption } from '../charts/options-cost.js';
import { ChartPanel } from '../components/ChartPanel.js';
import type { Table } from '../lib/chart-data.js';
import { pageT } from '../lib/locale.js';
import { money, unitMoney } from '../lib/money.js';
import type { AnalyticsPanelProps } from './analytics.js';

/** What the cost panel says in one paragraph (the charts' text summary). */
export function costSummary(c: CostView): string {
  const t = pageT();
  const m = (x: number | null | undefined) => money(x, c.currency);
  if (c.plan.contract) return t('cost.contract', { plan: c.plan.displayName });
  const parts = [
    t(c.accrued?.overage ? 'cost.soFarOverage' : 'cost.soFar', {
      total: m(c.accrued?.total),
      base: m(c.accrued?.base),
      overage: m(c.accrued?.overage),
    }),
  ];
  if (c.projected)
    parts.push(
      c.projected.low.total === c.projected.high.total
        ? t('cost.projectedFlat', { total: m(c.projected.point.total) })
        : t('cost.projectedRange', {
            total: m(c.projected.point.total),
            pct: Math.round(c.projected.level * 100),
            low: m(c.projected.low.total),
            high: m(c.projected.high.total),
          }),
    );
  if (c.budget) {
    const spent = c.accrued ? Math.round((c.accrued.total / c.budget.amount) * 100) : 0;
    parts.push(t('cost.budgetLine', { amount: m(c.budget.amount), pct: spent }));
  }
  const priced = c.months.filter((x) => x.complete && x.total !== null);
  if (priced.length)
    parts.push(
      t('cost.lastMonths', {
        count: priced.length,
        total: m(priced.reduce((s, x) => s + (x.total ?? 0), 0)),
      }),
    );
  return parts.join(' ');
}

function costTable(c: CostView): Table {
  const t = pageT();
  return {
    columns: (
      ['month', 'plan', 'planPrice', 'overage', 'total', 'perSession', 'perAudioMinute'] as const
    ).map((k) => t(`cost.columns.${k}`)),
    rows: c.months.map((x) => [
      monthLabel(x.month) + (x.complete ? '' : t('cost.soFarMark')),
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
  const { t } = useTranslation();
  const m = (x: number | null | undefined) => money(x, c.currency);
  const spentPct =
    c.budget && c.accrued ? Math.round((c.accrued.total / c.budget.amount) * 1000) / 10 : null;
  return (
    <dl className="plan-facts cost-facts">
      <div>
        <dt>{t('cost.accrued')}</dt>
        <dd data-testid="cost-accrued">
          {c.accrued ? m(c.accrued.total) : t('cost.contractWord')}
        </dd>
      </div>
      <div>
        <dt>{t('cost.projected')}</dt>
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
        <dt>{t('cost.budget')}</dt>
        <dd data-testid="cost-budget">
          {c.budget ? (
            <>
              {m(c.budget.amount)}{' '}
              <span className={spentPct !== null && spentPct >= 100 ? 'over-text' : 'muted'}>
                {t('cost.spent', { pct: spentPct ?? 0 })}
              </span>
            </>
          ) : (
            <span className="muted">{t('cost.budgetNotSet')}</span>
          )}
        </dd>
      </div>
    </dl>
  );
}

export function CostPanel({ data, env }: AnalyticsPanelProps) {
  const { t } = useTranslation();
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
        title={t('cost.title')}
        wide
        summary={summary}
        option={monthly}
        table={table}
        height={env.compact ? 240 : 280}
        units={t('cost.units', { currency: c.currency })}
        range={range}
        background={env.palette.background}
        controls={<Facts c={c} />}
      />
      <ChartPanel
        name="unit-cost"
        title={t('cost.unitTitle')}
        summary={`${t('cost.unitSummary')} ${
          c.months
            .filter((x) => x.complete && x.perSession !== null)
            .slice(-1)
            .map((x) =>
              t('cost.unitLine', {
                month: monthLabel(x.month),
                session: unitMoney(x.perSession, c.currency),
                minute: unitMoney(x.perAudioMinute, c.currency),
              }),
            )[0] ?? ''
        }`}
        option={units}
        table={table}
        height={env.compact ? 220 : 260}
        units={t('cost.unitUnits', { currency: c.currency })}
        range={range}
        background={env.palette.background}
      />
    </>
  );
}
