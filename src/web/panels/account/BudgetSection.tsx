// The monthly spend budget: its amount in the plan's currency, the shares of it that raise an
// alert, and whether the projected bill passing it raises one. Alerts go out with the limit alerts.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostView } from '../../../contracts/cost.js';
import { money } from '../../lib/money.js';
import { parseThresholds } from './AlertsSection.js';
import { api, errorText, useChange, useSettings } from './common.js';

const COST = '/api/usage/cost';
const PATH = '/api/usage/budget';

export function BudgetSection({ token, user }: { token: string; user: string }) {
  const { t } = useTranslation();
  const id = useId();
  const q = useSettings<CostView>(token, user, COST);
  const cost = q.data && !q.data.absent ? q.data.data : null;
  const [amount, setAmount] = useState('');
  const [thresholds, setThresholds] = useState('80, 100');
  const [forecast, setForecast] = useState(true);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const budget = cost?.budget ?? null;
  useEffect(() => {
    if (!budget) return;
    setAmount(String(budget.amount));
    setThresholds(budget.thresholds.join(', '));
    setForecast(budget.forecast);
  }, [budget]);
  const save = useChange(token, user, [COST, '/api/usage/features'], (t, body: object) =>
    api.send<{ budget: CostView['budget'] }>(t, 'PUT', PATH, body),
  );
  if (!cost) return null;
  const currency = cost.currency;

  return (
    <section className="account-part" aria-labelledby={`${id}-h`} data-testid="budget-section">
      <h3 id={`${id}-h`}>{t('budget.title')}</h3>
      <p className="muted">
        {budget
          ? t('budget.current', {
              amount: money(budget.amount, currency),
              spent: money(cost.accrued?.total ?? 0, currency),
            })
          : t('budget.none')}
      </p>
      <form
        className="settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(amount.replace(',', '.'));
          const shares = parseThresholds(thresholds);
          if (!Number.isFinite(n) || n < 0.01) {
            setInvalid(t('budget.badAmount', { currency }));
            return;
          }
          if (!shares) {
            setInvalid(t('budget.badThresholds'));
            return;
          }
          setInvalid(null);
          setSaved(null);
          save.mutate(
            { amount: n, thresholds: shares, forecast },
            { onSuccess: () => setSaved(t('budget.saved')) },
          );
        }}
      >
        <label className="field">
          {t('budget.amount', { currency })}
          <input
            type="text"
            inputMode="decimal"
            name="budget-amount"
            value={amount}
            placeholder="100"
            onChange={(e) => setAmount(e.target.value)}
            aria-invalid={invalid ? true : undefined}
          />
        </label>
        <label className="field">
          {t('budget.alertAt')}
          <input
            type="text"
            inputMode="numeric"
            name="budget-thresholds"
            value={thresholds}
            onChange={(e) => setThresholds(e.target.value)}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={forecast}
            onChange={(e) => setForecast(e.target.checked)}
          />
          {t('budget.forecast')}
        </label>
        <div className="inline-form">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {t('budget.save')}
          </button>
          {budget ? (
            <button
              type="button"
              className="btn"
              disabled={save.isPending}
              onClick={() => {
                setSaved(null);
                save.mutate(
                  { amount: null },
                  {
                    onSuccess: () => {
                      setAmount('');
                      setSaved(t('budget.removed'));
                    },
                  },
                );
              }}
            >
              {t('budget.remove')}
            </button>
          ) : null}
          <span role="status" className="muted">
            {saved ?? ''}
          </span>
        </div>
        {invalid || errorText(save.error) ? (
          <p className="form-error" role="alert">
            {invalid ?? errorText(save.error)}
          </p>
        ) : null}
      </form>
    </section>
  );
}
