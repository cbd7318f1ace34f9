// Plan advice from GET /api/usage/analytics?type=predictions: the current and recommended plan,
// the expected cost of the next 30 days on every plan side by side (chart and table), the saving, the
// efficiency score with its components and formula, and the cost suggestions.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { planCostOption } from '../charts/options-plan.js';
import { ChartPanel } from '../components/ChartPanel.js';
import { formatUsd, planTable } from '../lib/analytics-data.js';
import { planSummary } from '../lib/plan-summary.js';
import type { Efficiency, Predictions, Suggestion } from '../lib/analytics-types.js';
import type { AnalyticsPanelProps } from './analytics.js';

function EfficiencyScore({ e }: { e: Efficiency }) {
  const { t } = useTranslation();
  if (!e.available) {
    return <p className="muted">{t('plan.scoreUnavailable', { reason: e.reason })}</p>;
  }
  return (
    <div className="efficiency">
      <h3>
        {t('plan.score')} <span className="score">{Math.round(e.score)}</span>
        <span className="muted"> / 100</span>
      </h3>
      <ul className="score-parts">
        {e.components.map((c) => (
          <li key={c.name}>
            <span className="score-name">
              {t(`plan.components.${c.name}`, { defaultValue: c.name })}{' '}
              <span className="muted">{t('plan.weight', { pct: Math.round(c.weight * 100) })}</span>
            </span>
            {c.value === null ? (
              <span className="muted">{t('plan.notAvailable')}</span>
            ) : (
              <meter min={0} max={1} low={0.5} high={0.8} optimum={1} value={c.value}>
                {Math.round(c.value * 100)}%
              </meter>
            )}
            <span className="score-value">
              {c.value === null ? '–' : `${Math.round(c.value * 100)}%`}
            </span>
            <span className="muted score-detail">{c.detail}</span>
          </li>
        ))}
      </ul>
      <details className="formula">
        <summary>{t('plan.howScore')}</summary>
        <p>{e.formula}</p>
      </details>
    </div>
  );
}

function Suggestions({ list }: { list: Suggestion[] }) {
  const { t } = useTranslation();
  if (!list.length) return null;
  return (
    <div className="suggestions">
      <h3>{t('plan.suggestions')}</h3>
      <ul className="insight-list">
        {list.map((s, i) => (
          <li key={i}>
            <strong>{s.title}</strong> <span>{s.message}</span>
            {s.monthlySavingUsd !== null && s.monthlySavingUsd > 0 ? (
              <span className="muted">
                {t('plan.saves', { amount: formatUsd(s.monthlySavingUsd) })}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PlanPanel({ data, env }: AnalyticsPanelProps) {
  const { t } = useTranslation();
  const d = data as Predictions | null;
  const a = d?.advice?.available ? d.advice : null;
  const summary = a ? planSummary(a) : '';
  const option = useMemo(
    () =>
      a
        ? planCostOption(a.plans, a.currentPlan, a.recommended, {
            palette: env.palette,
            compact: env.compact,
            animation: env.animation,
            description: summary,
          })
        : null,
    [a, env.palette, env.compact, env.animation, summary],
  );
  const table = useMemo(() => (a ? planTable(a.plans, a.currentPlan, a.recommended) : null), [a]);
  if (!a) return null;
  const name = (id: string | null) => a.plans.find((p) => p.plan === id)?.displayName ?? id ?? '–';
  const today = d?.today ?? d?.forecast?.today ?? '';
  return (
    <ChartPanel
      name="plan"
      title={t('plan.title')}
      wide
      summary={summary}
      option={option}
      table={table}
      height={env.compact ? 240 : 280}
      range={today ? { from: today, to: today } : { from: 'now', to: 'forecast' }}
      background={env.palette.background}
      tableTelemetry="plan.compare"
      controls={
        <dl className="plan-facts">
          <div>
            <dt>{t('plan.current')}</dt>
            <dd>{name(a.currentPlan)}</dd>
          </div>
          <div>
            <dt>{t('plan.recommended')}</dt>
            <dd>
              {a.contactSales
                ? t('plan.contactSales', { plan: name(a.recommended) })
                : name(a.recommended)}
            </dd>
          </div>
          <div>
            <dt>
              {a.savingUsd !== null && a.savingUsd < 0 ? t('plan.extraCost') : t('plan.saving')}
            </dt>
            <dd className={a.savingUsd !== null && a.savingUsd < 0 ? 'over-text' : undefined}>
              {a.savingUsd === null
                ? '–'
                : a.savingUsd >= 0
                  ? t('plan.per30', { amount: formatUsd(a.savingUsd) })
                  : t('plan.per30', { amount: `+${formatUsd(-a.savingUsd)}` })}
            </dd>
          </div>
          <div>
            <dt>{t('plan.confidence')}</dt>
            <dd>
              {Math.round(a.confidence * 100)}%{a.tentative ? t('plan.tentative') : ''}
            </dd>
          </div>
        </dl>
      }
      footer={
        <div className="plan-more">
          {d?.efficiency ? <EfficiencyScore e={d.efficiency} /> : null}
          <Suggestions list={d?.suggestions ?? []} />
        </div>
      }
    />
  );
}
